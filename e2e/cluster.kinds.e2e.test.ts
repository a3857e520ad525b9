import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { applyAll, deleteAll, snapshot, waitConverged, withFakeProvider, type EsoResource, type Snapshot } from './harness/eso.js'
import { Kube, waitFor } from './harness/kube.js'
import { render, scratch, writeValues } from './harness/tool.js'

// Every kind of SPEC.md section 3, rendered by the tool, reconciled by the
// real ESO controller against its fake provider (the rendered Azure store is
// the only thing swapped), asserted on the Secrets that land in each namespace.

const kube = new Kube(inject('kube'))
const STORE = 'e2e-kinds-store'
const NS = { a: 'e2e-kinds-a', b: 'e2e-kinds-b', c: 'e2e-kinds-c', late: 'e2e-kinds-late', other: 'e2e-kinds-other' }
const SELECTED = { 'e2e-kinds': 'selected' }

const CA = '-----BEGIN CERTIFICATE-----\nMIIBca\n-----END CERTIFICATE-----\n'
const b64 = (s: string): string => Buffer.from(s).toString('base64')
// Remote values an Argo CD template must survive: quotes, backslashes, newlines.
const NASTY = 'a "quoted" \\back\\slash\nnew line\ttab'
const REMOTE = {
  'web-crt': '-----BEGIN CERTIFICATE-----\nMIIBweb\n-----END CERTIFICATE-----\n',
  'web-key': '-----BEGIN PRIVATE KEY-----\nMIIEkey\n-----END PRIVATE KEY-----\n',
  'registry-auth': '{"auths":{"registry.example.com":{"auth":"dXNlcjpwYXNz"}}}',
  'cluster-cert': JSON.stringify({
    clusterName: `prod ${NASTY}`,
    host: 'https://10.0.0.1:6443',
    caData: b64(CA),
    certData: b64('cert\n"x"'),
    keyData: `${b64('key')}\\"\n`
  }),
  'cluster-bearer': JSON.stringify({
    clusterName: 'staging',
    host: 'https://10.0.0.2:6443',
    caData: `${b64(CA)}"\\`,
    bearerToken: `tok${NASTY}`
  }),
  'repo-creds': JSON.stringify({ type: 'git', url: 'https://git.example.com/org', username: 'bot', password: `p${NASTY}` }),
  alerting: 'apiVersion: 1\ncontactPoints:\n  - orgId: 1\n    name: "on-call"\n',
  'app-config': JSON.stringify({ DB_HOST: 'db.local', DB_PORT: '5432', 'api.key': 'k"ey' }),
  'db-creds': JSON.stringify({ username: 'app', password: 'pa"ss\\word' }),
  plain: 'just a value\nwith a second line'
}

