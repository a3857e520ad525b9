import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesSelector, selectorCovers, selectorToString } from '../src/core/diff/index.js'
import type { LabelSelector } from '../src/core/model.js'

describe('selectorToString (Kubernetes selector syntax)', () => {
  it('writes every operator, keys and values sorted', () => {
    const s: LabelSelector = {
      matchLabels: { team: 'a', env: 'prod' },
      matchExpressions: [
        { key: 'zone', operator: 'NotIn', values: ['b', 'a'] },
        { key: 'tier', operator: 'In', values: ['web', 'api'] },
        { key: 'gpu', operator: 'Exists' },
        { key: 'legacy', operator: 'DoesNotExist' }
      ]
    }
    expect(selectorToString(s)).toBe('env=prod,gpu,!legacy,team=a,tier in (api,web),zone notin (a,b)')
  })

  it('an empty selector selects all namespaces', () => {
    expect(selectorToString({})).toBe('(all namespaces)')
  })
})

describe('matchesSelector', () => {
  const labels = { env: 'prod', team: 'a' }
  const cases: Array<[string, LabelSelector, boolean]> = [
    ['matchLabels equal', { matchLabels: { env: 'prod' } }, true],
    ['matchLabels other value', { matchLabels: { env: 'dev' } }, false],
    ['matchLabels missing label', { matchLabels: { zone: 'x' } }, false],
    ['In', { matchExpressions: [{ key: 'team', operator: 'In', values: ['a', 'b'] }] }, true],
    ['In, absent label', { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, false],
    ['NotIn', { matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['a'] }] }, false],
    ['NotIn, absent label matches', { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    ['Exists', { matchExpressions: [{ key: 'env', operator: 'Exists' }] }, true],
    ['Exists, absent', { matchExpressions: [{ key: 'zone', operator: 'Exists' }] }, false],
    ['DoesNotExist', { matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, true],
    ['DoesNotExist, present', { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, false],
    [
      'all requirements must hold',
      { matchLabels: { env: 'prod' }, matchExpressions: [{ key: 'team', operator: 'In', values: ['b'] }] },
      false
    ],
    ['empty selector matches everything', {}, true]
  ]
  it.each(cases)('%s', (_name, selector, expected) => {
    expect(matchesSelector(selector, labels)).toBe(expected)
  })

  it('a label named like an Object.prototype key is not assumed present', () => {
    expect(matchesSelector({ matchExpressions: [{ key: 'constructor', operator: 'Exists' }] }, {})).toBe(false)
  })
})

describe('selectorCovers: does the new selector provably select every namespace the old one did?', () => {
  const KEYS = ['a', 'b', 'c'] as const
  const VALUES = ['x', 'y', 'z'] as const
  type Expr = NonNullable<LabelSelector['matchExpressions']>[number]
  const values = fc.uniqueArray(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 })
  const expr: fc.Arbitrary<Expr> = fc.oneof(
    fc.record({ key: fc.constantFrom(...KEYS), operator: fc.constant('In' as const), values }),
    fc.record({ key: fc.constantFrom(...KEYS), operator: fc.constant('NotIn' as const), values }),
    fc.record({ key: fc.constantFrom(...KEYS), operator: fc.constant('Exists' as const) }),
    fc.record({ key: fc.constantFrom(...KEYS), operator: fc.constant('DoesNotExist' as const) })
  )
  const selector: fc.Arbitrary<LabelSelector> = fc.record(
    {
      matchLabels: fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 2 }),
      matchExpressions: fc.array(expr, { maxLength: 3 })
    },
    { requiredKeys: [] }
  )
  // Every label set over the keys: each key absent or one of the values, or a value no selector names ("w").
  const namespaces: Array<Record<string, string>> = [{}]
  for (const k of KEYS) {
    const next: Array<Record<string, string>> = []
    for (const n of namespaces) for (const v of [undefined, ...VALUES, 'w']) next.push(v === undefined ? n : { ...n, [k]: v })
    namespaces.splice(0, namespaces.length, ...next)
  }
  const provablyCovers = (a: LabelSelector, b: LabelSelector): boolean =>
    namespaces.every((n) => !matchesSelector(a, n) || matchesSelector(b, n))

  it('is sound: when it says superset, every labelled namespace the old selector selects, the new one selects', () => {
    let supersets = 0
    fc.assert(
      fc.property(selector, selector, (before, after) => {
        if (!selectorCovers(before, after)) return
        supersets++
        for (const n of namespaces) if (matchesSelector(before, n)) expect(matchesSelector(after, n), JSON.stringify(n)).toBe(true)
      }),
      { numRuns: 3000 }
    )
    // Enough pairs were supersets for the property to mean something.
    expect(supersets).toBeGreaterThan(300)
  })

  it('is also exact for these operators: "not a superset" always has a namespace that loses the Secret', () => {
    fc.assert(
      fc.property(selector, selector, (before, after) => {
        expect(selectorCovers(before, after)).toBe(provablyCovers(before, after))
      }),
      { numRuns: 3000 }
    )
  })

  it('decides the common edits', () => {
    const inn = (...v: string[]): LabelSelector => ({ matchExpressions: [{ key: 'env', operator: 'In', values: v }] })
    expect(selectorCovers(inn('prod'), inn('prod', 'staging'))).toBe(true)
    expect(selectorCovers(inn('prod', 'staging'), inn('prod'))).toBe(false)
    expect(selectorCovers({ matchLabels: { env: 'prod', team: 'a' } }, { matchLabels: { env: 'prod' } })).toBe(true)
    expect(selectorCovers({ matchLabels: { env: 'prod' } }, { matchLabels: { env: 'prod', team: 'a' } })).toBe(false)
    expect(selectorCovers({ matchLabels: { env: 'prod' } }, { matchExpressions: [{ key: 'env', operator: 'Exists' }] })).toBe(true)
    expect(selectorCovers({ matchLabels: { env: 'prod' } }, {})).toBe(true)
    const notIn = (...v: string[]): LabelSelector => ({ matchExpressions: [{ key: 'env', operator: 'NotIn', values: v }] })
    expect(selectorCovers(notIn('dev', 'qa'), notIn('dev'))).toBe(true)
    expect(selectorCovers(notIn('dev'), notIn('dev', 'qa'))).toBe(false)
  })

  it('never calls an unknown operator a superset', () => {
    const odd = { matchExpressions: [{ key: 'env', operator: 'Near' }] } as unknown as LabelSelector
    expect(selectorCovers(odd, {})).toBe(false)
    expect(selectorCovers({}, odd)).toBe(false)
  })
})
