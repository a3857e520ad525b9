import { describe, expect, it } from 'vitest'
import { normalizeRelease } from '../src/core/normalize.js'
import { renderRelease, type Resource } from '../src/core/render/index.js'
import { ARGOCD_BEARER_CONFIG, ARGOCD_CERT_CONFIG } from '../src/core/kinds/argocd-cluster.js'
import { esoErrorsAll } from './helpers/eso-schema.js'

const STORE = { name: 'kv', azurekv: { vaulturl: 'https://kv.vault.azure.net', identityid: 'mi-client-id' } }
const BASE = {
  secret: 'app-creds',
  clustersecstore: 'kv',
  namespace: 'payments',
  namespacesecretname: 'app-creds',
  keyvaultsecretname: 'app-remote'
}

/** Render one entry (plus the store) and return its ClusterExternalSecret, after checking the whole output is valid ESO. */
function ces(entry: Record<string, unknown>, extra: Record<string, unknown> = {}): Resource {
  const resources = renderRelease(
    normalizeRelease('values.yaml', { clustersecretstore: STORE, externalsecrets: [{ ...BASE, ...entry }], ...extra })
  )
  expect(esoErrorsAll(resources)).toEqual([])
  const found = resources.find((r) => r.kind === 'ClusterExternalSecret')
  if (!found) throw new Error('no ClusterExternalSecret rendered')
  return found
}

/** `value[key]` for any object, undefined otherwise: reads rendered output without casts. */
function field(value: unknown, ...path: string[]): unknown {
  let cur = value
  for (const key of path) cur = cur !== null && typeof cur === 'object' ? Reflect.get(cur, key) : undefined
  return cur
}

/** The externalSecretSpec of the entry's CES, as a map of its fields. */
function esSpec(entry: Record<string, unknown>): Record<string, unknown> {
  const spec = field(ces(entry), 'spec', 'externalSecretSpec')
  return Object.fromEntries(Object.entries(spec ?? {}))
}

const storeRef = { kind: 'ClusterSecretStore', name: 'kv' }

