import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { parse } from 'yaml'
import { serviceAccountToken, writeTokenKubeconfig, type ClusterRoleObject } from './harness/access.js'
import { freePort } from './harness/cluster.js'
import { applyAll, deleteAll, waitStoreReady, type EsoResource } from './harness/eso.js'
import { Kube, objectPath, waitFor } from './harness/kube.js'
import { cli, render, scratch, writeValues } from './harness/tool.js'
import { FakeVault } from './harness/vault.js'
import { Helm, seedChart } from './harness/helm.js'

// The cluster-aware review against the real API server and ESO controller:
// live namespaces for selectors, the current status of each Secret (a
// failing one among them), drift (a hand edit, a removed entry still
// applied), the least-privilege ClusterRole, and a cluster that cannot be
// read. The store is the rendered Vault store, unchanged, against a local
// Vault API, so what is applied is exactly the render.

const conn = inject('kube')
const kube = new Kube(conn)
const STORE = 'e2e-st-store'
const AUTH_NS = 'e2e-st-auth'
const A = 'e2e-st-a'
const B = 'e2e-st-b'
const C = 'e2e-st-c'
const TOKEN = 'hvs.e2e-status-token'
const vault = new FakeVault(TOKEN)
const ROLE_FILE = join(import.meta.dirname, '..', 'docs', 'cluster-role.yaml')

interface Entry {
  ces: string
  ns?: string
  tier?: string
  secret: string
  remote: string
  property?: string
  multivalue?: boolean
}

const WEB: Entry = { ces: 'e2e-st-web', tier: 'web', secret: 'web-config', remote: 'apps/web', multivalue: true }
const DB: Entry = { ces: 'e2e-st-db', ns: C, secret: 'db', remote: 'apps/db', property: 'password' }
const BROKEN: Entry = { ces: 'e2e-st-broken', ns: A, secret: 'broken', remote: 'apps/missing', property: 'password' }
const GONE: Entry = { ces: 'e2e-st-gone', ns: B, secret: 'gone', remote: 'apps/db', property: 'user' }

function values(server: string, entries: Entry[]): string {
  const lines = [
    'clustersecretstore:',
    `  name: ${STORE}`,
    '  providerType: vault',
    '  vault:',
    `    server: ${server}`,
    '    path: secret',
    '    version: v2',
    `    auth: {tokenName: vault-token, tokenNamespace: ${AUTH_NS}, tokenKey: token}`,
    'externalsecrets:'
  ]
  for (const e of entries) {
    lines.push(`  - secret: ${e.ces}`, `    clustersecstore: ${STORE}`)
    if (e.ns !== undefined) lines.push(`    namespace: ${e.ns}`)
    if (e.tier !== undefined) lines.push(`    namespaceSelector: {matchLabels: {e2e-st-tier: ${e.tier}}}`)
    lines.push(`    namespacesecretname: ${e.secret}`, `    keyvaultsecretname: ${e.remote}`)
    if (e.property !== undefined) lines.push(`    property: ${e.property}`)
    if (e.multivalue) lines.push('    multivalue: true')
    else lines.push('    namespacesecretkeyname: value')
  }
  return lines.join('\n') + '\n'
}

interface StatusJson {
  version: number
  context: string
  reachable: boolean
  inventory: string
  counts: Record<string, number>
  stores: Array<{ name: string; state: string }>
  clusterExternalSecrets: Array<{
    name: string
    inCluster: boolean | null
    secrets: Array<{ namespace: string; name: string; state: string; reason: string | null; message: string | null }>
  }>
  drift: { items: Array<{ kind: string; name: string; drift: string; fields: string[] }>; notChecked: string[] }
  notices: string[]
}

interface DiffJson {
  secrets: Array<{ namespace: string | null; name: string; change: string }>
  cluster?: {
    context: string
    reachable: boolean
    inventory: string
    fileWon: boolean
    secrets: Array<{ namespace: string; name: string; change: string; state: string; reason: string | null; message: string | null }>
    failingElsewhere: Array<{ namespace: string; name: string; state: string }>
    drift: { items: Array<{ kind: string; name: string; drift: string; fields: string[] }>; notChecked: string[] } | null
    notices: string[]
  }
}

