import { RE2JS, RE2JSSyntaxException } from 're2js'

/**
 * `namespaceRegexes` of store conditions, read as ESO reads them: with Go's
 * regexp package (RE2 syntax, linear time, unanchored `MatchString`). A
 * JavaScript RegExp would both disagree on syntax (lookaheads, `\Z`) and
 * backtrack: `^(a|a)*$` against a 40-character namespace kept lint busy for
 * two minutes. re2js is a port of RE2J, the Java port of RE2: the same syntax
 * and the same linear matching, with Go's wording of syntax errors.
 */

export type NamespaceRegex = { ok: true; test(namespace: string): boolean } | { ok: false; reason: string }

// Stores are few and their patterns repeat across entries and files: compile each once per process.
const cache = new Map<string, NamespaceRegex>()
const CACHE_LIMIT = 1024

/** Compile one pattern, or say why ESO's webhook would refuse it (Go's words, e.g. "missing closing )"). */
export function namespaceRegex(pattern: string): NamespaceRegex {
  const hit = cache.get(pattern)
  if (hit !== undefined) return hit
  let result: NamespaceRegex
  try {
    const re = RE2JS.compile(pattern)
    result = { ok: true, test: (namespace) => re.test(namespace) }
  } catch (error) {
    const reason = error instanceof RE2JSSyntaxException ? error.error : error instanceof Error ? error.message : String(error)
    result = { ok: false, reason: reason.slice(0, 120) }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(pattern, result)
  return result
}
