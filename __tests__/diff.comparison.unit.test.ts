import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffComparison, essentialComparison, selectorToString, type Comparison, type SecretRecord } from '../src/core/diff/index.js'
import type { LabelSelector } from '../src/core/model.js'

/**
 * A report bundle carries only the essential part of a comparison; the
 * trusted side must get exactly the diff the whole comparison gives.
 */

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs)
type Target = { namespace: string | null; labelSelector?: LabelSelector }
const selectors: LabelSelector[] = [{ matchLabels: { team: 'a' } }, { matchLabels: { team: 'b' } }, {}]

const record: fc.Arbitrary<SecretRecord> = fc
  .record({
    target: fc.oneof(
      pick('a', 'b', 'c').map((ns): Target => ({ namespace: ns })),
      pick(...selectors).map((sel): Target => ({ namespace: null, labelSelector: sel }))
    ),
    name: pick('db', 'api'),
    externalSecret: pick('db', 'db2', 'api'),
    type: pick('Opaque', 'kubernetes.io/tls'),
    keys: fc.subarray(['password', 'user', 'tls.crt']),
    store: pick('kv', 'aws'),
    creationPolicy: pick('Owner', 'Orphan', 'Merge'),
    deletionPolicy: pick<string | null>(null, 'Delete'),
    refreshInterval: pick('5m', '1h'),
    file: pick('values/a.yaml', 'values/b.yaml')
  })
  .map((r): SecretRecord => ({
    namespace: r.target.namespace,
    selector: r.target.labelSelector === undefined ? null : selectorToString(r.target.labelSelector),
    ...(r.target.labelSelector === undefined ? {} : { labelSelector: r.target.labelSelector }),
    name: r.name,
    externalSecret: r.externalSecret,
    kind: 'single',
    type: r.type,
    keys: r.keys,
    store: r.store,
    remoteRefs: [r.name],
    labels: {},
    refreshInterval: r.refreshInterval,
    refreshTime: '1m',
    creationPolicy: r.creationPolicy,
    deletionPolicy: r.deletionPolicy,
    file: r.file
  }))

const store = fc.record({ name: pick('kv', 'aws'), fields: fc.record({ provider: pick('azurekv', 'aws'), region: pick('eu', 'us') }) })

const side = fc.record({ records: fc.array(record, { maxLength: 12 }), stores: fc.array(store, { maxLength: 3 }) })
const comparison: fc.Arbitrary<Comparison> = fc.record({ base: side, head: side, invalid: fc.constant([]) })

describe('essentialComparison', () => {
  it('gives the same diff as the whole comparison', () => {
    fc.assert(
      fc.property(comparison, (c) => {
        expect(diffComparison(essentialComparison(c))).toEqual(diffComparison(c))
      }),
      { numRuns: 500 }
    )
  })

  it('leaves out what is the same on both sides', () => {
    const same: Comparison = {
      base: { records: [], stores: [{ name: 'kv', fields: { provider: 'azurekv' } }] },
      head: { records: [], stores: [{ name: 'kv', fields: { provider: 'azurekv' } }] },
      invalid: []
    }
    fc.assert(
      fc.property(fc.array(record, { maxLength: 10 }), (records) => {
        const kept = essentialComparison({ ...same, base: { ...same.base, records }, head: { ...same.head, records } })
        expect(kept.base).toEqual({ records: [], stores: [] })
        expect(kept.head).toEqual({ records: [], stores: [] })
      })
    )
  })
})