/** Only this file's resources: other e2e files may leave theirs while they run. */
const mine = <T extends { name: string }>(items: T[]): T[] => items.filter((i) => i.name.startsWith('e2e-st-'))

let dir = ''
let admin = ''
let base: EsoResource[] = []

async function status(
  kubeconfig: string,
  files: string[],
  extra: string[] = []
): Promise<{ code: number; json: StatusJson; stderr: string }> {
  const run = await cli(['status', '--kubeconfig', kubeconfig, '--format', 'json', ...extra, ...files], dir)
  return { code: run.code, json: JSON.parse(run.stdout) as StatusJson, stderr: run.stderr }
}

async function esReady(ns: string, name: string): Promise<{ status: string; reason: string } | undefined> {
  const es = await kube.get(objectPath('external-secrets.io/v1', 'ExternalSecret', name, ns))
  const conds = (es?.status as { conditions?: Array<{ type: string; status: string; reason?: string }> } | undefined)?.conditions
  const r = conds?.find((c) => c.type === 'Ready')
  return r === undefined ? undefined : { status: r.status, reason: r.reason ?? '' }
}

beforeAll(async () => {
  await vault.start()
  vault.put('secret', 'apps/web', { LOG_LEVEL: 'debug' })
  vault.put('secret', 'apps/db', { user: 'app', password: 'pw' })
  await kube.namespace(AUTH_NS)
  await kube.namespace(A, { 'e2e-st-tier': 'web' })
  await kube.namespace(B, { 'e2e-st-tier': 'web' })
  await kube.namespace(C, { 'e2e-st-tier': 'db' })
  await kube.apply({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'vault-token', namespace: AUTH_NS },
    stringData: { token: TOKEN }
  })
  dir = scratch('status')
  admin = writeTokenKubeconfig(dir, 'admin.kubeconfig', conn, conn.token)
  writeValues(dir, {
    'base.yaml': values(vault.url, [WEB, DB, BROKEN, GONE]),
    'without-gone.yaml': values(vault.url, [WEB, DB, BROKEN]),
    'selector-moved.yaml': values(vault.url, [{ ...WEB, tier: 'db' }, DB, BROKEN, GONE]),
    'broken-fixed.yaml': values(vault.url, [WEB, DB, { ...BROKEN, remote: 'apps/db' }, GONE])
  })
  base = await render(dir, ['base.yaml'])
  await applyAll(kube, base)
  await waitStoreReady(kube, STORE)
  await waitFor('the ExternalSecrets to settle (one failing)', 180_000, async () => {
    const states = await Promise.all([
      esReady(A, WEB.ces),
      esReady(B, WEB.ces),
      esReady(C, DB.ces),
      esReady(B, GONE.ces),
      esReady(A, BROKEN.ces)
    ])
    const ok = states.slice(0, 4).every((s) => s?.status === 'True')
    return ok && states[4]?.status === 'False' && states[4].reason === 'SecretSyncedError' ? true : undefined
  })
})

afterAll(async () => {
  await deleteAll(kube, base)
  await vault.stop()
})