const VALUES = `clustersecretstore:
  name: ${STORE}
  providerType: azurekv
  azurekv:
    vaulturl: https://e2e-kinds.vault.azure.net
    tenantid: 00000000-0000-0000-0000-000000000001
    identityid: 00000000-0000-0000-0000-000000000002
externalsecrets:
  - secret: e2e-kinds-tls
    clustersecstore: ${STORE}
    namespace: ${NS.a}
    namespacesecretname: web-tls
    keyvaultsecretname: web
    type: kubernetes.io/tls
    namespacesecretkeynamecrt: tls.crt
    namespacesecretkeynamekey: tls.key
    labels: {team: web}
  - secret: e2e-kinds-custom
    clustersecstore: ${STORE}
    namespace: ${NS.a}
    namespacesecretname: registry
    keyvaultsecretname: registry-auth
    namespacesecretkeyname: .dockerconfigjson
    type: kubernetes.io/dockerconfigjson
  - secret: e2e-kinds-argocd-cert
    clustersecstore: ${STORE}
    namespace: ${NS.a}
    namespacesecretname: cluster-prod
    keyvaultsecretname: cluster-cert
    argocd: true
    labels: {env: prod}
  - secret: e2e-kinds-argocd-bearer
    clustersecstore: ${STORE}
    namespace: ${NS.a}
    namespacesecretname: cluster-staging
    keyvaultsecretname: cluster-bearer
    argocd: true
    argocdBearerToken: true
  - secret: e2e-kinds-repo-creds
    clustersecstore: ${STORE}
    namespace: ${NS.a}
    namespacesecretname: repo-org
    keyvaultsecretname: repo-creds
    argocdRepoCreds: true
    labels: {owner: platform}
  - secret: e2e-kinds-contact-point
    clustersecstore: ${STORE}
    namespace: ${NS.a}
    namespacesecretname: grafana-contact
    keyvaultsecretname: alerting
    contactpoint: true
    labels: {team: sre}
  - secret: e2e-kinds-multivalue
    clustersecstore: ${STORE}
    namespaceSelector:
      matchLabels: {e2e-kinds: selected}
    namespacesecretname: app-config
    keyvaultsecretname: app-config
    multivalue: true
    labels: {app: shop}
  - secret: e2e-kinds-property
    clustersecstore: ${STORE}
    namespaceSelector:
      matchLabels: {e2e-kinds: selected}
    namespacesecretname: db
    keyvaultsecretname: db-creds
    property: password
    namespacesecretkeyname: DB_PASSWORD
    labels: {app: shop}
  - secret: e2e-kinds-single
    clustersecstore: ${STORE}
    namespace: ${NS.b}
    namespacesecretname: plain
    keyvaultsecretname: plain
    namespacesecretkeyname: value
`

/** What ESO must create in a namespace a selector picks (multivalue + property). */
const SELECTOR_SECRETS = {
  'app-config': { type: 'Opaque', labels: { app: 'shop' }, data: { DB_HOST: 'db.local', DB_PORT: '5432', 'api.key': 'k"ey' } },
  db: { type: 'Opaque', labels: { app: 'shop' }, data: { DB_PASSWORD: 'pa"ss\\word' } }
}

let resources: EsoResource[] = []
let snap: Snapshot = {}

