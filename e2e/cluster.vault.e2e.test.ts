import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { applyAll, deleteAll, snapshot, waitConverged, waitStoreReady, type EsoResource, type Snapshot } from './harness/eso.js'
import { Kube } from './harness/kube.js'
import { cli, render, scratch, writeValues } from './harness/tool.js'
import { FakeVault } from './harness/vault.js'

// The rendered Vault store, unchanged, against a local server that answers
// the calls ESO's vault provider makes (token lookup-self, KV v2 reads): the
// real provider code path, from token Secret to Kubernetes Secret.

const kube = new Kube(inject('kube'))
const STORE = 'e2e-vault-store'
const AUTH_NS = 'e2e-vault-auth'
const NS = ['e2e-vault-a', 'e2e-vault-b']
const TOKEN = 'hvs.e2e-token'
const vault = new FakeVault(TOKEN)

const CLUSTER = { clusterName: 'prod "eu"', host: 'https://10.1.0.1:6443', caData: 'Q0E=\n"\\', bearerToken: 'tok"en\\\nline2' }
const APP = { LOG_LEVEL: 'debug', FEATURE: 'on' }
const DB = { username: 'app', password: 'p@ss"word' }
const PLAIN = { value: 'plain-value' }

function values(server: string): string {
  return `clustersecretstore:
  name: ${STORE}
  providerType: vault
  vault:
    server: ${server}
    path: secret
    version: v2
    auth: {tokenName: vault-token, tokenNamespace: ${AUTH_NS}, tokenKey: token}
externalsecrets:
  - secret: e2e-vault-property
    clustersecstore: ${STORE}
    namespace: ${NS[0]}
    namespacesecretname: db
    keyvaultsecretname: apps/db
    property: password
    namespacesecretkeyname: DB_PASSWORD
    labels: {app: shop}
  - secret: e2e-vault-multivalue
    clustersecstore: ${STORE}
    namespaceSelector: {matchLabels: {e2e-vault: "yes"}}
    namespacesecretname: app
    keyvaultsecretname: apps/config
    multivalue: true
  - secret: e2e-vault-argocd
    clustersecstore: ${STORE}
    namespace: ${NS[1]}
    namespacesecretname: cluster-prod
    keyvaultsecretname: clusters/prod
    argocd: true
    argocdBearerToken: true
  - secret: e2e-vault-single
    clustersecstore: ${STORE}
    namespace: ${NS[1]}
    namespacesecretname: plain
    keyvaultsecretname: plain
    namespacesecretkeyname: value
`
}

let resources: EsoResource[] = []
let snap: Snapshot = {}
let renderWarnings = ''

describe('Vault store (KV v2, token auth) against a local Vault API', () => {
  beforeAll(async () => {
    await vault.start()
    vault.put('secret', 'apps/db', DB)
    vault.put('secret', 'apps/config', APP)
    vault.put('secret', 'clusters/prod', CLUSTER)
    vault.put('secret', 'plain', PLAIN)
    await kube.namespace(AUTH_NS)
    await kube.namespace(NS[0]!, { 'e2e-vault': 'yes' })
    await kube.namespace(NS[1]!, { 'e2e-vault': 'yes' })
    await kube.apply({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'vault-token', namespace: AUTH_NS },
      stringData: { token: TOKEN }
    })
    const dir = scratch('vault')
    const files = writeValues(dir, { 'values.yaml': values(vault.url) })
    const lint = await cli(['lint', ...files], dir)
    renderWarnings = lint.stdout + lint.stderr
    resources = await render(dir, files)
    await applyAll(kube, resources)
    await waitStoreReady(kube, STORE)
    await waitConverged(kube, resources, NS)
    snap = await snapshot(kube, NS)
  })

  afterAll(async () => {
    await deleteAll(kube, resources)
    await vault.stop()
  })

  it('the store is applied as rendered, pointing at the local server', () => {
    const store = resources.find((r) => r.kind === 'ClusterSecretStore')
    expect(store?.spec).toMatchObject({ provider: { vault: { server: vault.url, path: 'secret', version: 'v2' } } })
    expect(renderWarnings).toContain('insecure-url') // plain http is a warning, not an error
  })

  it("ESO's vault client looked up its token and read KV v2 paths with it", () => {
    expect(vault.calls.some((c) => c.path === '/v1/auth/token/lookup-self')).toBe(true)
    const reads = new Set(vault.calls.filter((c) => c.path.startsWith('/v1/secret/data/')).map((c) => c.path))
    expect([...reads].sort()).toEqual([
      '/v1/secret/data/apps/config',
      '/v1/secret/data/apps/db',
      '/v1/secret/data/clusters/prod',
      '/v1/secret/data/plain'
    ])
    expect(vault.calls.every((c) => c.token === TOKEN)).toBe(true)
  })

  it('property: one key from a property of the KV secret, with labels', () => {
    expect(snap[NS[0]!]?.db).toEqual({ type: 'Opaque', labels: { app: 'shop' }, data: { DB_PASSWORD: DB.password } })
  })

  it('multivalue through a selector: every key of the KV secret in each selected namespace', () => {
    for (const ns of NS) expect(snap[ns]?.app).toEqual({ type: 'Opaque', labels: {}, data: APP })
  })

  it('Argo CD bearer cluster: config JSON parses and keeps quotes, backslashes and newlines', () => {
    const s = snap[NS[1]!]?.['cluster-prod']
    expect(s?.labels).toEqual({ 'argocd.argoproj.io/secret-type': 'cluster' })
    expect(s?.data.name).toBe(CLUSTER.clusterName)
    expect(s?.data.server).toBe(CLUSTER.host)
    expect(JSON.parse(s?.data.config ?? '')).toEqual({
      bearerToken: CLUSTER.bearerToken,
      tlsClientConfig: { insecure: false, caData: CLUSTER.caData }
    })
  })

  it('single value from Vault: ESO stores the whole KV map as JSON (Vault secrets are maps, not strings)', () => {
    expect(snap[NS[1]!]?.plain).toEqual({ type: 'Opaque', labels: {}, data: { value: JSON.stringify(PLAIN) } })
  })

  it('nothing else in the namespaces', () => {
    expect(Object.keys(snap[NS[0]!] ?? {}).sort()).toEqual(['app', 'db'])
    expect(Object.keys(snap[NS[1]!] ?? {}).sort()).toEqual(['app', 'cluster-prod', 'plain'])
  })
})
