import { describe, expect, it } from 'vitest'
import { describeDrift, detectDrift, durationSeconds, specDifferences } from '../src/core/cluster/index.js'
import type { Resource } from '../src/core/render/types.js'
import { renderValues, snapshotOf } from './helpers/cluster-snapshot.js'

const VALUES = `clustersecretstore:
  name: kv
  azurekv: {vaulturl: https://kv.vault.azure.net, identityid: mi-1}
externalsecrets:
  - secret: app
    clustersecstore: kv
    namespace: shop
    namespacesecretname: app-creds
    keyvaultsecretname: app-remote
    namespacesecretkeyname: password
    labels: {team: shop}
  - secret: web
    clustersecstore: kv
    namespaceSelector: {matchLabels: {tier: web}}
    namespacesecretname: web
    keyvaultsecretname: web-json
    multivalue: true
`
const { resources } = renderValues({ 'values.yaml': VALUES })
const app = resources.find((r) => r.metadata.name === 'app')!
const web = resources.find((r) => r.metadata.name === 'web')!

type Path = Array<string | number>
const DELETE = Symbol('delete')

/** The live spec of `r` with the values at `path` set (or deleted), the rest as applied. */
function edited(r: Resource, ...edits: Array<[Path, unknown]>): unknown {
  const spec: unknown = structuredClone(r.spec)
  for (const [path, value] of edits) {
    let cur: unknown = spec
    for (const k of path.slice(0, -1)) cur = (cur as Record<string | number, unknown>)[k]
    const holder = cur as Record<string | number, unknown>
    const last = path[path.length - 1]!
    if (value === DELETE) delete holder[last]
    else holder[last] = value
  }
  return spec
}

const REMOTE_DEFAULTS = { conversionStrategy: 'Default', decodingStrategy: 'None', metadataPolicy: 'None' }

describe('specDifferences: the fields the tool renders, after the API server defaulted the rest', () => {
  it('an untouched apply with every default ESO v0.16 adds is no drift', () => {
    const live = edited(
      app,
      [['externalSecretSpec', 'target', 'deletionPolicy'], 'Retain'],
      [['externalSecretSpec', 'target', 'template', 'mergePolicy'], 'Replace'],
      [['externalSecretSpec', 'data', 0, 'remoteRef'], { key: 'app-remote', ...REMOTE_DEFAULTS }],
      [['refreshPolicy'], 'Periodic']
    )
    expect(specDifferences(app, live)).toEqual([])
    const store = resources.find((r) => r.kind === 'ClusterSecretStore')!
    expect(specDifferences(store, edited(store, [['provider', 'azurekv', 'environmentType'], 'PublicCloud']))).toEqual([])
  })

  it('durations are compared as lengths of time', () => {
    expect(specDifferences(app, edited(app, [['refreshTime'], '60s']))).toEqual([])
    expect(specDifferences(app, edited(app, [['externalSecretSpec', 'refreshInterval'], '5m0s']))).toEqual([])
    expect(specDifferences(app, edited(app, [['refreshTime'], '2m']))).toEqual(['spec.refreshTime'])
    expect(durationSeconds('1h30m')).toBe(5400)
    expect(durationSeconds('0.5s')).toBe(0.5)
    expect(durationSeconds('soon')).toBeNull()
  })

  it('a changed value, a list of another length, a removed field', () => {
    expect(specDifferences(app, edited(app, [['externalSecretSpec', 'data', 0, 'remoteRef', 'key'], 'other']))).toEqual([
      'spec.externalSecretSpec.data[0].remoteRef.key'
    ])
    expect(specDifferences(app, edited(app, [['externalSecretSpec', 'data', 1], { secretKey: 'x', remoteRef: { key: 'y' } }]))).toEqual([
      'spec.externalSecretSpec.data'
    ])
    expect(specDifferences(app, edited(app, [['externalSecretSpec', 'target', 'template'], DELETE]))).toEqual([
      'spec.externalSecretSpec.target.template'
    ])
  })

  it('a key added to a map the tool writes in full (selector labels, template labels) is drift', () => {
    expect(specDifferences(web, edited(web, [['namespaceSelectors', 0, 'matchLabels', 'extra'], 'x']))).toEqual([
      'spec.namespaceSelectors[0].matchLabels.extra'
    ])
    expect(specDifferences(app, edited(app, [['externalSecretSpec', 'target', 'template', 'metadata', 'labels', 'owner'], 'me']))).toEqual([
      'spec.externalSecretSpec.target.template.metadata.labels.owner'
    ])
  })

  it('unrendered fields that change where or what ESO writes are drift unless they hold the default', () => {
    expect(specDifferences(web, edited(web, [['namespaceSelector'], {}]))).toEqual(['spec.namespaceSelector'])
    expect(specDifferences(web, edited(web, [['namespaces'], ['kube-system']]))).toEqual(['spec.namespaces'])
    expect(specDifferences(web, edited(web, [['externalSecretName'], 'other']))).toEqual(['spec.externalSecretName'])
    expect(specDifferences(web, edited(web, [['externalSecretName'], 'web']))).toEqual([])
    expect(specDifferences(app, edited(app, [['externalSecretSpec', 'target', 'deletionPolicy'], 'Delete']))).toEqual([
      'spec.externalSecretSpec.target.deletionPolicy'
    ])
    expect(specDifferences(app, edited(app, [['externalSecretSpec', 'target', 'immutable'], true]))).toEqual([
      'spec.externalSecretSpec.target.immutable'
    ])
  })

  it('a live spec that is not an object differs at its root', () => {
    expect(specDifferences(app, null)).toEqual(['spec'])
  })
})

