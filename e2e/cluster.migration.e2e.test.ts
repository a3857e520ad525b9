import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { deleteAll, ESO_LABEL_PREFIX, snapshot, waitConverged, withFakeProvider, type EsoResource, type Snapshot } from './harness/eso.js'
import { fakeProviderPostRenderer, Helm, seedChart } from './harness/helm.js'
import { Kube, objectPath, waitFor, type KubeObject, type SecretObject } from './harness/kube.js'
import { cli, render } from './harness/tool.js'

// docs/migration.md, step by step, against the real ESO controller and real
// Helm: the original chart (by path, never copied here) installs a release,
// the tool's rendered manifests take its resources over, the release is
// forgotten by Helm, and every Secret stays with its uid. Then the trap the
// guide warns about: `helm uninstall` deletes the Secrets, even when the live
// objects carry `helm.sh/resource-policy: keep`.

const kube = new Kube(inject('kube'))
const chart = seedChart()
if ('skip' in chart) process.stderr.write(`skipping the migration scenario: ${chart.skip}\n`)

const RELEASE = 'secrets-injector'
const RELEASE_NS = 'e2e-mig-helm'
const STORE = 'e2e-mig-store'
const NS = ['e2e-mig-a', 'e2e-mig-b']
const VALUES = `clustersecretstore:
  name: ${STORE}
  providerType: azurekv
  azurekv:
    vaulturl: https://e2e-mig.vault.azure.net
    identityid: 00000000-0000-0000-0000-000000000009
externalsecrets:
  - secret: e2e-mig-db
    clustersecstore: ${STORE}
    namespace: e2e-mig-a
    namespacesecretname: db
    keyvaultsecretname: mig-db
    namespacesecretkeyname: password
  - secret: e2e-mig-settings
    clustersecstore: ${STORE}
    namespace: e2e-mig-b
    namespacesecretname: settings
    keyvaultsecretname: mig-settings
    multivalue: true
  - secret: e2e-mig-tls
    clustersecstore: ${STORE}
    namespace: e2e-mig-b
    namespacesecretname: ingress-tls
    keyvaultsecretname: mig-tls
    type: kubernetes.io/tls
    namespacesecretkeynamecrt: tls.crt
    namespacesecretkeynamekey: tls.key
  - secret: e2e-mig-type
    clustersecstore: ${STORE}
    namespace: e2e-mig-a
    namespacesecretname: config
    keyvaultsecretname: mig-config
    namespacesecretkeyname: config.json
    type: example.com/config
  - secret: e2e-mig-contact
    clustersecstore: ${STORE}
    namespace: e2e-mig-a
    namespacesecretname: grafana-contact
    keyvaultsecretname: mig-contact
    contactpoint: true
  - secret: e2e-mig-argocd
    clustersecstore: ${STORE}
    namespace: e2e-mig-b
    namespacesecretname: cluster-prod
    keyvaultsecretname: mig-argocd
    argocd: true
`
const ARGOCD = { clusterName: 'prod', host: 'https://prod.k8s.internal', caData: 'Y2E=', certData: 'Y2VydA==', keyData: 'a2V5' }
const DATA = [
  { key: 'mig-db', value: 'db "password"\nline two' },
  { key: 'mig-settings', value: '{"user":"app","url":"https://db.internal:5432"}' },
  { key: 'mig-tls-crt', value: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' },
  { key: 'mig-tls-key', value: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n' },
  { key: 'mig-config', value: '{"feature": true}' },
  { key: 'mig-contact', value: 'apiVersion: 1\ncontactPoints: []\n' },
  { key: 'mig-argocd', value: JSON.stringify(ARGOCD) },
  { key: 'mig-naive', value: 'naive' }
]
const EXPECTED: Snapshot = {
  'e2e-mig-a': {
    db: { type: 'Opaque', labels: {}, data: { password: 'db "password"\nline two' } },
    config: { type: 'example.com/config', labels: {}, data: { 'config.json': '{"feature": true}' } },
    'grafana-contact': {
      type: 'Opaque',
      labels: { grafana_alert: 'true' },
      data: { 'contactpoints.yaml': 'apiVersion: 1\ncontactPoints: []\n' }
    }
  },
  'e2e-mig-b': {
    settings: { type: 'Opaque', labels: {}, data: { user: 'app', url: 'https://db.internal:5432' } },
    'ingress-tls': {
      type: 'kubernetes.io/tls',
      labels: {},
      data: { 'tls.crt': DATA[2]!.value, 'tls.key': DATA[3]!.value }
    },
    'cluster-prod': {
      type: 'Opaque',
      labels: { 'argocd.argoproj.io/secret-type': 'cluster' },
      data: {
        name: 'prod',
        server: 'https://prod.k8s.internal',
        config: '{"tlsClientConfig":{"insecure":false,"certData":"Y2VydA==","keyData":"a2V5","caData":"Y2E="}}'
      }
    }
  }
}
/** Drift of the ClusterExternalSecrets of values.yaml, as `secrets-injector status` reports it (docs/cluster.md). */
async function statusDrift(dir: string): Promise<Array<{ name: string; drift: string; managedBy: string | null }>> {
  const run = await cli(['status', '--kubeconfig', join(inject('clusterDir'), 'admin.kubeconfig'), '--format', 'json', 'values.yaml'], dir)
  if (run.code !== 0) throw new Error(`status failed (exit ${run.code}):\n${run.stderr}`)
  const json = JSON.parse(run.stdout) as {
    drift: { items: Array<{ kind: string; name: string; drift: string; managedBy: string | null }> }
  }
  return json.drift.items.filter((d) => d.kind === 'ClusterExternalSecret' && d.name.startsWith('e2e-mig-'))
}

const HELM_LABEL = 'app.kubernetes.io/managed-by'
const HELM_ANNOTATIONS = ['meta.helm.sh/release-name', 'meta.helm.sh/release-namespace']

/**
 * The snapshot with each Argo CD `config` parsed and written back with sorted
 * keys: the chart pastes that JSON together in its own key order, the tool
 * builds it with toJson (sorted keys), so the text differs while Argo CD
 * reads the same configuration.
 */
function argoConfigParsed(s: Snapshot): Snapshot {
  const sortKeys = (v: unknown): unknown =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])
        )
      : v
  return Object.fromEntries(
    Object.entries(s).map(([ns, secrets]) => [
      ns,
      Object.fromEntries(
        Object.entries(secrets).map(([name, view]) => {
          const config = view.labels['argocd.argoproj.io/secret-type'] === 'cluster' ? view.data['config'] : undefined
          if (config === undefined) return [name, view]
          return [name, { ...view, data: { ...view.data, config: JSON.stringify(sortKeys(JSON.parse(config))) } }]
        })
      )
    ])
  )
}

