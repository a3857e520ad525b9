import { createHash } from 'node:crypto'

/**
 * Hidden HTML-comment markers that let a later run find what an earlier run
 * posted. The id is derived from the job and the `values` input only, so it is
 * stable across pushes and re-runs, and two jobs (or two values sets in one
 * job) never fight over one comment.
 */

const PREFIX = 'secrets-injector'
const COMMENT_RE = /<!-- secrets-injector:comment id=([0-9a-f]{16}) -->/
const FINDING_RE = /<!-- secrets-injector:finding id=([0-9a-f]{16}) rule=([a-z0-9-]+) -->/

/** Stable 16-hex id of one (job, values input) pair. Whitespace-only edits of the input do not change it. */
export function markerId(job: string, valuesInput: string): string {
  const values = valuesInput
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n')
  return createHash('sha256').update(`${job}\n${values}`).digest('hex').slice(0, 16)
}

/** The marker line embedded in the PR comment. */
export function commentMarker(id: string): string {
  return `<!-- ${PREFIX}:comment id=${id} -->`
}

/** True when `body` carries the comment marker with this id. */
export function hasCommentMarker(body: string | null | undefined, id: string): boolean {
  const m = COMMENT_RE.exec(body ?? '')
  return m !== null && m[1] === id
}

/** Validate a marker string that came from outside (a report bundle); returns its id or null. */
export function parseCommentMarker(marker: string): string | null {
  const m = COMMENT_RE.exec(marker)
  return m !== null && m[0] === marker && m[1] !== undefined ? m[1] : null
}

/** The marker embedded in an inline review comment for one finding rule. */
export function findingMarker(id: string, rule: string): string {
  return `<!-- ${PREFIX}:finding id=${id} rule=${rule} -->`
}

/** The (id, rule) of a review comment we posted, or null. */
export function parseFindingMarker(body: string | null | undefined): { id: string; rule: string } | null {
  const m = FINDING_RE.exec(body ?? '')
  if (m === null || m[1] === undefined || m[2] === undefined) return null
  return { id: m[1], rule: m[2] }
}
