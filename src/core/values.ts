import { compareStrings } from './compare.js'

/**
 * Reading plain values, as YAML or JSON parsing leaves them (`unknown`):
 * the one place that decides what counts as a mapping, a list, a string
 * and a value that is "given". Everything that reads parsed input (lint,
 * normalize, the inventory and manifest readers) goes through these, so a
 * list is never taken for a mapping in one place and not in another.
 */

/** A YAML mapping (plain object), as opposed to a list, a scalar or null. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** The mapping itself, or an empty one (without a prototype) when `v` is anything else (values of the wrong type count as absent). */
export function asRecord(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : (Object.create(null) as Record<string, unknown>)
}

/** The list itself, or an empty one. */
export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/** The string itself, or '' (so `x || default` falls back on absent and wrong-typed values alike). */
export function asString(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

/** "Given" in the values sense: YAML `key:` with nothing after it (null) and '' mean unset. */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== ''
}

/**
 * The string entries of a mapping, keys in code-unit order; other values are
 * dropped. The keys are the user's (labels), so the result has no prototype:
 * `constructor` is a label like any other.
 */
export function stringEntries(v: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>
  for (const [k, val] of Object.entries(asRecord(v)).sort(([a], [b]) => compareStrings(a, b))) {
    if (typeof val === 'string') out[k] = val
  }
  return out
}
