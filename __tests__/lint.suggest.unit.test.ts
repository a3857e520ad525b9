import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { didYouMean, editDistanceUpTo } from '../src/core/lint/suggest.js'

/** The full table, as the suggestions were computed before the band: the reference the bounded one is held to. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)))
    prev = cur
  }
  return prev[b.length]!
}

/** didYouMean over the full table: the closest candidate within the limit, ties to the first in code-unit order. */
function reference(word: string, candidates: string[]): string | undefined {
  const fold = (s: string): string => s.toLowerCase().replace(/[-_. ]/g, '')
  const w = fold(word)
  if (w.length > 200) return undefined
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)))
  const scored = candidates.map((c) => ({ c, d: levenshtein(w, fold(c)) })).filter((x) => x.d <= limit)
  scored.sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0))
  return scored[0]?.c
}

describe('did you mean', () => {
  // Short words from a small alphabet, so that near misses are common.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', '_', '.'), maxLength: 12 })

  it('the bounded distance is the full distance, capped one past the bound (property)', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistanceUpTo(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1))
      }),
      { numRuns: 3000 }
    )
  })

  it('suggests what the full table would (property)', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (w, candidates) => {
        expect(didYouMean(w, candidates)).toBe(reference(w, candidates))
      }),
      { numRuns: 3000 }
    )
  })

  it('finds typos of keys and store names', () => {
    expect(didYouMean('propery', ['property', 'multivalue'])).toBe('property')
    expect(didYouMean('NamespaceSelector', ['namespaceSelector', 'namespace'])).toBe('namespaceSelector')
    expect(didYouMean('kv-prod', ['kv-prd', 'kv-prod2'])).toBe('kv-prd')
    expect(didYouMean('zzz', ['property'])).toBeUndefined()
  })
})