describe('render: one ClusterExternalSecret per kind (SPEC.md section 3)', () => {
  it('defaults: v1, refreshTime 1m, refreshInterval 5m, target Owner, named namespace selector, no ownership annotations', () => {
    expect(ces({ namespacesecretkeyname: 'password' })).toEqual({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterExternalSecret',
      // The tool's marking, never the chart's Helm ownership label and annotations.
      metadata: { name: 'app-creds', labels: { 'app.kubernetes.io/managed-by': 'secrets-injector' } },
      spec: {
        namespaceSelectors: [{ matchLabels: { 'kubernetes.io/metadata.name': 'payments' } }],
        refreshTime: '1m',
        externalSecretSpec: {
          secretStoreRef: storeRef,
          refreshInterval: '5m',
          target: { name: 'app-creds', creationPolicy: 'Owner' },
          data: [{ secretKey: 'password', remoteRef: { key: 'app-remote' } }]
        }
      }
    })
  })

  it('single value with labels: a metadata-only template so labels are not dropped', () => {
    expect(esSpec({ namespacesecretkeyname: 'password', labels: { team: 'payments' } })).toEqual({
      secretStoreRef: storeRef,
      refreshInterval: '5m',
      target: { name: 'app-creds', creationPolicy: 'Owner', template: { engineVersion: 'v2', metadata: { labels: { team: 'payments' } } } },
      data: [{ secretKey: 'password', remoteRef: { key: 'app-remote' } }]
    })
  })

  it('TLS: keys tls.crt / tls.key from R-crt / R-key, whatever key names the values give', () => {
    const spec = esSpec({
      type: 'kubernetes.io/tls',
      namespacesecretkeynamecrt: 'cert.pem',
      namespacesecretkeynamekey: 'key.pem',
      labels: { app: 'web' }
    })
    expect(spec.data).toEqual([
      { secretKey: 'tls.crt', remoteRef: { key: 'app-remote-crt' } },
      { secretKey: 'tls.key', remoteRef: { key: 'app-remote-key' } }
    ])
    expect(spec.target).toEqual({
      name: 'app-creds',
      creationPolicy: 'Owner',
      template: { engineVersion: 'v2', type: 'kubernetes.io/tls', metadata: { labels: { app: 'web' } } }
    })
  })

  it('custom type: key K from R, the type set by a template without template code', () => {
    const spec = esSpec({ type: 'kubernetes.io/dockerconfigjson', namespacesecretkeyname: '.dockerconfigjson' })
    expect(spec.data).toEqual([{ secretKey: '.dockerconfigjson', remoteRef: { key: 'app-remote' } }])
    expect(spec.target).toEqual({
      name: 'app-creds',
      creationPolicy: 'Owner',
      template: { engineVersion: 'v2', type: 'kubernetes.io/dockerconfigjson' }
    })
  })

  it('Argo CD cluster, client certificate: fixed temporary keys, config built with dict | toJson', () => {
    const spec = esSpec({ argocd: true, labels: { env: 'prod', 'argocd.argoproj.io/secret-type': 'repository' } })
    expect(spec.data).toEqual(
      ['clusterName', 'host', 'caData', 'certData', 'keyData'].map((p) => ({ secretKey: p, remoteRef: { key: 'app-remote', property: p } }))
    )
    expect(spec.target).toEqual({
      name: 'app-creds',
      creationPolicy: 'Owner',
      template: {
        engineVersion: 'v2',
        metadata: { labels: { 'argocd.argoproj.io/secret-type': 'cluster', env: 'prod' } },
        data: { name: '{{ .clusterName }}', server: '{{ .host }}', config: ARGOCD_CERT_CONFIG }
      }
    })
    expect(ARGOCD_CERT_CONFIG).toBe(
      '{{ dict "tlsClientConfig" (dict "insecure" false "caData" .caData "certData" .certData "keyData" .keyData) | toJson }}'
    )
  })

  it('Argo CD cluster, bearer token', () => {
    const spec = esSpec({ argocd: true, argocdBearerToken: true })
    expect(spec.data).toEqual(
      ['clusterName', 'host', 'caData', 'bearerToken'].map((p) => ({ secretKey: p, remoteRef: { key: 'app-remote', property: p } }))
    )
    expect(field(spec.target, 'template', 'metadata')).toEqual({ labels: { 'argocd.argoproj.io/secret-type': 'cluster' } })
    expect(field(spec.target, 'template', 'data')).toEqual({
      name: '{{ .clusterName }}',
      server: '{{ .host }}',
      config: ARGOCD_BEARER_CONFIG
    })
    expect(ARGOCD_BEARER_CONFIG).toBe(
      '{{ dict "bearerToken" .bearerToken "tlsClientConfig" (dict "insecure" false "caData" .caData) | toJson }}'
    )
  })

  it('Argo CD repo creds: properties type, url, username, password; repo-creds label', () => {
    const spec = esSpec({ argocdRepoCreds: true, labels: { team: 'platform' } })
    expect(spec.data).toEqual(
      ['type', 'url', 'username', 'password'].map((p) => ({ secretKey: p, remoteRef: { key: 'app-remote', property: p } }))
    )
    expect(spec.target).toEqual({
      name: 'app-creds',
      creationPolicy: 'Owner',
      template: { engineVersion: 'v2', metadata: { labels: { 'argocd.argoproj.io/secret-type': 'repo-creds', team: 'platform' } } }
    })
  })

  it('Grafana contact point: contactpoints.yaml, grafana_alert "true" (the chart\'s value) plus labels (the chart dropped them)', () => {
    const spec = esSpec({ contactpoint: true, labels: { team: 'sre' } })
    expect(spec.data).toEqual([{ secretKey: 'contactpoints.yaml', remoteRef: { key: 'app-remote' } }])
    expect(spec.target).toEqual({
      name: 'app-creds',
      creationPolicy: 'Owner',
      template: { engineVersion: 'v2', metadata: { labels: { grafana_alert: 'true', team: 'sre' } } }
    })
  })

  it('Grafana contact point: a user grafana_alert value is kept (the sidecar labelValue is configurable)', () => {
    const spec = esSpec({ contactpoint: true, labels: { grafana_alert: 'team-a' } })
    expect(field(spec.target, 'template', 'metadata')).toEqual({ labels: { grafana_alert: 'team-a' } })
  })

  it('multivalue: dataFrom extract of R, labels kept', () => {
    const spec = esSpec({ multivalue: true, labels: { app: 'api' } })
    expect(spec.dataFrom).toEqual([{ extract: { key: 'app-remote' } }])
    expect(spec.data).toBeUndefined()
    expect(spec.target).toEqual({
      name: 'app-creds',
      creationPolicy: 'Owner',
      template: { engineVersion: 'v2', metadata: { labels: { app: 'api' } } }
    })
  })

  it('property: key K from property P of R, labels kept (the chart dropped them)', () => {
    const spec = esSpec({ property: 'dbPassword', namespacesecretkeyname: 'password', labels: { app: 'api' } })
    expect(spec.data).toEqual([{ secretKey: 'password', remoteRef: { key: 'app-remote', property: 'dbPassword' } }])
    expect(field(spec.target, 'template')).toEqual({ engineVersion: 'v2', metadata: { labels: { app: 'api' } } })
  })

  it('user text never enters template code, even when it looks like a template', () => {
    const spec = esSpec({ argocd: true, keyvaultsecretname: 'x{{ env "HOME" }}"\n' })
    for (const code of Object.values(field(spec.target, 'template', 'data') ?? {})) expect(code).not.toContain('HOME')
    expect(field(spec.data, '0', 'remoteRef', 'key')).toBe('x{{ env "HOME" }}"\n')
  })
})

