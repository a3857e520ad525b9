import { describe, expect, it } from 'vitest'
import { matchesSelector, selectorToString } from '../src/core/diff/index.js'
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