describe('detectDrift', () => {
  it('an untouched apply: no drift', () => {
    expect(detectDrift(resources, snapshotOf(resources))).toEqual({ items: [], notChecked: [] })
  })

  it('missing, edited, not in values, unmarked; sorted stores first, then by name', () => {
    const snap = snapshotOf(resources)
    snap.clusterExternalSecrets = snap.clusterExternalSecrets!.filter((c) => c.name !== 'web')
    const live = snap.clusterExternalSecrets[0]!
    live.spec = edited(app, [['refreshTime'], '10m'])
    snap.clusterExternalSecrets.push({ ...live, name: 'old', spec: {} })
    snap.clusterExternalSecrets.push({ ...live, name: 'foreign', labels: { 'app.kubernetes.io/managed-by': 'Helm' } })
    snap.stores![0]!.labels = { 'app.kubernetes.io/managed-by': 'Helm' }
    const d = detectDrift(resources, snap)
    expect(d.items).toEqual([
      { kind: 'ClusterSecretStore', name: 'kv', drift: 'unmarked', fields: [], managedBy: 'Helm' },
      { kind: 'ClusterExternalSecret', name: 'app', drift: 'edited', fields: ['spec.refreshTime'], managedBy: null },
      { kind: 'ClusterExternalSecret', name: 'old', drift: 'not-in-values', fields: [], managedBy: null },
      { kind: 'ClusterExternalSecret', name: 'web', drift: 'missing', fields: [], managedBy: null }
    ])
    // `foreign` is neither the tool's nor in the values: not ours to report.
    expect(d.items.some((i) => i.name === 'foreign')).toBe(false)
  })

  it('a list that could not be read is not checked, and nothing is claimed about it', () => {
    const d = detectDrift(resources, snapshotOf(resources, { clusterExternalSecrets: null }))
    expect(d).toEqual({ items: [], notChecked: ['ClusterExternalSecret'] })
  })

  it('describes each kind of drift in words', () => {
    const d = (drift: 'not-in-values' | 'missing' | 'edited' | 'unmarked', fields: string[] = [], managedBy: string | null = null) =>
      describeDrift({ kind: 'ClusterExternalSecret', name: 'x', drift, fields, managedBy })
    expect(d('not-in-values')).toBe('ClusterExternalSecret x is in the cluster, marked as managed by this tool, but in no values file')
    expect(d('missing')).toBe('ClusterExternalSecret x is in the values but not in the cluster')
    expect(d('edited', ['spec.refreshTime'])).toBe(
      'ClusterExternalSecret x was edited in the cluster: it differs from the render in spec.refreshTime'
    )
    expect(d('unmarked', [], 'Helm')).toBe(
      "ClusterExternalSecret x is in the cluster but was not applied from this tool's render (app.kubernetes.io/managed-by: Helm)"
    )
    expect(d('unmarked', ['spec'])).toContain('(no app.kubernetes.io/managed-by label); it differs from the render in spec')
  })
})