describe('render: targets, policies and API version', () => {
  it('namespace list (extension): one In expression over the sorted names', () => {
    expect(ces({ namespacesecretkeyname: 'k', namespace: undefined, namespaces: ['web', 'api', 'web'] }).spec.namespaceSelectors).toEqual([
      { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['api', 'web'] }] }
    ])
  })

  it('label selector wins over namespace; a plain map means matchLabels', () => {
    expect(ces({ namespacesecretkeyname: 'k', namespaceSelector: { team: 'a' } }).spec.namespaceSelectors).toEqual([
      { matchLabels: { team: 'a' } }
    ])
    const sel = { matchLabels: { env: 'prod' }, matchExpressions: [{ key: 'team', operator: 'In', values: ['a', 'b'] }] }
    expect(ces({ namespacesecretkeyname: 'k', namespaceSelector: sel }).spec.namespaceSelectors).toEqual([sel])
  })

  it('refresh settings and policies from the entry, then from defaults', () => {
    const r = ces(
      { namespacesecretkeyname: 'k', refreshTime: '30s', deletionPolicy: 'Delete' },
      { defaults: { refreshInterval: '1h', creationPolicy: 'Owner' } }
    )
    expect(r.spec.refreshTime).toBe('30s')
    expect(field(r.spec, 'externalSecretSpec', 'refreshInterval')).toBe('1h')
    expect(field(r.spec, 'externalSecretSpec', 'target')).toEqual({ name: 'app-creds', creationPolicy: 'Owner', deletionPolicy: 'Delete' })
  })

  it('esoApiVersion v1beta1 changes only the apiVersion of every resource', () => {
    const v1 = renderRelease(normalizeRelease('f', { clustersecretstore: STORE, externalsecrets: [{ ...BASE, multivalue: true }] }))
    const beta = renderRelease(
      normalizeRelease('f', { esoApiVersion: 'v1beta1', clustersecretstore: STORE, externalsecrets: [{ ...BASE, multivalue: true }] })
    )
    expect(esoErrorsAll(beta)).toEqual([])
    expect(beta.map((r) => r.apiVersion)).toEqual(['external-secrets.io/v1beta1', 'external-secrets.io/v1beta1'])
    expect(beta.map((r) => ({ ...r, apiVersion: '' }))).toEqual(v1.map((r) => ({ ...r, apiVersion: '' })))
  })

  it('stores first sorted by name, then CES sorted by name, whatever the file order', () => {
    const values = {
      clustersecretstore: { ...STORE, name: 'zeta' },
      clustersecretstores: [{ ...STORE, name: 'alpha' }],
      externalsecrets: ['b', 'c', 'a'].map((secret) => ({ ...BASE, secret, clustersecstore: 'zeta', namespacesecretkeyname: 'k' }))
    }
    const names = renderRelease(normalizeRelease('f', values)).map((r) => `${r.kind}/${r.metadata.name}`)
    expect(names).toEqual([
      'ClusterSecretStore/alpha',
      'ClusterSecretStore/zeta',
      'ClusterExternalSecret/a',
      'ClusterExternalSecret/b',
      'ClusterExternalSecret/c'
    ])
  })
})