describe('status: the values as the cluster sees them', () => {
  it('an untouched apply: every Secret ready but the failing one, which says why; no drift', async () => {
    const { code, json } = await status(admin, ['base.yaml'])
    expect(code).toBe(0)
    expect(json.version).toBe(1)
    expect(json.reachable).toBe(true)
    expect(json.inventory).toBe('cluster')
    expect(json.stores).toEqual([expect.objectContaining({ name: STORE, state: 'ready' })])
    const secrets = json.clusterExternalSecrets.flatMap((c) => c.secrets.map((s) => [`${s.namespace}/${s.name}`, s.state]))
    expect(secrets).toEqual([
      [`${A}/broken`, 'failing'],
      [`${C}/db`, 'ready'],
      [`${B}/gone`, 'ready'],
      [`${A}/web-config`, 'ready'],
      [`${B}/web-config`, 'ready']
    ])
    const broken = json.clusterExternalSecrets.find((c) => c.name === BROKEN.ces)?.secrets[0]
    expect(broken?.reason).toBe('SecretSyncedError')
    expect(broken?.message).toMatch(/\S/)
    expect(mine(json.drift.items)).toEqual([])
    expect(json.drift.notChecked).toEqual([])
    expect(json.notices).toEqual([])
  })

  it('the text output names the failing Secret and its reason', async () => {
    const run = await cli(['status', '--kubeconfig', admin, 'base.yaml'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`failing +${A}: SecretSyncedError: \\S`))
    expect(run.stdout).toContain('Secrets: 4 ready, 1 failing')
  })

  it('a removed entry still in the cluster is drift: marked as this tool\u2019s, in no values file', async () => {
    const { json } = await status(admin, ['without-gone.yaml'])
    expect(mine(json.drift.items)).toEqual([
      { kind: 'ClusterExternalSecret', name: GONE.ces, drift: 'not-in-values', fields: [], managedBy: null }
    ])
  })

  it('a hand-edited ClusterExternalSecret is drift, naming the fields; re-applying the render clears it', async () => {
    const path = objectPath('external-secrets.io/v1', 'ClusterExternalSecret', DB.ces)
    await kube.json(
      'PATCH',
      path,
      { spec: { refreshTime: '10m', externalSecretSpec: { refreshInterval: '1h' } } },
      'application/merge-patch+json'
    )
    const { json } = await status(admin, ['base.yaml'])
    expect(mine(json.drift.items)).toEqual([
      {
        kind: 'ClusterExternalSecret',
        name: DB.ces,
        drift: 'edited',
        fields: ['spec.refreshTime', 'spec.externalSecretSpec.refreshInterval'],
        managedBy: null
      }
    ])
    const ces = base.find((r) => r.metadata.name === DB.ces)
    if (ces === undefined) throw new Error('DB entry not rendered')
    await kube.apply(ces)
    expect(mine((await status(admin, ['base.yaml'])).json.drift.items)).toEqual([])
  })

  it('a resource of the values that is not in the cluster is drift, and its Secret is not created', async () => {
    writeValues(dir, { 'extra.yaml': values(vault.url, [WEB, DB, BROKEN, GONE, { ...DB, ces: 'e2e-st-never', secret: 'never' }]) })
    const { json } = await status(admin, ['extra.yaml'])
    expect(mine(json.drift.items)).toEqual([
      { kind: 'ClusterExternalSecret', name: 'e2e-st-never', drift: 'missing', fields: [], managedBy: null }
    ])
    const never = json.clusterExternalSecrets.find((c) => c.name === 'e2e-st-never')
    expect(never?.inCluster).toBe(false)
    expect(never?.secrets).toEqual([expect.objectContaining({ namespace: C, name: 'never', state: 'not-created' })])
  })
})

