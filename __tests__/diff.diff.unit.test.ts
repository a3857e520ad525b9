import { describe, expect, it } from 'vitest'
import { diffReleases, diffToJson, type NamespaceInventory } from '../src/core/diff/index.js'
import { release, single, STORE, values } from './fixtures/diff/build.js'

describe('diffReleases: secrets', () => {
  it('identical input is no change', () => {
    const d = diffReleases([values(single())], [values(single())])
    expect(d).toEqual({ secrets: [], stores: [], invalid: [], counts: { added: 0, removed: 0, changed: 0, moved: 0, storesChanged: 0 } })
  })

  it('a file added or deleted diffs against nothing', () => {
    const added = diffReleases([], [values(single())])
    expect(added.secrets.map((s) => s.change)).toEqual(['added'])
    expect(added.stores.map((s) => [s.name, s.change])).toEqual([['kv', 'added']])
    const deleted = diffReleases([values(single())], [])
    expect(deleted.secrets.map((s) => [s.change, s.danger])).toEqual([
      ['removed', ['deleted from the cluster by ESO (creationPolicy Owner)']]
    ])
    expect(deleted.counts).toEqual({ added: 0, removed: 1, changed: 0, moved: 0, storesChanged: 1 })
  })

  it('moving between namespaces is a removal plus an addition, marked as a move', () => {
    const d = diffReleases([values(single({ namespace: 'a' }))], [values(single({ namespace: 'b' }))])
    expect(d.secrets.map((s) => [s.namespace, s.change, s.movedTo, s.movedFrom])).toEqual([
      ['a', 'removed', 'b', undefined],
      ['b', 'added', undefined, 'a']
    ])
    expect(d.secrets[0]?.danger).toEqual(['moved `a` → `b`: deleted from the cluster in `a` by ESO (creationPolicy Owner)'])
    expect(d.counts).toMatchObject({ added: 1, removed: 1, moved: 1 })
  })

  it('a move is only called one when it is unambiguous', () => {
    // One namespace of a list replaced by another: that is a move of that Secret.
    const list = (...ns: string[]) => values(single({ namespace: undefined, namespaces: ns }))
    expect(diffReleases([list('a', 'b')], [list('a', 'c')]).secrets.map((s) => [s.namespace, s.movedTo ?? s.movedFrom])).toEqual([
      ['b', 'c'],
      ['c', 'b']
    ])
    // Two namespaces for one: which one "moved" is unknowable.
    const d = diffReleases([list('a', 'b')], [list('c')])
    expect(d.secrets.every((s) => s.movedTo === undefined && s.movedFrom === undefined)).toBe(true)
    // Another Secret name, or another ClusterExternalSecret, is not a move.
    const renamed = diffReleases([values(single({ namespace: 'a' }))], [values(single({ namespace: 'b', namespacesecretname: 'db2' }))])
    expect(renamed.counts.moved).toBe(0)
    const other = diffReleases([values(single({ namespace: 'a' }))], [values(single({ namespace: 'b', secret: 'db-b' }))])
    expect(other.counts.moved).toBe(0)
  })

  it('renaming the ClusterExternalSecret of the same Secret is a change of externalSecret', () => {
    const d = diffReleases([values(single())], [values(single({ secret: 'db-2' }))])
    expect(d.secrets).toHaveLength(1)
    expect(d.secrets[0]).toMatchObject({ change: 'changed', changes: [{ field: 'externalSecret', before: 'db', after: 'db-2' }] })
    expect(d.secrets[0]?.danger.join()).toMatch(/renamed/)
  })

  it('lists each changed field in a fixed order', () => {
    const d = diffReleases(
      [values(single({ labels: { a: '1' } }))],
      [
        values(
          single({
            namespacesecretkeyname: 'pw',
            keyvaultsecretname: 'other',
            labels: { a: '2' },
            refreshInterval: '1h',
            creationPolicy: 'Orphan',
            deletionPolicy: 'Retain'
          })
        )
      ]
    )
    expect(d.secrets[0]?.changes.map((c) => c.field)).toEqual([
      'keys',
      'remoteRefs',
      'labels',
      'refreshInterval',
      'creationPolicy',
      'deletionPolicy'
    ])
    expect(d.secrets[0]?.changes[0]).toEqual({ field: 'keys', before: ['password'], after: ['pw'] })
  })

  it('reordering entries and labels is no change', () => {
    const a = single({ secret: 'a', namespacesecretname: 'a', labels: { x: '1', y: '2' } })
    const b = single({ secret: 'b', namespacesecretname: 'b', namespace: undefined, namespaces: ['n1', 'n2'] })
    const b2 = { ...b, namespaces: ['n2', 'n1'] }
    const a2 = { ...a, labels: { y: '2', x: '1' } }
    expect(diffReleases([values(a, b)], [values(b2, a2)]).secrets).toEqual([])
  })

  it('switching a Secret to another store is a secret change (field store)', () => {
    const two = (store: string) =>
      release(`clustersecretstores:
  - {name: kv, azurekv: {vaulturl: https://kv-a.vault.azure.net, identityid: x}}
  - {name: kv2, azurekv: {vaulturl: https://kv-b.vault.azure.net, identityid: x}}
externalsecrets:
  - {secret: db, clustersecstore: ${store}, namespace: app, namespacesecretname: db, keyvaultsecretname: r, namespacesecretkeyname: k}
`)
    const d = diffReleases([two('kv')], [two('kv2')])
    expect(d.stores).toEqual([])
    expect(d.secrets[0]?.changes).toEqual([{ field: 'store', before: 'kv', after: 'kv2' }])
  })

  it('removal danger follows the creation policy', () => {
    const d = diffReleases(
      [
        values(
          single({ secret: 'a', namespacesecretname: 'a', creationPolicy: 'Orphan' }),
          single({ secret: 'b', namespacesecretname: 'b', creationPolicy: 'Merge' }),
          single({ secret: 'c', namespacesecretname: 'c', creationPolicy: 'None' })
        )
      ],
      [values()]
    )
    expect(d.secrets.map((s) => [s.name, s.danger.length ? s.danger[0] : ''])).toEqual([
      ['a', 'stays in the cluster but is no longer refreshed (creationPolicy Orphan)'],
      ['b', 'keys merged by ESO stay in the Secret but are no longer refreshed (creationPolicy Merge)'],
      ['c', '']
    ])
  })

  it('warns about a type change, deletionPolicy Delete and keys that disappear', () => {
    const d = diffReleases(
      [values(single({ type: 'example.com/a' }))],
      [values(single({ type: 'example.com/b', namespacesecretkeyname: 'pw', deletionPolicy: 'Delete' }))]
    )
    const danger = d.secrets[0]?.danger.join('\n') ?? ''
    expect(danger).toMatch(/does not allow changing the type/)
    expect(danger).toMatch(/deletionPolicy Delete/)
    expect(danger).toMatch(/keys no longer provided: `password`/)
  })

  it('keys that disappear with a change of kind are warned about too, unless the new keys are unknown (multivalue)', () => {
    const danger = (before: Record<string, unknown>, after: Record<string, unknown>): string[] =>
      diffReleases([values(single(before))], [values(single(after))]).secrets[0]?.danger ?? []
    // Property to custom type: pods reading `password` lose it.
    expect(danger({ property: 'pw' }, { type: 'example.com/x', namespacesecretkeyname: 'pass' })).toContain(
      'keys no longer provided: `password`'
    )
    // Multivalue to one key: every key of the remote JSON but the new one is gone.
    expect(danger({ multivalue: true }, {})).toContain('keys no longer provided: (all keys of `db-pass`)')
    // One key to multivalue: `password` may well be a key of the remote JSON; nothing is known to be gone.
    expect(danger({}, { multivalue: true }).join('\n')).not.toMatch(/keys no longer provided/)
  })

  it('two entries making the same Secret do not crash; the choice is stable', () => {
    const dup = [single({ secret: 'z', keyvaultsecretname: 'r-z' }), single({ secret: 'a', keyvaultsecretname: 'r-a' })]
    const d1 = diffReleases([], [values(dup[0]!, dup[1]!)])
    const d2 = diffReleases([], [values(dup[1]!, dup[0]!)])
    expect(d1.secrets).toHaveLength(1)
    expect(d1.secrets[0]?.after?.externalSecret).toBe('a')
    expect(diffToJson(d1)).toBe(diffToJson(d2))
  })

  it('selector targets are compared by selector text, independent of how the selector is written', () => {
    const a = values(single({ namespaceSelector: { env: 'prod' } }))
    const b = values(single({ namespaceSelector: { matchLabels: { env: 'prod' } } }))
    expect(diffReleases([a], [b]).secrets).toEqual([])
  })

  it('a changed selector is one change, with a note naming the namespaces that may lose the Secret', () => {
    const a = values(single({ namespaceSelector: { env: 'prod' } }))
    const c = values(single({ namespaceSelector: { env: 'dev' }, keyvaultsecretname: 'other' }))
    const d = diffReleases([a], [c])
    expect(d.secrets).toHaveLength(1)
    expect(d.secrets[0]).toMatchObject({
      namespace: null,
      selector: 'env=dev',
      change: 'changed',
      changes: [
        { field: 'selector', before: 'env=prod', after: 'env=dev' },
        { field: 'remoteRefs', before: ['db-pass'], after: ['other'] }
      ],
      danger: ['in namespaces matching `env=prod` but not `env=dev`: deleted from the cluster by ESO (creationPolicy Owner)']
    })
    expect(d.counts).toMatchObject({ added: 0, removed: 0, changed: 1 })
  })

  it.each([
    [
      'a value added to In',
      { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] },
      { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'staging'] }] }
    ],
    ['a requirement removed', { env: 'prod', team: 'a' }, { env: 'prod' }],
    ['a label turned into Exists', { env: 'prod' }, { matchExpressions: [{ key: 'env', operator: 'Exists' }] }],
    [
      'a value removed from NotIn',
      { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev', 'qa'] }] },
      { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }] }
    ]
  ])('a widened selector (%s) has no deletion note', (_what, before, after) => {
    const d = diffReleases([values(single({ namespaceSelector: before }))], [values(single({ namespaceSelector: after }))])
    expect(d.secrets.map((s) => [s.change, s.changes[0]?.field, s.danger])).toEqual([['changed', 'selector', []]])
  })

  describe('switching between named namespaces and a selector (no namespaces file)', () => {
    const sel = (namespaceSelector: unknown, over: Record<string, unknown> = {}) =>
      values(single({ namespace: undefined, namespaceSelector, ...over }))
    const named = (namespaces: string[], over: Record<string, unknown> = {}) =>
      values(single(namespaces.length === 1 ? { namespace: namespaces[0], ...over } : { namespace: undefined, namespaces, ...over }))
    const OWNER = 'deleted from the cluster by ESO (creationPolicy Owner)'

    it('named → selector is one change under the selector; the named namespace may lose the Secret unless the selector selects it', () => {
      const d = diffReleases([named(['billing'])], [sel({ team: 'billing' })])
      expect(d.counts).toMatchObject({ added: 0, removed: 0, changed: 1, moved: 0 })
      expect(d.secrets).toHaveLength(1)
      expect(d.secrets[0]).toMatchObject({
        namespace: null,
        selector: 'team=billing',
        name: 'db',
        change: 'changed',
        changes: [{ field: 'selector', before: 'kubernetes.io/metadata.name=billing', after: 'team=billing' }],
        danger: [`in namespace \`billing\` unless it matches \`team=billing\`: ${OWNER}`]
      })
      expect(d.secrets[0]?.before).toMatchObject({ namespace: null, selector: 'kubernetes.io/metadata.name=billing', externalSecret: 'db' })
      expect(d.secrets[0]?.after).toMatchObject({ namespace: null, selector: 'team=billing' })
    })

    it('selector → named is one change under the old selector; the other namespaces the selector selected may lose the Secret', () => {
      const d = diffReleases([sel({ team: 'billing' })], [named(['billing'])])
      expect(d.counts).toMatchObject({ added: 0, removed: 0, changed: 1 })
      expect(d.secrets.map((s) => [s.namespace, s.selector, s.change, s.changes, s.danger])).toEqual([
        [
          null,
          'team=billing',
          'changed',
          [{ field: 'selector', before: 'team=billing', after: 'kubernetes.io/metadata.name=billing' }],
          [`in namespaces matching \`team=billing\` other than \`billing\`: ${OWNER}`]
        ]
      ])
      const all = diffReleases([sel({})], [named(['a', 'b', 'c'])])
      expect(all.secrets[0]?.danger).toEqual([`in every namespace but \`a\`, \`b\` and \`c\`: ${OWNER}`])
    })

    it('several named namespaces against one selector are one change, naming each namespace that may lose the Secret', () => {
      const d = diffReleases([named(['b', 'a'])], [sel({ env: 'prod' })])
      expect(d.counts).toMatchObject({ added: 0, removed: 0, changed: 1 })
      expect(d.secrets).toHaveLength(1)
      expect(d.secrets[0]?.changes).toEqual([{ field: 'selector', before: 'kubernetes.io/metadata.name in (a,b)', after: 'env=prod' }])
      expect(d.secrets[0]?.danger).toEqual([`in namespaces \`a\` and \`b\`, each unless it matches \`env=prod\`: ${OWNER}`])
      const back = diffReleases([sel({ env: 'prod' })], [named(['a', 'b'])])
      expect(back.secrets.map((s) => [s.selector, s.changes[0]?.after, s.danger])).toEqual([
        ['env=prod', 'kubernetes.io/metadata.name in (a,b)', [`in namespaces matching \`env=prod\` other than \`a\` and \`b\`: ${OWNER}`]]
      ])
    })

    it('no note for what the new target provably selects (by the name label); a note for the rest', () => {
      const byName = (values: string[]) => ({ matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values }] })
      expect(diffReleases([named(['billing'])], [sel(byName(['billing', 'x']))]).secrets.map((s) => [s.change, s.danger])).toEqual([
        ['changed', []]
      ])
      expect(diffReleases([named(['a', 'b'])], [sel(byName(['a', 'x']))]).secrets[0]?.danger).toEqual([
        `in namespace \`b\` unless it matches \`kubernetes.io/metadata.name in (a,x)\`: ${OWNER}`
      ])
      // Every namespace: covers any name.
      expect(diffReleases([named(['a', 'b'])], [sel({})]).secrets[0]?.danger).toEqual([])
      // Selector → named: no note when the old selector selected only namespaces that are now named.
      expect(diffReleases([sel(byName(['a']))], [named(['a', 'b'])]).secrets.map((s) => [s.change, s.danger])).toEqual([['changed', []]])
      expect(diffReleases([sel(byName(['b']))], [named(['b'])]).secrets.map((s) => [s.changes, s.danger])).toEqual([
        [[{ field: 'selector', before: 'kubernetes.io/metadata.name in (b)', after: 'kubernetes.io/metadata.name=b' }], []]
      ])
    })

    it('a selector that names exactly the named namespaces renders the same ClusterExternalSecret: no selector change', () => {
      const byName = { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['b', 'a'] }] }
      expect(diffReleases([named(['a', 'b'])], [sel(byName)]).secrets).toEqual([])
      expect(diffReleases([sel({ 'kubernetes.io/metadata.name': 'a' })], [named(['a'])]).secrets).toEqual([])
      const d = diffReleases([named(['a', 'b'])], [sel(byName, { keyvaultsecretname: 'other' })])
      expect(d.secrets.map((s) => [s.selector, s.changes.map((c) => c.field), s.danger])).toEqual([
        ['kubernetes.io/metadata.name in (a,b)', ['remoteRefs'], []]
      ])
    })

    it('the note follows the creation policy', () => {
      const danger = (policy: string) =>
        diffReleases([named(['billing'], { creationPolicy: policy })], [sel({ team: 'billing' }, { creationPolicy: policy })]).secrets[0]
          ?.danger
      expect(danger('Orphan')).toEqual([
        'in namespace `billing` unless it matches `team=billing`: stays in the cluster but is no longer refreshed (creationPolicy Orphan)'
      ])
      expect(danger('Merge')).toEqual([
        'in namespace `billing` unless it matches `team=billing`: ' +
          'keys merged by ESO stay in the Secret but are no longer refreshed (creationPolicy Merge)'
      ])
      expect(danger('None')).toEqual([])
      const back = diffReleases(
        [sel({ team: 'billing' }, { creationPolicy: 'Orphan' })],
        [named(['billing'], { creationPolicy: 'Orphan' })]
      )
      expect(back.secrets[0]?.danger).toEqual([
        'in namespaces matching `team=billing` other than `billing`: ' +
          'stays in the cluster but is no longer refreshed (creationPolicy Orphan)'
      ])
    })

    it('other field changes come after the selector change, with their own notes', () => {
      const d = diffReleases([named(['billing'])], [sel({ team: 'billing' }, { keyvaultsecretname: 'other', creationPolicy: 'Orphan' })])
      expect(d.secrets[0]?.changes.map((c) => c.field)).toEqual(['selector', 'remoteRefs', 'creationPolicy'])
      expect(d.secrets[0]?.danger).toEqual([
        `in namespace \`billing\` unless it matches \`team=billing\`: ${OWNER}`,
        'creationPolicy Owner → Orphan: ESO no longer owns the Secret; it stays when its ExternalSecret is deleted'
      ])
    })

    it('only the same ClusterExternalSecret and Secret name pair up', () => {
      const other = diffReleases([named(['billing'])], [sel({ team: 'billing' }, { secret: 'db2' })])
      expect(other.secrets.map((s) => [s.change, s.namespace ?? s.selector])).toEqual([
        ['removed', 'billing'],
        ['added', 'team=billing']
      ])
      const renamed = diffReleases([named(['billing'])], [sel({ team: 'billing' }, { namespacesecretname: 'db2' })])
      expect(renamed.secrets.map((s) => s.change)).toEqual(['removed', 'added'])
    })

    it('with a namespaces file each namespace is compared on its own', () => {
      const inventory = (labels: Record<string, string>): NamespaceInventory => ({
        namespaces: [
          { name: 'billing', labels: { 'kubernetes.io/metadata.name': 'billing', ...labels } },
          { name: 'billing-2', labels: { 'kubernetes.io/metadata.name': 'billing-2', team: 'billing' } }
        ]
      })
      const labelled = diffReleases([named(['billing'])], [sel({ team: 'billing' })], inventory({ team: 'billing' }))
      expect(labelled.secrets.map((s) => [s.namespace, s.change, s.danger])).toEqual([['billing-2', 'added', []]])
      const bare = diffReleases([named(['billing'])], [sel({ team: 'billing' })], inventory({}))
      expect(bare.secrets.map((s) => [s.namespace, s.change, s.danger])).toEqual([
        ['billing', 'removed', [OWNER]],
        ['billing-2', 'added', []]
      ])
      const back = diffReleases([sel({ team: 'billing' })], [named(['billing'])], inventory({ team: 'billing' }))
      expect(back.secrets.map((s) => [s.namespace, s.change, s.danger])).toEqual([['billing-2', 'removed', [OWNER]]])
    })

    it('the JSON writes the named side as its name selector, in the change and in the record', () => {
      const json = JSON.parse(diffToJson(diffReleases([named(['a', 'b'])], [sel({ env: 'prod' })]))) as {
        secrets: Array<{ changes: unknown[]; before: { namespace: unknown; selector: unknown } }>
      }
      expect(json.secrets[0]?.changes[0]).toEqual({ field: 'selector', before: 'kubernetes.io/metadata.name in (a,b)', after: 'env=prod' })
      expect(json.secrets[0]?.before).toMatchObject({ namespace: null, selector: 'kubernetes.io/metadata.name in (a,b)' })
    })
  })

  it('with an inventory a selector change shows per namespace', () => {
    const inventory: NamespaceInventory = {
      namespaces: [
        { name: 'x', labels: { env: 'prod', t: '1' } },
        { name: 'y', labels: { env: 'prod' } }
      ]
    }
    const a = values(single({ namespaceSelector: { env: 'prod' } }))
    const b = values(single({ namespaceSelector: { t: '1' } }))
    const d = diffReleases([a], [b], inventory)
    expect(d.secrets.map((s) => [s.namespace, s.change])).toEqual([['y', 'removed']])
  })
})

