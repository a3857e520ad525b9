import { describe, expect, it } from 'vitest'
import { describeSecrets } from '../src/core/diff/index.js'
import { release, single, values } from './fixtures/diff/build.js'

describe('describeSecrets per kind (SPEC.md section 3)', () => {
  const one = (over: Record<string, unknown>) => {
    const records = describeSecrets([values(single(over))])
    expect(records).toHaveLength(1)
    return records[0]!
  }

  it('single value: key K from remote R, Opaque', () => {
    const r = one({})
    expect(r).toMatchObject({
      namespace: 'app',
      selector: null,
      name: 'db',
      externalSecret: 'db',
      kind: 'single',
      type: 'Opaque',
      keys: ['password'],
      store: 'kv',
      remoteRefs: ['db-pass'],
      labels: {}
    })
    expect(r).toMatchObject({
      refreshInterval: '5m',
      refreshTime: '1m',
      creationPolicy: 'Owner',
      deletionPolicy: null,
      file: 'values.yaml'
    })
  })

  it('property: R#property', () => {
    expect(one({ property: 'user' })).toMatchObject({ kind: 'property', keys: ['password'], remoteRefs: ['db-pass#user'] })
  })

  it('TLS: tls.crt and tls.key from R-crt and R-key', () => {
    expect(one({ type: 'kubernetes.io/tls' })).toMatchObject({
      kind: 'tls',
      type: 'kubernetes.io/tls',
      keys: ['tls.crt', 'tls.key'],
      remoteRefs: ['db-pass-crt', 'db-pass-key']
    })
  })

  it('custom type: its type, key K', () => {
    expect(one({ type: 'example.com/x' })).toMatchObject({
      kind: 'custom-type',
      type: 'example.com/x',
      keys: ['password'],
      remoteRefs: ['db-pass']
    })
  })

  it('Argo CD cluster (certificate and bearer) with its fixed label', () => {
    const cert = one({ argocd: true })
    expect(cert).toMatchObject({
      kind: 'argocd-cluster-cert',
      keys: ['config', 'name', 'server'],
      labels: { 'argocd.argoproj.io/secret-type': 'cluster' }
    })
    expect(cert.remoteRefs).toEqual(['db-pass#caData', 'db-pass#certData', 'db-pass#clusterName', 'db-pass#host', 'db-pass#keyData'])
    const bearer = one({ argocd: true, argocdBearerToken: true })
    expect(bearer.remoteRefs).toEqual(['db-pass#bearerToken', 'db-pass#caData', 'db-pass#clusterName', 'db-pass#host'])
  })

  it('Argo CD repo creds: the Argo CD label wins over a user label', () => {
    const r = one({ argocdRepoCreds: true, labels: { 'argocd.argoproj.io/secret-type': 'cluster', team: 'x' } })
    expect(r.keys).toEqual(['password', 'type', 'url', 'username'])
    expect(r.remoteRefs).toEqual(['db-pass#password', 'db-pass#type', 'db-pass#url', 'db-pass#username'])
    expect(r.labels).toEqual({ 'argocd.argoproj.io/secret-type': 'repo-creds', team: 'x' })
  })

  it('Grafana contact point: grafana_alert added, a user value kept', () => {
    expect(one({ contactpoint: true })).toMatchObject({
      keys: ['contactpoints.yaml'],
      remoteRefs: ['db-pass'],
      labels: { grafana_alert: 'true' }
    })
    expect(one({ contactpoint: true, labels: { grafana_alert: 'team-a' } }).labels).toEqual({ grafana_alert: 'team-a' })
  })

  it('multivalue: every key of the remote JSON', () => {
    expect(one({ multivalue: true })).toMatchObject({ kind: 'multivalue', keys: ['*'], remoteRefs: ['db-pass'] })
  })

  it('policies and refresh settings', () => {
    expect(one({ creationPolicy: 'Orphan', deletionPolicy: 'Retain', refreshInterval: '1h', refreshTime: '2m' })).toMatchObject({
      creationPolicy: 'Orphan',
      deletionPolicy: 'Retain',
      refreshInterval: '1h',
      refreshTime: '2m'
    })
  })
})

describe('describeSecrets targets', () => {
  it('one record per namespace of a namespaces list, sorted', () => {
    const records = describeSecrets([values(single({ namespace: undefined, namespaces: ['b', 'a'] }))])
    expect(records.map((r) => r.namespace)).toEqual(['a', 'b'])
  })

  it('a selector target is one record with the selector text, keys sorted', () => {
    const sel = {
      matchLabels: { team: 'x', env: 'prod' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['b', 'a'] },
        { key: 'legacy', operator: 'DoesNotExist' }
      ]
    }
    const [r] = describeSecrets([values(single({ namespaceSelector: sel }))])
    expect(r).toMatchObject({ namespace: null, selector: 'env=prod,!legacy,team=x,tier in (a,b)' })
  })

  it('with an inventory a selector expands to the matching namespaces', () => {
    const inventory = {
      namespaces: [
        { name: 'p1', labels: { env: 'prod' } },
        { name: 'd1', labels: { env: 'dev' } },
        { name: 'p2', labels: { env: 'prod' } }
      ]
    }
    const records = describeSecrets([values(single({ namespaceSelector: { env: 'prod' } }))], inventory)
    expect(records.map((r) => [r.namespace, r.selector])).toEqual([
      ['p1', 'env=prod'],
      ['p2', 'env=prod']
    ])
  })

  it('named namespaces come before selector targets; several releases are one list', () => {
    const a = values(single({ namespaceSelector: { env: 'prod' }, namespacesecretname: 'a' }))
    const b = release(
      `externalsecrets:\n  - {secret: z, clustersecstore: kv, namespace: zz, ` +
        `namespacesecretname: z, keyvaultsecretname: r, namespacesecretkeyname: k}\n`,
      'b.yaml'
    )
    const records = describeSecrets([a, b])
    expect(records.map((r) => [r.namespace, r.selector, r.file])).toEqual([
      ['zz', null, 'b.yaml'],
      [null, 'env=prod', 'values.yaml']
    ])
  })

  it('an empty selector reads as all namespaces', () => {
    const [r] = describeSecrets([values(single({ namespaceSelector: { matchLabels: {} } }))])
    expect(r?.selector).toBe('(all namespaces)')
  })
})
