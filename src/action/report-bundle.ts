import type { Finding } from '../core/types.js'
import { isRecord } from '../core/values.js'
import { field } from '../github/json.js'
import { commentMarker, parseCommentMarker } from './marker.js'

/**
 * The report bundle of the two-workflow pattern: the `pull_request` run
 * (read-only token, untrusted code) computes it with `mode: compute`; the
 * `workflow_run` run (write token, trusted code) reads it with `mode: post`.
 * The bundle is data from an untrusted run, so `parseBundle` validates every
 * field before anything uses it; it never carries a token or secret value.
 */

export const BUNDLE_VERSION = 1
/** GitHub's limit for a comment body. */
const MAX_BODY = 65_536
const MAX_REPORT = 1_000_000
const MAX_FINDINGS = 5_000

export interface ReportBundle {
  version: typeof BUNDLE_VERSION
  /** 16-hex id of the comment marker. */
  markerId: string
  /** The id an older version gave the same values input, when it differs: its comments are adopted. */
  legacyMarkerId?: string
  /** owner/repo the PR belongs to (the base repository). */
  repository: string
  pullRequest: number
  headSha: string
  /** Comment to post, or null when there is nothing to say (comment: on-change without change). */
  commentBody: string | null
  /** Body used to correct an existing comment when commentBody is null. */
  fallbackBody: string
  /** The full report for the job summary. */
  report: string
  findings: Finding[]
}

export class BundleError extends Error {
  override name = 'BundleError'
}

function str(o: object, key: string, max: number): string {
  const v = field(o, key)
  if (typeof v !== 'string') throw new BundleError(`report bundle: '${key}' must be a string`)
  if (v.length > max) throw new BundleError(`report bundle: '${key}' is longer than ${max} characters`)
  return v
}

function int(o: object, key: string): number {
  const v = field(o, key)
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
    throw new BundleError(`report bundle: '${key}' must be a positive integer`)
  return v
}

function finding(v: unknown): Finding {
  if (!isRecord(v)) throw new BundleError('report bundle: a finding is not an object')
  const severity = field(v, 'severity')
  if (severity !== 'error' && severity !== 'warning' && severity !== 'info')
    throw new BundleError('report bundle: finding severity must be error, warning or info')
  const rule = str(v, 'rule', 100)
  if (!/^[a-z0-9-]+$/.test(rule)) throw new BundleError('report bundle: finding rule must be kebab-case')
  const out: Finding = {
    file: str(v, 'file', 1000),
    line: int(v, 'line'),
    column: int(v, 'column'),
    severity,
    rule,
    message: str(v, 'message', 2000)
  }
  const fix = field(v, 'fix')
  if (fix !== undefined) {
    if (!isRecord(fix)) throw new BundleError("report bundle: a finding's fix must be an object {line, text}")
    // The suggestion replaces the finding's own line, nothing else.
    const line = int(fix, 'line')
    if (line !== out.line) throw new BundleError("report bundle: a finding's fix must be for the finding's line")
    out.fix = { line, text: str(fix, 'text', 2000) }
  }
  return out
}

function markerIdField(o: object, key: string): string {
  const id = str(o, key, 16)
  if (parseCommentMarker(commentMarker(id)) !== id) throw new BundleError(`report bundle: '${key}' must be 16 hex digits`)
  return id
}

/** Serialize a bundle (stable key order). */
export function serializeBundle(b: ReportBundle): string {
  return `${JSON.stringify(b, null, 2)}\n`
}

/** Parse and validate a bundle; throws BundleError naming the bad field. */
export function parseBundle(text: string): ReportBundle {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BundleError('report bundle is not valid JSON')
  }
  if (!isRecord(raw)) throw new BundleError('report bundle must be a JSON object')
  if (field(raw, 'version') !== BUNDLE_VERSION) throw new BundleError(`report bundle: unsupported version (expected ${BUNDLE_VERSION})`)
  const markerId = markerIdField(raw, 'markerId')
  const legacyMarkerId = field(raw, 'legacyMarkerId') === undefined ? undefined : markerIdField(raw, 'legacyMarkerId')
  const repository = str(raw, 'repository', 200)
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw new BundleError("report bundle: 'repository' must be owner/repo")
  const headSha = str(raw, 'headSha', 64)
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(headSha)) throw new BundleError("report bundle: 'headSha' must be a commit SHA")
  const commentBody = field(raw, 'commentBody') === null ? null : str(raw, 'commentBody', MAX_BODY)
  const findingsRaw = field(raw, 'findings')
  if (!Array.isArray(findingsRaw) || findingsRaw.length > MAX_FINDINGS)
    throw new BundleError(`report bundle: 'findings' must be an array of at most ${MAX_FINDINGS}`)
  return {
    version: BUNDLE_VERSION,
    markerId,
    ...(legacyMarkerId === undefined ? {} : { legacyMarkerId }),
    repository,
    pullRequest: int(raw, 'pullRequest'),
    headSha,
    commentBody,
    fallbackBody: str(raw, 'fallbackBody', MAX_BODY),
    report: str(raw, 'report', MAX_REPORT),
    findings: findingsRaw.map(finding)
  }
}
