import { afterAll, describe, expect, inject, it } from 'vitest'
import { applyAll, deleteAll, pruned, snapshot, waitConverged, withFakeProvider, type EsoResource, type Snapshot } from './harness/eso.js'
import { Kube, waitFor } from './harness/kube.js'
import { render, scratch, writeValues } from './harness/tool.js'

// Deletion with policy Owner (the garbage collector removes what ESO owned),
// and the timing of a 100-entry release across 10 namespaces.

const kube = new Kube(inject('kube'))

function storeBlock(name: string): string {
  return `clustersecretstore:
  name: ${name}
  azurekv:
    vaulturl: https://e2e-life.vault.azure.net
    identityid: 00000000-0000-0000-0000-000000000003
externalsecrets:
`
}

function entry(ces: string, store: string, ns: string, secret: string, remote: string): string {
  return `  - secret: ${ces}
    clustersecstore: ${store}
    namespace: ${ns}
    namespacesecretname: ${secret}
    keyvaultsecretname: ${remote}
    namespacesecretkeyname: value
`
}

async function renderValues(name: string, text: string): Promise<EsoResource[]> {
  const dir = scratch(name)
  return render(dir, writeValues(dir, { 'values.yaml': text }))
}

function count(s: Snapshot): number {
  return Object.values(s).reduce((n, secrets) => n + Object.keys(secrets).length, 0)
}

const live: EsoResource[][] = []
afterAll(async () => {
  for (const r of live) await deleteAll(kube, r)
})

describe('deletion with creationPolicy Owner', () => {
  const STORE = 'e2e-life-store'
  const NS = ['e2e-life-a', 'e2e-life-b']
  const data = ['one', 'two', 'three'].map((k) => ({ key: `life-${k}`, value: `value of ${k}` }))
  const base =
    storeBlock(STORE) +
    entry('e2e-life-one', STORE, NS[0]!, 'one', 'life-one') +
    entry('e2e-life-two', STORE, NS[0]!, 'two', 'life-two') +
    entry('e2e-life-three', STORE, NS[1]!, 'three', 'life-three')
  const head =
    storeBlock(STORE) +
    entry('e2e-life-one', STORE, NS[0]!, 'one', 'life-one') +
    entry('e2e-life-three', STORE, NS[1]!, 'three', 'life-three')

  it('an entry removed from the values file: its Secret is deleted, the others stay', async () => {
    for (const ns of NS) await kube.namespace(ns)
    const before = withFakeProvider(await renderValues('life-base', base), STORE, data)
    live.push(before)
    await applyAll(kube, before)
    await waitConverged(kube, before, NS)
    expect(await snapshot(kube, NS)).toEqual({
      [NS[0]!]: {
        one: { type: 'Opaque', labels: {}, data: { value: 'value of one' } },
        two: { type: 'Opaque', labels: {}, data: { value: 'value of two' } }
      },
      [NS[1]!]: { three: { type: 'Opaque', labels: {}, data: { value: 'value of three' } } }
    })

    const after = withFakeProvider(await renderValues('life-head', head), STORE, data)
    live.push(after)
    const gone = pruned(before, after)
    expect(gone.map((r) => r.metadata.name)).toEqual(['e2e-life-two'])
    await applyAll(kube, after)
    await deleteAll(kube, gone)
    await waitConverged(kube, after, NS)
    const s = await snapshot(kube, NS)
    expect(Object.keys(s[NS[0]!] ?? {})).toEqual(['one'])
    expect(Object.keys(s[NS[1]!] ?? {})).toEqual(['three'])
  })

  it('all rendered resources deleted: every Secret is gone', async () => {
    const all = live.at(-1) ?? []
    await deleteAll(kube, all)
    await waitFor('all Secrets of the release deleted', 120_000, async () => (count(await snapshot(kube, NS)) === 0 ? true : undefined))
    const es = await Promise.all(NS.map((ns) => kube.list(`/apis/external-secrets.io/v1/namespaces/${ns}/externalsecrets`)))
    expect(es.flat()).toEqual([])
  })
})

describe('timing: 100 entries across 10 namespaces', () => {
  const STORE = 'e2e-scale-store'
  const NS = Array.from({ length: 10 }, (_, i) => `e2e-scale-${i}`)
  const ENTRIES = Array.from({ length: 100 }, (_, i) => ({
    ces: `e2e-scale-${i}`,
    ns: NS[i % 10]!,
    secret: `secret-${i}`,
    remote: `scale-${i}`
  }))

  it('apply -> all 100 Secrets ready, then delete -> all gone', async () => {
    for (const ns of NS) await kube.namespace(ns)
    const text = storeBlock(STORE) + ENTRIES.map((e) => entry(e.ces, STORE, e.ns, e.secret, e.remote)).join('')
    const t0 = Date.now()
    const resources = withFakeProvider(
      await renderValues('scale', text),
      STORE,
      ENTRIES.map((e) => ({ key: e.remote, value: `v-${e.remote}` }))
    )
    const renderMs = Date.now() - t0
    live.push(resources)
    expect(resources.filter((r) => r.kind === 'ClusterExternalSecret')).toHaveLength(100)

    const t1 = Date.now()
    await applyAll(kube, resources)
    const applyMs = Date.now() - t1
    const snap = await waitFor(
      '100 Secrets with their values',
      600_000,
      async () => {
        const s = await snapshot(kube, NS)
        return count(s) === 100 ? s : undefined
      },
      250
    )
    const readyMs = Date.now() - t1
    for (const e of ENTRIES) expect(snap[e.ns]?.[e.secret]).toEqual({ type: 'Opaque', labels: {}, data: { value: `v-${e.remote}` } })
    await waitConverged(kube, resources, NS)

    const t2 = Date.now()
    await deleteAll(kube, resources)
    await waitFor('100 Secrets deleted', 600_000, async () => (count(await snapshot(kube, NS)) === 0 ? true : undefined), 250)
    const deleteMs = Date.now() - t2
    process.stdout.write(
      `e2e timing: 100 entries / 10 namespaces: render ${renderMs} ms, apply ${applyMs} ms, ` +
        `apply -> all Secrets ready ${(readyMs / 1000).toFixed(1)} s, delete -> all Secrets gone ${(deleteMs / 1000).toFixed(1)} s\n`
    )
  })
})
