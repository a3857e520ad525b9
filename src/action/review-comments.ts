import { formatReviewComment } from '../core/format/report.js'
import type { Finding } from '../core/types.js'
import type { PullFile, PullRequests, RepoRef } from '../github/api.js'
import type { Identity } from './identity.js'
import { findingMarker, parseFindingMarker } from './marker.js'
import { commentableLines } from './patch-lines.js'

/**
 * Lint findings as inline review comments on the changed lines of a pull
 * request. Planning is pure (which finding goes where, which were already
 * posted); the API part lists what exists and posts one review with all new
 * comments, so re-running a workflow never repeats a comment.
 */

export interface ExistingReviewComment {
  path: string
  line: number | null
  body: string
  /** Whether we wrote it (decided by the caller through Identity). */
  ours: boolean
}

export interface PlannedReviewComment {
  path: string
  line: number
  body: string
}

/** At most this many inline comments per run; the rest stay annotations (which exist for all findings). */
export const MAX_REVIEW_COMMENTS = 50

/**
 * Body of the inline comment for one finding: the core's words (escaped like
 * every user string the bot posts, with a one-click suggestion when the
 * finding knows its exact fix), then our marker.
 */
export function reviewCommentBody(f: Finding, markerId: string): string {
  return `${formatReviewComment(f)}\n\n${findingMarker(markerId, f.rule)}`
}

/**
 * Choose the findings to post inline: errors and warnings on a line inside
 * the PR diff of that file, not already commented by us (same marker id,
 * rule, path and line), one comment per (path, line, rule). An info needs no
 * action, so it stays a notice annotation and a row of the PR comment.
 * `markerIds`: the current id first, then older ids of the same input whose
 * comments count as ours.
 */
export function planReviewComments(
  findings: Finding[],
  files: PullFile[],
  existing: ExistingReviewComment[],
  markerIds: readonly string[]
): PlannedReviewComment[] {
  const current = markerIds[0] ?? ''
  const lines = new Map<string, Set<number>>()
  for (const f of files) lines.set(f.filename, commentableLines(f.patch))
  const done = new Set<string>()
  for (const c of existing) {
    const m = parseFindingMarker(c.body)
    if (m === null || !markerIds.includes(m.id) || !c.ours || c.line === null) continue
    done.add(`${c.path}\0${c.line}\0${m.rule}`)
  }
  const planned: PlannedReviewComment[] = []
  for (const f of findings) {
    if (planned.length >= MAX_REVIEW_COMMENTS) break
    if (f.severity === 'info') continue
    const key = `${f.file}\0${f.line}\0${f.rule}`
    if (done.has(key)) continue
    if (lines.get(f.file)?.has(f.line) !== true) continue
    done.add(key)
    planned.push({ path: f.file, line: f.line, body: reviewCommentBody(f, current) })
  }
  return planned
}

export interface ReviewTarget {
  api: PullRequests
  repo: RepoRef
  pullNumber: number
  headSha: string
  /** The current marker id first, then older ids of the same input. */
  markerIds: readonly string[]
  identity: Identity
}

/** Post the new inline comments as one review; returns how many were posted. */
export async function postReviewComments(t: ReviewTarget, findings: Finding[], files: PullFile[]): Promise<number> {
  const touched = new Set(files.map((f) => f.filename))
  const relevant = findings.filter((f) => touched.has(f.file))
  if (relevant.length === 0) return 0
  const existing: ExistingReviewComment[] = []
  for (const c of await t.api.listReviewComments(t.repo, t.pullNumber)) {
    // Only comments carrying our marker need the (possibly API-backed) author check.
    const id = parseFindingMarker(c.body)?.id
    const marked = id !== undefined && t.markerIds.includes(id)
    existing.push({ path: c.path, line: c.line, body: c.body, ours: marked && (await t.identity.isUs(c.author)) })
  }
  const planned = planReviewComments(relevant, files, existing, t.markerIds)
  if (planned.length === 0) return 0
  await t.api.createReview(t.repo, t.pullNumber, {
    commitId: t.headSha,
    // The API documents a body as required for COMMENT reviews.
    body: `Secrets Injector: ${planned.length} lint finding(s) on changed lines of values files.`,
    comments: planned
  })
  return planned.length
}
