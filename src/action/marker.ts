import { createHash } from 'node:crypto'
import { splitValuesInput } from './settings.js'

/**
 * Hidden HTML-comment markers that let a later run find what an earlier run
 * posted. The id is derived from the job and the set of `values` patterns
 * only, so it is stable across pushes, re-runs and cosmetic edits of the
 * workflow, and two jobs (or two values sets in one job) never fight over one
 * comment.
 */

const PREFIX = 'secrets-injector'
const COMMENT_RE = /<!-- secrets-injector:comment id=([0-9a-f]{16}) -->/
const FINDING_RE = /<!-- secrets-injector:finding id=([0-9a-f]{16}) rule=([a-z0-9-]+) -->/

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * Stable 16-hex id of one (job, values set) pair. The set is what the input
 * lists: `#` comments, blank lines, surrounding whitespace, duplicates and
 * the order of the lines do not change it.
 */
export function markerId(job: string, valuesInput: string): string {
  const patterns = [...new Set(splitValuesInput(valuesInput))].sort()
  return shortHash(`${job}\n${patterns.join('\n')}`)
}

/**
 * The id earlier versions gave the same input: every non-blank line, comments
 * included, in input order. Comments carrying it are adopted (edited to the
 * current marker) instead of being left behind as a second, stale report.
 */
export function legacyMarkerId(job: string, valuesInput: string): string {
  const lines = valuesInput
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  return shortHash(`${job}\n${lines.join('\n')}`)
}

/** The marker line embedded in the PR comment. */
export function commentMarker(id: string): string {
  return `<!-- ${PREFIX}:comment id=${id} -->`
}

/** The id of the comment marker in `body`, or null. */
export function commentMarkerId(body: string | null | undefined): string | null {
  return COMMENT_RE.exec(body ?? '')?.[1] ?? null
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