describe('diff with a cluster', () => {
  it('a selector change: the cluster\u2019s namespaces give the same diff as a namespaces file of them', async () => {
    // What `kubectl get namespaces -o json` prints, fetched the same way.
    writeValues(dir, { 'namespaces.json': (await kube.raw('GET', '/api/v1/namespaces')).body })
    const live = await cli(['diff', '--format', 'json', '--base', 'base.yaml', '--head', 'selector-moved.yaml', '--kubeconfig', admin], dir)
    expect(live.code).toBe(0)
    const fromFile = await cli(
      ['diff', '--format', 'json', '--base', 'base.yaml', '--head', 'selector-moved.yaml', '--namespaces-file', 'namespaces.json'],
      dir
    )
    const liveJson = JSON.parse(live.stdout) as DiffJson
    const fileJson = JSON.parse(fromFile.stdout) as DiffJson
    expect(liveJson.secrets).toEqual(fileJson.secrets)
    expect(liveJson.secrets.map((s) => [s.namespace, s.name, s.change])).toEqual([
      [A, 'web-config', 'removed'],
      [B, 'web-config', 'removed'],
      [C, 'web-config', 'added']
    ])
    expect(liveJson.cluster?.inventory).toBe('cluster')
    expect(liveJson.cluster?.fileWon).toBe(false)
    // What the cluster says now about each: the two to be removed are ready, the added one is not there yet.
    expect(liveJson.cluster?.secrets.map((s) => [s.namespace, s.name, s.state])).toEqual([
      [A, 'web-config', 'ready'],
      [B, 'web-config', 'ready'],
      [C, 'web-config', 'not-created']
    ])
    expect(liveJson.cluster?.failingElsewhere.map((s) => `${s.namespace}/${s.name}`)).toEqual([`${A}/broken`])
  })

  it('both a namespaces file and a cluster: the file wins, and the output says so', async () => {
    writeValues(dir, { 'only-c.yaml': `- name: ${C}\n  labels: {e2e-st-tier: db}\n` })
    const both = ['--base', 'base.yaml', '--head', 'selector-moved.yaml', '--namespaces-file', 'only-c.yaml', '--kubeconfig', admin]
    const json = JSON.parse((await cli(['diff', '--format', 'json', ...both], dir)).stdout) as DiffJson
    expect(json.cluster?.inventory).toBe('file')
    expect(json.cluster?.fileWon).toBe(true)
    // The file knows only e2e-st-c, so the removals in a and b are not predicted: the file really was used.
    expect(json.secrets.map((s) => [s.namespace, s.name, s.change])).toEqual([[C, 'web-config', 'added']])
    const md = await cli(['diff', ...both], dir)
    expect(md.stdout).toContain('expanded with the namespaces file, which wins')
  })

  it('a failing Secret the change touches is shown as failing today, with the controller\u2019s reason', async () => {
    const run = await cli(['diff', '--base', 'base.yaml', '--head', 'broken-fixed.yaml', '--kubeconfig', admin], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('This change alters 1 Secret that is failing today.')
    expect(run.stdout).toMatch(new RegExp(`❌ \`${A}/broken\` \\(changed\\): failing: SecretSyncedError: \\S`))
    const json = JSON.parse(
      (await cli(['diff', '--format', 'json', '--base', 'base.yaml', '--head', 'broken-fixed.yaml', '--kubeconfig', admin], dir)).stdout
    ) as DiffJson
    expect(json.cluster?.secrets).toEqual([expect.objectContaining({ namespace: A, name: 'broken', change: 'changed', state: 'failing' })])
    expect(json.cluster?.failingElsewhere).toEqual([])
  })

  it('drift is judged against the base: an entry removed from the base but still applied is reported', async () => {
    const run = await cli(
      ['diff', '--format', 'json', '--base', 'without-gone.yaml', '--head', 'without-gone.yaml', '--kubeconfig', admin],
      dir
    )
    const json = JSON.parse(run.stdout) as DiffJson
    expect(mine(json.cluster?.drift?.items ?? [])).toEqual([
      { kind: 'ClusterExternalSecret', name: GONE.ces, drift: 'not-in-values', fields: [], managedBy: null }
    ])
    const md = await cli(['diff', '--base', 'without-gone.yaml', '--head', 'without-gone.yaml', '--kubeconfig', admin], dir)
    expect(md.stdout).toContain('### Drift (cluster vs. the base branch)')
    expect(md.stdout).toContain(
      `ClusterExternalSecret \`${GONE.ces}\` is in the cluster, marked as managed by this tool, but in no values file`
    )
  })
})

describe('least privilege: the ClusterRole of docs/cluster-role.yaml', () => {
  const role = parse(readFileSync(ROLE_FILE, 'utf8')) as ClusterRoleObject

  it('is enough: a token bound to it reads everything the admin reads', async () => {
    await kube.apply(role)
    const token = await serviceAccountToken(kube, 'e2e-st-rbac', 'reader', role.metadata.name)
    const reader = writeTokenKubeconfig(dir, 'reader.kubeconfig', conn, token)
    await waitFor('the binding to take effect', 30_000, async () =>
      (await kube.raw('GET', '/api/v1/namespaces')).status === 200 ? true : undefined
    )
    const asAdmin = await status(admin, ['base.yaml'])
    const asReader = await waitFor('the reader to see everything', 30_000, async () => {
      const r = await status(reader, ['base.yaml'])
      return r.json.notices.length === 0 ? r : undefined
    })
    expect(asReader.code).toBe(0)
    expect(asReader.json).toEqual(asAdmin.json)
  })

  it('and nothing more: no Secret, no single get, no write', async () => {
    const token = await serviceAccountToken(kube, 'e2e-st-rbac', 'reader', role.metadata.name)
    const asReader = new Kube({ ...conn, token })
    expect((await asReader.raw('GET', '/api/v1/secrets')).status).toBe(403)
    expect((await asReader.raw('GET', `/api/v1/namespaces/${C}/secrets/db`)).status).toBe(403)
    expect((await asReader.raw('GET', objectPath('external-secrets.io/v1', 'ClusterExternalSecret', DB.ces))).status).toBe(403)
    const patch = await asReader.raw(
      'PATCH',
      objectPath('external-secrets.io/v1', 'ClusterExternalSecret', DB.ces),
      JSON.stringify({ metadata: { labels: { x: 'y' } } }),
      'application/merge-patch+json'
    )
    expect(patch.status).toBe(403)
  })

  const rules = [
    { resource: 'namespaces', permission: 'list namespaces' },
    { resource: 'clustersecretstores', permission: 'list clustersecretstores.external-secrets.io' },
    { resource: 'clusterexternalsecrets', permission: 'list clusterexternalsecrets.external-secrets.io' },
    { resource: 'externalsecrets', permission: 'list externalsecrets.external-secrets.io' }
  ]
  for (const { resource, permission } of rules) {
    it(`without ${resource}: one notice naming "${permission}", the rest still read`, async () => {
      const name = `e2e-st-no-${resource}`
      const narrowed: ClusterRoleObject = {
        ...role,
        metadata: { name },
        rules: role.rules
          .map((r) => ({ ...r, resources: (r.resources ?? []).filter((x) => x !== resource) }))
          .filter((r) => r.resources.length > 0)
      }
      await kube.apply(narrowed)
      const token = await serviceAccountToken(kube, 'e2e-st-rbac', `no-${resource}`, name)
      const kc = writeTokenKubeconfig(dir, `no-${resource}.kubeconfig`, conn, token)
      const res = await waitFor('the binding to take effect', 30_000, async () => {
        const r = await status(kc, ['base.yaml'])
        return r.json.notices.length === 1 ? r : undefined
      })
      expect(res.code).toBe(0)
      expect(res.json.reachable).toBe(true)
      expect(res.json.notices[0]).toContain(permission)
      expect(res.stderr).toContain(permission)
      if (resource === 'namespaces') expect(res.json.inventory).toBe('none')
      if (resource === 'clusterexternalsecrets') expect(res.json.drift.notChecked).toEqual(['ClusterExternalSecret'])
      if (resource === 'externalsecrets') expect(res.json.counts.unknown).toBe(5)
      else expect(res.json.counts.failing).toBe(1)
      await kube.delete(`/apis/rbac.authorization.k8s.io/v1/clusterroles/${name}`)
    })
  }
})

describe('a cluster that cannot be read is one notice, never a failure of the review', () => {
  it('a closed port: status exits 3 with the reason; diff goes on without the cluster', async () => {
    const port = await freePort()
    const kc = writeTokenKubeconfig(dir, 'closed.kubeconfig', conn, conn.token, `https://127.0.0.1:${port}`)
    const st = await cli(['status', '--kubeconfig', kc, 'base.yaml'], dir)
    expect(st.code).toBe(3)
    expect(st.stderr).toMatch(/Cluster not read \(context "e2e"\): list namespaces failed: connection refused\./)
    const diff = await cli(['diff', '--base', 'base.yaml', '--head', 'broken-fixed.yaml', '--kubeconfig', kc], dir)
    expect(diff.code).toBe(0)
    expect(diff.stderr).toContain('connection refused')
    expect(diff.stdout).toContain('This review is made without the cluster.')
    const without = await cli(['diff', '--base', 'base.yaml', '--head', 'broken-fixed.yaml'], dir)
    // The same report, plus the one "Cluster now" section that says the cluster was not read.
    const section = /### Cluster now \(context [^\n]*\)\n\n> ⚠️ [^\n]*\n\nThis review is made without the cluster\.\n\n/
    expect(diff.stdout).toMatch(section)
    expect(diff.stdout.replace(section, '')).toBe(without.stdout)
  })

  it('a token the server does not know: refused credentials, said once', async () => {
    const kc = writeTokenKubeconfig(dir, 'bad-token.kubeconfig', conn, 'not-a-valid-token')
    const st = await status(kc, ['base.yaml'])
    expect(st.code).toBe(3)
    expect(st.json.notices).toEqual([expect.stringContaining('refused the credentials (HTTP 401)')])
    expect(st.stderr).not.toContain('not-a-valid-token')
  })

  it('a context the kubeconfig does not have: the notice lists the ones it has', async () => {
    const st = await status(admin, ['base.yaml'], ['--context', 'prod'])
    expect(st.code).toBe(3)
    expect(st.json.notices).toEqual([expect.stringContaining('context "prod" is not in it (contexts: "e2e")')])
  })
})

const chart = seedChart()
if ('skip' in chart) process.stderr.write(`skipping the chart drift scenario: ${chart.skip}\n`)

describe.skipIf('skip' in chart)('resources a release of the original chart made (moving from Helm)', () => {
  const RELEASE = 'e2e-st-chart'
  const RELEASE_NS = 'e2e-st-helm'
  const CHART_STORE = 'e2e-st-chart-store'
  const CES = 'e2e-st-chart'
  // The chart's own values format, which is the tool's: the same file goes to `helm install` and to `status`.
  const chartValues = (): string => `clustersecretstore:
  name: ${CHART_STORE}
  providerType: vault
  vault:
    server: ${vault.url}
    path: secret
    version: v2
    auth: {tokenName: vault-token, tokenNamespace: ${AUTH_NS}, tokenKey: token}
externalsecrets:
  - secret: ${CES}
    clustersecstore: ${CHART_STORE}
    namespace: ${C}
    namespacesecretname: chart
    namespacesecretkeyname: value
    keyvaultsecretname: apps/db
`
  const path = objectPath('external-secrets.io/v1', 'ClusterExternalSecret', CES)
  let helm: Helm

  beforeAll(() => {
    helm = Helm.build(admin, join(dir, 'helm'))
    writeValues(dir, { 'chart-values.yaml': chartValues() })
    helm.ok([
      'install',
      RELEASE,
      'path' in chart ? chart.path : '',
      '--namespace',
      RELEASE_NS,
      '--create-namespace',
      '--values',
      join(dir, 'chart-values.yaml')
    ])
  }, 900_000)

  afterAll(() => {
    helm.run(['uninstall', RELEASE, '--namespace', RELEASE_NS])
  })

  it('is unmarked drift, never "in no values file"; applying the render over it takes the label only by force', async () => {
    const before = await status(admin, ['base.yaml', 'chart-values.yaml'])
    expect(mine(before.json.drift.items)).toEqual([
      // Helm labels every object it installs; the store's spec is the render's.
      { kind: 'ClusterSecretStore', name: CHART_STORE, drift: 'unmarked', fields: [], managedBy: 'Helm' },
      {
        kind: 'ClusterExternalSecret',
        name: CES,
        drift: 'unmarked',
        fields: ['spec.namespaceSelectors', 'spec.namespaceSelector'],
        managedBy: 'Helm'
      }
    ])

    const ours = (await render(dir, ['chart-values.yaml'])).find((r) => r.metadata.name === CES)
    if (ours === undefined) throw new Error('not rendered')
    const apply = (force: boolean) =>
      kube.raw('PATCH', `${path}?fieldManager=secrets-injector&force=${force}`, JSON.stringify(ours), 'application/apply-patch+yaml')
    // Server-side apply: Helm's field manager owns the label with another value.
    const conflict = await apply(false)
    expect(conflict.status).toBe(409)
    expect(conflict.body).toContain('app.kubernetes.io/managed-by')
    expect((await apply(true)).status).toBe(200)
    const live = await kube.get(path)
    expect(live?.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('secrets-injector')
    expect(live?.metadata.annotations?.['meta.helm.sh/release-name']).toBe(RELEASE)

    // The chart's singular selector is a field only Helm set: an apply that does not set it leaves it, and drift names it.
    const after = await status(admin, ['base.yaml', 'chart-values.yaml'])
    expect(mine(after.json.drift.items).filter((d) => d.kind === 'ClusterExternalSecret')).toEqual([
      { kind: 'ClusterExternalSecret', name: CES, drift: 'edited', fields: ['spec.namespaceSelector'], managedBy: null }
    ])
    await kube.json('PATCH', path, [{ op: 'remove', path: '/spec/namespaceSelector' }], 'application/json-patch+json')
    const fixed = await status(admin, ['base.yaml', 'chart-values.yaml'])
    expect(mine(fixed.json.drift.items).filter((d) => d.kind === 'ClusterExternalSecret')).toEqual([])
  })
})
