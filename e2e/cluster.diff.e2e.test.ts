import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { observe, predicted, type DiffJson, type ObservedChange } from './harness/compare.js'
import { applyAll, deleteAll, pruned, snapshot, waitConverged, withFakeProvider, type EsoResource } from './harness/eso.js'
import { Kube, objectPath, waitFor } from './harness/kube.js'
import { predictDiff, render, scratch, writeValues } from './harness/tool.js'

// For each case: apply the base render, let ESO settle, apply the head render
// (pruning what the head no longer has, as a GitOps sync would), let ESO
// settle again, and compare the change seen per namespace with what the
// tool's diff JSON predicted for the same two values files.

const kube = new Kube(inject('kube'))
const STORE = 'e2e-diff-store'

/** Every remote secret any case reads, each with its own value, so a changed reference changes the value. */
const REMOTE = [
  ['d-one', 'one'],
  ['d-two', 'two'],
  ['d-three', 'three'],
  ['d-four', 'four'],
  ['d-json', JSON.stringify({ user: 'u', pass: 'p', token: 't' })],
  ['d-json2', JSON.stringify({ user: 'u2', pass: 'p2', token: 't2' })]
].map(([key, value]) => ({ key: key!, value: value! }))

const STORE_BLOCK = `clustersecretstore:
  name: ${STORE}
  azurekv:
    vaulturl: https://e2e-diff.vault.azure.net
    identityid: 00000000-0000-0000-0000-000000000004
externalsecrets:
`

interface Entry {
  ces: string
  ns?: string
  selector?: Record<string, string>
  secret: string
  remote: string
  key?: string
  property?: string
  multivalue?: boolean
  type?: string
  labels?: Record<string, string>
}

function values(entries: Entry[]): string {
  return (
    STORE_BLOCK +
    entries
      .map((e) => {
        const lines = [`  - secret: ${e.ces}`, `    clustersecstore: ${STORE}`]
        if (e.ns !== undefined) lines.push(`    namespace: ${e.ns}`)
        if (e.selector !== undefined) lines.push(`    namespaceSelector: ${JSON.stringify({ matchLabels: e.selector })}`)
        lines.push(`    namespacesecretname: ${e.secret}`, `    keyvaultsecretname: ${e.remote}`)
        if (e.multivalue) lines.push('    multivalue: true')
        if (e.property !== undefined) lines.push(`    property: ${e.property}`)
        if (e.type !== undefined) lines.push(`    type: ${e.type}`)
        if (e.key !== undefined) lines.push(`    namespacesecretkeyname: ${e.key}`)
        if (e.labels !== undefined) lines.push(`    labels: ${JSON.stringify(e.labels)}`)
        return lines.join('\n') + '\n'
      })
      .join('')
  )
}

interface Case {
  name: string
  /** Namespaces of the case, with their labels. */
  namespaces: Record<string, Record<string, string>>
  base: Entry[]
  head: Entry[]
  /** The change per namespace written out by hand, so observed and predicted cannot agree on nothing. */
  expected: ObservedChange[]
}

const added = (namespace: string, name: string): ObservedChange => ({ namespace, name, change: 'added', fields: [] })
const removed = (namespace: string, name: string): ObservedChange => ({ namespace, name, change: 'removed', fields: [] })
const changed = (namespace: string, name: string, fields: ObservedChange['fields']): ObservedChange => ({
  namespace,
  name,
  change: 'changed',
  fields
})

const A = 'e2e-diff-a'
const B = 'e2e-diff-b'
const WEB1 = 'e2e-diff-web1'
const WEB2 = 'e2e-diff-web2'
const DB = 'e2e-diff-db'