describe('every secret kind through the real ESO controller', () => {
  beforeAll(async () => {
    for (const ns of [NS.a, NS.c]) await kube.namespace(ns)
    await kube.namespace(NS.b, SELECTED)
    await kube.namespace(NS.late)
    await kube.namespace(NS.other, { 'e2e-kinds': 'not-selected' })
    const dir = scratch('kinds')
    const rendered = await render(dir, writeValues(dir, { 'values.yaml': VALUES }))
    resources = withFakeProvider(
      rendered,
      STORE,
      Object.entries(REMOTE).map(([key, value]) => ({ key, value }))
    )
    await applyAll(kube, resources)
    await kube.namespace(NS.c, SELECTED) // labelled after the apply, before ESO settles
    await waitConverged(kube, resources, Object.values(NS))
    snap = await snapshot(kube, Object.values(NS))
  })

  afterAll(async () => {
    await deleteAll(kube, resources)
  })

  it('renders one store and one ClusterExternalSecret per entry', () => {
    expect(resources.filter((r) => r.kind === 'ClusterSecretStore').map((r) => r.metadata.name)).toEqual([STORE])
    expect(resources.filter((r) => r.kind === 'ClusterExternalSecret')).toHaveLength(9)
  })

  it('TLS: kubernetes.io/tls with tls.crt and tls.key from R-crt and R-key', () => {
    expect(snap[NS.a]?.['web-tls']).toEqual({
      type: 'kubernetes.io/tls',
      labels: { team: 'web' },
      data: { 'tls.crt': REMOTE['web-crt'], 'tls.key': REMOTE['web-key'] }
    })
  })

  it('custom type: the given type, one key, the remote value as is', () => {
    expect(snap[NS.a]?.registry).toEqual({
      type: 'kubernetes.io/dockerconfigjson',
      labels: {},
      data: { '.dockerconfigjson': REMOTE['registry-auth'] }
    })
  })

  it('Argo CD cluster (client certificate): name, server and a config JSON that parses', () => {
    const s = snap[NS.a]?.['cluster-prod']
    const remote = JSON.parse(REMOTE['cluster-cert']) as Record<string, string>
    expect(s?.type).toBe('Opaque')
    expect(s?.labels).toEqual({ 'argocd.argoproj.io/secret-type': 'cluster', env: 'prod' })
    expect(Object.keys(s?.data ?? {}).sort()).toEqual(['config', 'name', 'server'])
    expect(s?.data.name).toBe(remote.clusterName)
    expect(s?.data.server).toBe(remote.host)
    expect(JSON.parse(s?.data.config ?? '')).toEqual({
      tlsClientConfig: { insecure: false, caData: remote.caData, certData: remote.certData, keyData: remote.keyData }
    })
  })

  it('Argo CD cluster (bearer token): config JSON with bearerToken and caData, quotes and newlines intact', () => {
    const s = snap[NS.a]?.['cluster-staging']
    const remote = JSON.parse(REMOTE['cluster-bearer']) as Record<string, string>
    expect(s?.labels).toEqual({ 'argocd.argoproj.io/secret-type': 'cluster' })
    expect(s?.data.name).toBe('staging')
    expect(s?.data.server).toBe(remote.host)
    const config = JSON.parse(s?.data.config ?? '') as { bearerToken: string; tlsClientConfig: { caData: string; insecure: boolean } }
    expect(config).toEqual({ bearerToken: remote.bearerToken, tlsClientConfig: { insecure: false, caData: remote.caData } })
    expect(config.bearerToken).toContain('"quoted"')
    expect(config.bearerToken).toContain('\n')
  })

  it('Argo CD repo creds: type, url, username, password with the repo-creds label', () => {
    expect(snap[NS.a]?.['repo-org']).toEqual({
      type: 'Opaque',
      labels: { 'argocd.argoproj.io/secret-type': 'repo-creds', owner: 'platform' },
      data: JSON.parse(REMOTE['repo-creds']) as Record<string, string>
    })
  })

  it('Grafana contact point: contactpoints.yaml with the grafana_alert label', () => {
    const s = snap[NS.a]?.['grafana-contact']
    expect(s?.data).toEqual({ 'contactpoints.yaml': REMOTE.alerting })
    expect(s?.labels).toMatchObject({ team: 'sre' })
    expect(Object.keys(s?.labels ?? {}).sort()).toEqual(['grafana_alert', 'team'])
  })

  it('single value: one key holding the remote secret', () => {
    expect(snap[NS.b]?.plain).toEqual({ type: 'Opaque', labels: {}, data: { value: REMOTE.plain } })
  })

  it('namespace selector: multivalue and property land in every selected namespace, including one labelled after the apply', () => {
    expect(snap[NS.b]).toEqual({ plain: snap[NS.b]?.plain, ...SELECTOR_SECRETS })
    expect(snap[NS.c]).toEqual(SELECTOR_SECRETS)
    expect(snap[NS.other]).toEqual({})
  })

  it('exactly the expected Secrets per namespace (nothing extra)', () => {
    expect(Object.keys(snap[NS.a] ?? {}).sort()).toEqual([
      'cluster-prod',
      'cluster-staging',
      'grafana-contact',
      'registry',
      'repo-org',
      'web-tls'
    ])
    expect(snap[NS.late]).toEqual({})
  })

  it('a namespace labelled later gets the selector Secrets; unlabelled, they go away', async () => {
    await kube.namespace(NS.late, SELECTED)
    await waitConverged(kube, resources, Object.values(NS))
    expect((await snapshot(kube, [NS.late]))[NS.late]).toEqual(SELECTOR_SECRETS)
    await kube.json(
      'PATCH',
      `/api/v1/namespaces/${NS.late}`,
      [{ op: 'remove', path: '/metadata/labels/e2e-kinds' }],
      'application/json-patch+json'
    )
    await waitFor(`selector Secrets gone from ${NS.late}`, 120_000, async () => {
      const s = await snapshot(kube, [NS.late])
      return Object.keys(s[NS.late] ?? {}).length === 0 ? true : undefined
    })
  })
})