/** namespace/name -> uid of every ESO-managed Secret in the scenario's namespaces. */
async function uids(namespaces: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const ns of namespaces) {
    for (const s of await kube.secrets(ns)) {
      if (s.metadata.labels?.[`${ESO_LABEL_PREFIX}managed`] === undefined) continue
      out[`${ns}/${s.metadata.name}`] = String((s.metadata as { uid?: string }).uid)
    }
  }
  return out
}

function pathOf(r: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }): string {
  return objectPath(r.apiVersion, r.kind, r.metadata.name, r.metadata.namespace)
}

/** docs/migration.md step 2: `kind/name` of every object in a YAML stream, with the guide's awk program. */
function names(yamlText: string): string[] {
  const res = spawnSync('awk', ['/^kind:/ {kind = $2} /^  name:/ {print kind "/" $2}'], { input: yamlText, encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`awk failed: ${res.stderr}`)
  return res.stdout.trim().split('\n').sort()
}

/** `kubectl replace -f`: the whole object replaced (an update: same uid), fields the manifest lacks removed. */
async function replace(r: EsoResource): Promise<void> {
  const live = await kube.get(pathOf(r))
  if (live === null) throw new Error(`${r.kind} ${r.metadata.name} does not exist: nothing to take over`)
  const resourceVersion = (live.metadata as { resourceVersion?: string }).resourceVersion
  await kube.json('PUT', pathOf(r), { ...r, metadata: { ...r.metadata, resourceVersion } })
}

describe.skipIf('skip' in chart)('migration from the Helm chart (docs/migration.md)', () => {
  let helm: Helm
  let dir = ''
  let before: Record<string, string> = {}
  let rendered: EsoResource[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'si-e2e-migration-'))
    helm = Helm.build(join(inject('clusterDir'), 'admin.kubeconfig'), join(dir, 'helm'))
    writeFileSync(join(dir, 'values.yaml'), VALUES)
    for (const ns of [...NS, 'e2e-mig-c']) await kube.namespace(ns)
  }, 900_000)

  afterAll(async () => {
    await deleteAll(kube, rendered)
  })

  it('the chart release makes the Secrets (helm install)', async () => {
    const path = 'path' in chart ? chart.path : ''
    helm.ok([
      'install',
      RELEASE,
      path,
      '--namespace',
      RELEASE_NS,
      '--create-namespace',
      '--values',
      join(dir, 'values.yaml'),
      '--post-renderer',
      fakeProviderPostRenderer(dir, DATA)
    ])
    const ces = await kube.get(objectPath('external-secrets.io/v1beta1', 'ClusterExternalSecret', 'e2e-mig-db'))
    expect(ces?.metadata.labels?.[HELM_LABEL]).toBe('Helm')
    expect(ces?.metadata.annotations?.['meta.helm.sh/release-name']).toBe(RELEASE)
    await waitFor('the chart release Secrets', 120_000, async () =>
      isDeepStrictEqual(await snapshot(kube, NS), EXPECTED) ? true : undefined
    )
    expect(await snapshot(kube, NS)).toEqual(EXPECTED)
    before = await uids(NS)
    expect(Object.keys(before)).toHaveLength(6)
    // The guide's check: before the take-over, `status` reports every ClusterExternalSecret as applied by Helm.
    const cesDrift = await statusDrift(dir)
    expect(cesDrift.map((d) => `${d.drift} ${d.managedBy ?? ''}`)).toEqual(cesDrift.map(() => 'unmarked Helm'))
    expect(cesDrift).toHaveLength(6)
  })

  it('the rendered manifests take the resources over (kubectl replace), with the same names', async () => {
    // Step 1 of the guide: the tool renders the release's own values; every name must already exist.
    rendered = withFakeProvider(await render(dir, ['values.yaml']), STORE, DATA)
    // Step 2: the guide's name lists, with its awk program.
    const chartNames = names(helm.ok(['get', 'manifest', RELEASE, '--namespace', RELEASE_NS]))
    const toolNames = names((await cli(['render', 'values.yaml'], dir)).stdout)
    expect(chartNames).toHaveLength(7)
    expect(toolNames).toEqual(chartNames)
    expect(rendered.map((r) => `${r.kind}/${r.metadata.name}`).sort()).toEqual(chartNames)

    for (const r of [...rendered].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'ClusterSecretStore' ? -1 : 1))) {
      await replace(r)
    }
    await waitConverged(kube, rendered, NS)
    for (const r of rendered) {
      const live = await kube.get(pathOf(r))
      expect(live?.apiVersion).toBe('external-secrets.io/v1')
      // Replaced, not merged: nothing of the chart's objects is left over, and the label is the tool's marking.
      expect(live?.metadata.labels?.[HELM_LABEL]).toBe('secrets-injector')
      for (const a of HELM_ANNOTATIONS) expect(live?.metadata.annotations ?? {}).not.toHaveProperty(a)
      if (r.kind === 'ClusterExternalSecret') expect(live?.spec).not.toHaveProperty('namespaceSelector')
    }
    // And after it, none (the stores' providers are swapped for ESO's fake one here, so only CES drift is asked).
    expect(await statusDrift(dir)).toEqual([])
    const tlsEs = await kube.get<KubeObject & { spec: { target: { template?: { data?: unknown } } } }>(
      objectPath('external-secrets.io/v1', 'ExternalSecret', 'e2e-mig-tls', 'e2e-mig-b')
    )
    expect(tlsEs?.spec.target.template?.data).toBeUndefined()
    // Same keys, values, types and labels; only the text of the Argo CD config JSON is rebuilt.
    expect(argoConfigParsed(await snapshot(kube, NS))).toEqual(argoConfigParsed(EXPECTED))
    expect(await uids(NS)).toEqual(before)
  })

  it('helm forgets the release (its records deleted), and nothing in the cluster is deleted', async () => {
    const records = await kube.list<SecretObject>(`/api/v1/namespaces/${RELEASE_NS}/secrets?labelSelector=owner%3Dhelm%2Cname%3D${RELEASE}`)
    expect(records.length).toBeGreaterThan(0)
    for (const r of records) await kube.delete(`/api/v1/namespaces/${RELEASE_NS}/secrets/${r.metadata.name}`)
    const status = helm.run(['status', RELEASE, '--namespace', RELEASE_NS])
    expect(status.status).not.toBe(0)
    expect(status.stderr).toMatch(/release: not found/)
    expect(helm.ok(['list', '--all-namespaces', '--short'])).not.toContain(RELEASE)

    // Long enough for the ClusterExternalSecret controller to look again (refreshTime 1m in the tool's manifests).
    const until = Date.now() + 70_000
    while (Date.now() < until) {
      expect(await uids(NS)).toEqual(before)
      await new Promise((r) => setTimeout(r, 5_000))
    }
    await waitConverged(kube, rendered, NS)
    expect(argoConfigParsed(await snapshot(kube, NS))).toEqual(argoConfigParsed(EXPECTED))
    expect(await uids(NS)).toEqual(before)
  }, 300_000)

  it('the trap: helm uninstall deletes the Secrets, even with helm.sh/resource-policy: keep on the live objects', async () => {
    const naive = `clustersecretstore:
  name: e2e-mig-naive-store
  providerType: azurekv
  azurekv:
    vaulturl: https://e2e-mig.vault.azure.net
    identityid: 00000000-0000-0000-0000-000000000009
externalsecrets:
  - secret: e2e-mig-naive
    clustersecstore: e2e-mig-naive-store
    namespace: e2e-mig-c
    namespacesecretname: naive
    keyvaultsecretname: mig-naive
    namespacesecretkeyname: value
`
    writeFileSync(join(dir, 'naive.yaml'), naive)
    const args = ['--namespace', RELEASE_NS]
    const post = fakeProviderPostRenderer(dir, DATA)
    helm.ok(['install', 'naive', 'path' in chart ? chart.path : '', ...args, '--values', join(dir, 'naive.yaml'), '--post-renderer', post])
    await waitFor('the naive release Secret', 120_000, async () => ((await uids(['e2e-mig-c']))['e2e-mig-c/naive'] ? true : undefined))
    // What does not help: the policy on the live objects. Helm reads it from the stored release manifest.
    for (const [kind, name] of [
      ['ClusterExternalSecret', 'e2e-mig-naive'],
      ['ClusterSecretStore', 'e2e-mig-naive-store']
    ] as const) {
      await kube.json(
        'PATCH',
        objectPath('external-secrets.io/v1', kind, name),
        { metadata: { annotations: { 'helm.sh/resource-policy': 'keep' } } },
        'application/merge-patch+json'
      )
    }
    const out = helm.ok(['uninstall', 'naive', ...args])
    expect(out).not.toMatch(/kept due to the resource policy/)
    await waitFor('the naive release Secret deleted by ESO and the garbage collector', 120_000, async () =>
      (await uids(['e2e-mig-c']))['e2e-mig-c/naive'] === undefined ? true : undefined
    )
    expect(await kube.get(objectPath('external-secrets.io/v1', 'ClusterExternalSecret', 'e2e-mig-naive'))).toBeNull()
  })
})