const CASES: Case[] = [
  {
    name: 'entries added, removed, re-keyed, relabelled, re-pointed and moved',
    namespaces: { [A]: {}, [B]: {} },
    base: [
      { ces: 'e2e-diff-keep', ns: A, secret: 'keep', remote: 'd-one', key: 'value' },
      { ces: 'e2e-diff-rekey', ns: A, secret: 'rekey', remote: 'd-two', key: 'old' },
      { ces: 'e2e-diff-relabel', ns: A, secret: 'relabel', remote: 'd-three', key: 'v', labels: { tier: 'a' } },
      { ces: 'e2e-diff-repoint', ns: B, secret: 'repoint', remote: 'd-json', property: 'pass', key: 'password' },
      { ces: 'e2e-diff-gone', ns: B, secret: 'gone', remote: 'd-four', key: 'v' },
      { ces: 'e2e-diff-move', ns: A, secret: 'moving', remote: 'd-json', multivalue: true }
    ],
    head: [
      { ces: 'e2e-diff-keep', ns: A, secret: 'keep', remote: 'd-one', key: 'value' },
      { ces: 'e2e-diff-rekey', ns: A, secret: 'rekey', remote: 'd-two', key: 'new' },
      { ces: 'e2e-diff-relabel', ns: A, secret: 'relabel', remote: 'd-three', key: 'v', labels: { tier: 'b', extra: 'x' } },
      { ces: 'e2e-diff-repoint', ns: B, secret: 'repoint', remote: 'd-json2', property: 'pass', key: 'password' },
      { ces: 'e2e-diff-new', ns: B, secret: 'new', remote: 'd-four', key: 'v' },
      { ces: 'e2e-diff-move', ns: B, secret: 'moving', remote: 'd-json', multivalue: true }
    ],
    expected: [
      removed(A, 'moving'),
      changed(A, 'rekey', ['keys']),
      changed(A, 'relabel', ['labels']),
      removed(B, 'gone'),
      added(B, 'moving'),
      added(B, 'new'),
      changed(B, 'repoint', ['values'])
    ]
  },
  {
    name: 'a selector that picks other namespaces, and a Secret renamed',
    namespaces: { [WEB1]: { 'e2e-diff-tier': 'web' }, [WEB2]: { 'e2e-diff-tier': 'web' }, [DB]: { 'e2e-diff-tier': 'db' } },
    base: [
      {
        ces: 'e2e-diff-sel',
        selector: { 'e2e-diff-tier': 'web' },
        secret: 'shared',
        remote: 'd-json',
        multivalue: true,
        labels: { by: 'selector' }
      },
      { ces: 'e2e-diff-rename', selector: { 'e2e-diff-tier': 'db' }, secret: 'before', remote: 'd-one', key: 'v' }
    ],
    head: [
      {
        ces: 'e2e-diff-sel',
        selector: { 'e2e-diff-tier': 'db' },
        secret: 'shared',
        remote: 'd-json',
        multivalue: true,
        labels: { by: 'selector' }
      },
      { ces: 'e2e-diff-rename', selector: { 'e2e-diff-tier': 'db' }, secret: 'after', remote: 'd-one', key: 'v' }
    ],
    expected: [added(DB, 'after'), removed(DB, 'before'), added(DB, 'shared'), removed(WEB1, 'shared'), removed(WEB2, 'shared')]
  },
  {
    name: 'a property switched and a label added to every Secret of a selector',
    namespaces: { [WEB1]: { 'e2e-diff-tier': 'web' }, [WEB2]: { 'e2e-diff-tier': 'web' }, [DB]: { 'e2e-diff-tier': 'db' } },
    base: [
      { ces: 'e2e-diff-prop', selector: { 'e2e-diff-tier': 'web' }, secret: 'creds', remote: 'd-json', property: 'user', key: 'login' },
      { ces: 'e2e-diff-same', ns: DB, secret: 'same', remote: 'd-two', key: 'v' }
    ],
    head: [
      {
        ces: 'e2e-diff-prop',
        selector: { 'e2e-diff-tier': 'web' },
        secret: 'creds',
        remote: 'd-json',
        property: 'token',
        key: 'login',
        labels: { rotated: 'yes' }
      },
      { ces: 'e2e-diff-same', ns: DB, secret: 'same', remote: 'd-two', key: 'v' }
    ],
    expected: [changed(WEB1, 'creds', ['labels', 'values']), changed(WEB2, 'creds', ['labels', 'values'])]
  }
]

let live: EsoResource[] = []
afterAll(async () => {
  await deleteAll(kube, live)
})

describe('the change seen in the cluster equals the diff the tool predicted', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const namespaces = Object.keys(c.namespaces)
      for (const [ns, labels] of Object.entries(c.namespaces)) await kube.namespace(ns, labels)
      const dir = scratch('diff')
      writeValues(dir, { 'base.yaml': values(c.base), 'head.yaml': values(c.head) })
      const inventory = await kube.raw('GET', '/api/v1/namespaces')
      writeFileSync(join(dir, 'namespaces.json'), inventory.body)

      const base = withFakeProvider(await render(dir, ['base.yaml']), STORE, REMOTE)
      // Whatever an earlier case left is pruned first, so each case starts from its base only.
      await deleteAll(kube, pruned(live, base))
      live = base
      await applyAll(kube, base)
      await waitConverged(kube, base, namespaces)
      const before = await snapshot(kube, namespaces)

      const head = withFakeProvider(await render(dir, ['head.yaml']), STORE, REMOTE)
      live = [...head, ...pruned(base, head)]
      await applyAll(kube, head)
      await deleteAll(kube, pruned(base, head))
      live = head
      await waitConverged(kube, head, namespaces)
      const after = await snapshot(kube, namespaces)

      const diff = JSON.parse(await predictDiff(dir, ['base.yaml'], ['head.yaml'], 'namespaces.json')) as DiffJson
      expect(diff.version).toBe(2)
      const seen = observe(before, after)
      expect(seen).toEqual(c.expected)
      expect(predicted(diff)).toEqual(seen)
    })
  }
})