describe('diffReleases: stores', () => {
  const withStore = (url: string, ...entries: Array<Record<string, unknown>>) =>
    release(
      STORE.replace('https://kv-main.vault.azure.net', url) +
        `externalsecrets:\n` +
        entries.map((e) => `  - ${JSON.stringify(e)}\n`).join('')
    )

  it('a store-only change is listed once with what reads from it, not as Secret changes', () => {
    const entries = [
      single({ namespace: 'a' }),
      single({ secret: 'db2', namespace: 'b' }),
      single({ secret: 'db3', namespace: undefined, namespaceSelector: { env: 'prod' } })
    ]
    const d = diffReleases([withStore('https://kv-1.vault.azure.net', ...entries)], [withStore('https://kv-2.vault.azure.net', ...entries)])
    expect(d.secrets).toEqual([])
    expect(d.stores).toEqual([
      {
        name: 'kv',
        change: 'changed',
        changes: [{ field: 'vaultUrl', before: 'https://kv-1.vault.azure.net', after: 'https://kv-2.vault.azure.net' }],
        affects: [
          { namespace: 'a', selector: null, name: 'db' },
          { namespace: 'b', selector: null, name: 'db' },
          { namespace: null, selector: 'env=prod', name: 'db' }
        ],
        danger: ['changing store `kv` touches 3 Secrets in 2 namespaces and 1 selector']
      }
    ])
    expect(d.counts.storesChanged).toBe(1)
  })

  it('a removed store lists the base readers and warns when head still reads from it', () => {
    const head = release(`externalsecrets:\n  - ${JSON.stringify(single())}\n`)
    const d = diffReleases([values(single())], [head])
    expect(d.stores[0]).toMatchObject({ name: 'kv', change: 'removed', affects: [{ namespace: 'app', name: 'db' }] })
    expect(d.stores[0]?.danger).toEqual(['store `kv` is no longer defined, but 1 Secret in 1 namespace still reads from it'])
    const two = release(
      `externalsecrets:\n  - ${JSON.stringify(single())}\n  - ${JSON.stringify(single({ secret: 'api', namespacesecretname: 'api' }))}\n`
    )
    expect(diffReleases([values(single())], [two]).stores[0]?.danger).toEqual([
      'store `kv` is no longer defined, but 2 Secrets in 1 namespace still read from it'
    ])
  })

  it('moving a store definition to another file is no change', () => {
    const a = release(`${STORE}externalsecrets: []\n`, 'a.yaml')
    const b = release(`${STORE}externalsecrets: []\n`, 'b.yaml')
    expect(diffReleases([a], [b]).stores).toEqual([])
  })
})

describe('diffToJson', () => {
  it('is versioned, stable, 2-space indented with a trailing newline', () => {
    const json = diffToJson(diffReleases([values(single())], [values(single({ namespacesecretkeyname: 'pw' }))]))
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.match(/^ {2}"\w+"/gm)).toEqual(['  "version"', '  "counts"', '  "invalid"', '  "secrets"', '  "stores"'])
    expect(json).toContain('\n  "version": 2,')
    expect(json).toMatch(/"namespace": "app",\n\s+"selector": null,\n\s+"name": "db",\n\s+"change": "changed"/)
  })
})
