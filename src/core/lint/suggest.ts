/**
 * "Did you mean" for unknown keys, enum values and store names. Keys of a
 * values file are short and the candidate lists are small (< 30), so a plain
 * O(n*m) Levenshtein is cheap enough; it only runs for findings.
 */

/** Edit distance (insert, delete, substitute, each cost 1). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost))
    }
    prev = cur
  }
  return prev[b.length]!
}

const fold = (s: string): string => s.toLowerCase().replace(/[-_. ]/g, '')

/**
 * The candidate closest to `word`, or undefined when nothing is close enough
 * to be a plausible typo. Case and separators (`-`, `_`, `.`) are ignored
 * first, so `NamespaceSelector` and `namespace_selector` both find `namespaceSelector`.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const w = fold(word)
  if (w.length > 200) return undefined
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = levenshtein(w, fold(c))
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c
      bestDistance = d
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)))
  return best !== undefined && bestDistance <= limit ? best : undefined
}
