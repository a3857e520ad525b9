import { describe, expect, it } from 'vitest'
import type { DiffResult, SecretChange } from '../src/core/diff/types.js'
import { summaryFromDiff } from '../src/core/publish/summary.js'

const change = (over: Partial<SecretChange>): SecretChange => ({
  namespace: 'payments',
  selector: null,
  name: 'db',
  change: 'added',
  changes: [],
  before: null,
  after: null,
  danger: [],
  ...over
})

describe('summaryFromDiff', () => {
  it('groups Secrets per namespace or selector, stores first', () => {
    const d: DiffResult = {
      secrets: [
        change({ name: 'db' }),
        change({
          name: 'api',
          change: 'changed',
          changes: [
            { field: 'keys', before: ['a'], after: ['b'] },
            { field: 'store', before: 'x', after: 'y' }
          ]
        }),
        change({ namespace: 'orders', name: 'old', change: 'removed' }),
        change({ namespace: null, selector: 'env=prod', name: 'shared' })
      ],
      stores: [{ name: 'platform-kv', change: 'changed', changes: [], affects: [], danger: [] }],
      counts: { added: 2, removed: 1, changed: 1, storesChanged: 1 }
    }
    expect(summaryFromDiff(d)).toBe(
      [
        'stores: changed platform-kv',
        'namespace orders: removed old',
        'namespace payments: added db; changed api (keys, store)',
        'selector env=prod: added shared'
      ].join('\n')
    )
  })

  it('is empty for an empty diff', () => {
    expect(summaryFromDiff({ secrets: [], stores: [], counts: { added: 0, removed: 0, changed: 0, storesChanged: 0 } })).toBe('')
  })
})
