import type { ValuePath } from '../types.js'
import { isRecord } from '../values.js'

/**
 * Wording helpers shared by the rules, so every message names its place the
 * same way: `externalsecrets[3] ("db-creds"): "namespace" ...`.
 */

/** Longest piece of user text a message repeats (values are never secret, but may be long). */
export const MAX_ECHO = 60

/** A user string in quotes, escaped (newlines stay visible) and cut to MAX_ECHO characters. */
export function quote(s: string): string {
  if (s.length <= MAX_ECHO) return JSON.stringify(s)
  const cut = [...s]
  return JSON.stringify(cut.length > MAX_ECHO ? cut.slice(0, MAX_ECHO).join('') + '…' : s)
}

/** "a TLS" / "an Argo CD ...": the indefinite article for a kind label. */
export function withArticle(s: string): string {
  return /^[aeio]/i.test(s) ? `an ${s}` : `a ${s}`
}

/** How a value looks to the user, for "got ..." in messages. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (an empty value)'
  if (typeof v === 'string') return `the string ${quote(v)}`
  if (typeof v === 'number' || typeof v === 'bigint') return `the number ${String(v)}`
  if (typeof v === 'boolean') return `the boolean ${String(v)}`
  if (Array.isArray(v)) return 'a list'
  return 'a mapping'
}

const nameOf = (v: unknown): string => (isRecord(v) && typeof v.name === 'string' && v.name !== '' ? ` (${quote(v.name)})` : '')
const secretOf = (v: unknown): string => (isRecord(v) && typeof v.secret === 'string' && v.secret !== '' ? ` (${quote(v.secret)})` : '')

/** A key path relative to its entry or store, e.g. `clientid.name`, `labels["app.kubernetes.io/name"]`. */
export function keyPath(segments: ValuePath): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${quote(s)}]`
  }
  return out
}

/**
 * Split a path into the object a user thinks of (an entry or a store, named)
 * and the key path inside it: ['externalsecrets', 3, 'labels', 'team'] ->
 * { owner: 'externalsecrets[3] ("db")', rest: ['labels', 'team'] }.
 */
export function ownerOf(root: unknown, path: ValuePath): { owner: string; rest: ValuePath } {
  const r = isRecord(root) ? root : {}
  const [a, b] = path
  if (a === 'externalsecrets' && typeof b === 'number') {
    const item = Array.isArray(r.externalsecrets) ? r.externalsecrets[b] : undefined
    return { owner: `externalsecrets[${b}]${secretOf(item)}`, rest: path.slice(2) }
  }
  if (a === 'clustersecretstores' && typeof b === 'number') {
    const item = Array.isArray(r.clustersecretstores) ? r.clustersecretstores[b] : undefined
    return { owner: `clustersecretstores[${b}]${nameOf(item)}`, rest: path.slice(2) }
  }
  if (a === 'clustersecretstore') return { owner: `clustersecretstore${nameOf(r.clustersecretstore)}`, rest: path.slice(1) }
  return { owner: '', rest: path }
}

/**
 * Message head naming the place: `externalsecrets[3] ("db"): "labels.team"`,
 * `clustersecretstore ("x")`, or `"esoApiVersion"` at top level.
 */
export function subject(root: unknown, path: ValuePath): string {
  const { owner, rest } = ownerOf(root, path)
  const key = rest.length > 0 ? `"${keyPath(rest)}"` : ''
  if (owner === '') return key === '' ? 'the file' : key
  return key === '' ? owner : `${owner}: ${key}`
}

/** The owner alone, for messages about a whole entry or store ('' at top level). */
export function ownerLabel(root: unknown, path: ValuePath): string {
  return ownerOf(root, path).owner
}