describe('a Secret type change: predicted with a danger note, and what ESO really does', () => {
  const NS = 'e2e-diff-type'
  const base: Entry[] = [
    { ces: 'e2e-diff-t-custom', ns: NS, secret: 'was-custom', remote: 'd-one', key: 'token', type: 'example.com/token' },
    { ces: 'e2e-diff-t-opaque', ns: NS, secret: 'was-opaque', remote: 'd-two', key: 'token' }
  ]
  const head: Entry[] = [
    { ces: 'e2e-diff-t-custom', ns: NS, secret: 'was-custom', remote: 'd-one', key: 'token' },
    { ces: 'e2e-diff-t-opaque', ns: NS, secret: 'was-opaque', remote: 'd-two', key: 'token', type: 'example.com/token' }
  ]

  it('ESO keeps the old type until the Secret is deleted, as the danger note says; then the prediction holds', async () => {
    await kube.namespace(NS)
    const dir = scratch('diff-type')
    writeValues(dir, { 'base.yaml': values(base), 'head.yaml': values(head) })
    writeFileSync(join(dir, 'namespaces.json'), (await kube.raw('GET', '/api/v1/namespaces')).body)
    const diff = JSON.parse(await predictDiff(dir, ['base.yaml'], ['head.yaml'], 'namespaces.json')) as DiffJson & {
      secrets: Array<{ danger: string[] }>
    }
    for (const s of diff.secrets) expect(s.danger.join('\n')).toMatch(/does not allow changing the type/)

    const baseRes = withFakeProvider(await render(dir, ['base.yaml']), STORE, REMOTE)
    await deleteAll(kube, pruned(live, baseRes))
    live = baseRes
    await applyAll(kube, baseRes)
    await waitConverged(kube, baseRes, [NS])
    const before = await snapshot(kube, [NS])

    const headRes = withFakeProvider(await render(dir, ['head.yaml']), STORE, REMOTE)
    live = headRes
    await applyAll(kube, headRes)
    // Opaque -> custom type: the API server refuses the update, the ExternalSecret reports it.
    await waitFor('was-opaque to fail its sync', 120_000, async () => {
      const es = await kube.get(objectPath('external-secrets.io/v1', 'ExternalSecret', 'e2e-diff-t-opaque', NS))
      const ready = (es?.status as { conditions?: Array<{ type: string; status: string; reason?: string }> } | undefined)?.conditions?.find(
        (c) => c.type === 'Ready'
      )
      return ready?.status === 'False' && ready.reason === 'SecretSyncedError' ? true : undefined
    })
    // custom type -> no type (Opaque): nothing asks for a type any more, ESO syncs and leaves the old one.
    await waitFor('was-custom to sync its new spec', 120_000, async () => {
      const es = await kube.get(objectPath('external-secrets.io/v1', 'ExternalSecret', 'e2e-diff-t-custom', NS))
      const status = es?.status as { syncedResourceVersion?: string; conditions?: Array<{ type: string; status: string }> } | undefined
      const gen = (es?.metadata as { generation?: number } | undefined)?.generation
      const synced = gen !== undefined && gen > 1 && status?.syncedResourceVersion?.startsWith(`${gen}-`) === true
      return synced && status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? true : undefined
    })
    expect(await snapshot(kube, [NS])).toEqual(before)

    // Deleting the Secrets, as the danger note says, lets ESO create them with the new types.
    for (const name of ['was-custom', 'was-opaque']) await kube.delete(`/api/v1/namespaces/${NS}/secrets/${name}`)
    await waitConverged(kube, headRes, [NS])
    const after = await snapshot(kube, [NS])
    expect(observe(before, after)).toEqual([changed(NS, 'was-custom', ['type']), changed(NS, 'was-opaque', ['type'])])
    expect(predicted(diff)).toEqual(observe(before, after))
  })
})
