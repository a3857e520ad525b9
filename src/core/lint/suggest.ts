/**
 * "Did you mean" for unknown keys, enum values and store names. A word is
 * compared with every candidate, and both can be the user's: a file may
 * hold a thousand unknown keys of 200 characters, or thousands of store
 * names, and a full edit-distance table per pair made such a lint take
 * minutes. Only a distance of at most 3 is ever suggested, so each
 * comparison stops at that bound (editDistanceUpTo).
 */

/**
 * The edit distance of `a` and `b` (insert, delete, substitute, each cost 1)
 * when it is at most `max`, else `max + 1`. A path through the table that
 * strays more than `max` cells from the diagonal costs more than `max`, so
 * only that band is computed: O(|a| × max) instead of O(|a| × |b|).
 */
export function editDistanceUpTo(a: string, b: string, max: number): number {
  const over = max + 1
  if (Math.abs(a.length - b.length) > max) return over
  let prev: number[] = []
  let cur: number[] = []
  for (let j = 0; j <= b.length; j++) prev.push(Math.min(j, over))
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max)
    const hi = Math.min(b.length, i + max)
    // The cells left and right of the band read as "too far"; column 0 is i deletions.
    cur[lo - 1] = lo === 1 ? Math.min(i, over) : over
    if (hi < b.length) cur[hi + 1] = over
    let rowMin = cur[lo - 1]!
    const ca = a.charCodeAt(i - 1)
    for (let j = lo; j <= hi; j++) {
      const substitute = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1)
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, substitute, over)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin === over) return over
    const done = prev
    prev = cur
    cur = done
  }
  return prev[b.length]!
}

const fold = (s: string): string => s.toLowerCase().replace(/[-_. ]/g, '')

/**
 * The candidate closest to `word`, or undefined when nothing is close enough
 * to be a plausible typo. Case and separators (`-`, `_`, `.`) are ignored
 * first, so `NamespaceSelector` and `namespace_selector` both find `namespaceSelector`.
 * Among candidates equally close, the first in code-unit order.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const w = fold(word)
  if (w.length > 200) return undefined
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const c of candidates) {
    // Folding only shortens: a candidate already too short cannot come within the limit.
    if (c.length < w.length - limit) continue
    const d = editDistanceUpTo(w, fold(c), limit)
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c
      bestDistance = d
    }
  }
  return best
}
