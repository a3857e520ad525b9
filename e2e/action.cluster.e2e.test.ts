import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { parse } from 'yaml'
import { startGitHubServer, type FakeGitHub } from '../__tests__/helpers/github-server.js'
import { makeRepo, runAction, runnerInputs, syncPull, type TestRepo } from '../__tests__/helpers/github-server-harness.js'
import { serviceAccountToken, writeTokenKubeconfig, type ClusterRoleObject } from './harness/access.js'
import { freePort } from './harness/cluster.js'
import { applyAll, deleteAll, waitStoreReady, type EsoResource } from './harness/eso.js'
import { Kube, objectPath, waitFor } from './harness/kube.js'
import { render, scratch, writeValues } from './harness/tool.js'
import { FakeVault } from './harness/vault.js'

// The action as a runner runs it (a process with INPUT_* variables, against
// the local GitHub API server that checks every request against GitHub's
// OpenAPI description), reading the real cluster through a kubeconfig given
// as content, the way a secret is passed: with the least-privilege
// ClusterRole's token. The comment must tell which real namespaces a change
// reaches, which touched Secrets fail today, and what drifted; the token must
// never show up anywhere.

const conn = inject('kube')
const kube = new Kube(conn)
const STORE = 'e2e-act-store'
const AUTH_NS = 'e2e-act-auth'
const WEB1 = 'e2e-act-web1'
const WEB2 = 'e2e-act-web2'
const DB = 'e2e-act-db'
const PR = 11
const VAULT_TOKEN = 'hvs.e2e-action-token'
const vault = new FakeVault(VAULT_TOKEN)

function values(entries: string): string {
  return `clustersecretstore:
  name: ${STORE}
  providerType: vault
  vault:
    server: ${vault.url}
    path: secret
    version: v2
    auth: {tokenName: vault-token, tokenNamespace: ${AUTH_NS}, tokenKey: token}
externalsecrets:
${entries}`
}
const web = (selector: string): string => `  - secret: e2e-act-web
    clustersecstore: ${STORE}
    namespaceSelector: {matchLabels: {${selector}}}
    namespacesecretname: web-config
    keyvaultsecretname: apps/web
    multivalue: true
`
const broken = (remote: string): string => `  - secret: e2e-act-broken
    clustersecstore: ${STORE}
    namespace: ${DB}
    namespacesecretname: broken
    keyvaultsecretname: ${remote}
    property: password
    namespacesecretkeyname: value
`
const leftover = `  - secret: e2e-act-leftover
    clustersecstore: ${STORE}
    namespace: ${DB}
    namespacesecretname: leftover
    keyvaultsecretname: apps/web
    property: LOG_LEVEL
    namespacesecretkeyname: value
`

let server: FakeGitHub
let repo: TestRepo
let applied: EsoResource[] = []
let token = ''
let kubeconfigText = ''

beforeAll(async () => {
  await vault.start()
  vault.put('secret', 'apps/web', { LOG_LEVEL: 'debug' })
  vault.put('secret', 'apps/db', { password: 'pw' })
  await kube.namespace(AUTH_NS)
  await kube.namespace(WEB1, { 'e2e-act-tier': 'web' })
  await kube.namespace(WEB2, { 'e2e-act-tier': 'web' })
  await kube.namespace(DB, { 'e2e-act-tier': 'db' })
  await kube.apply({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'vault-token', namespace: AUTH_NS },
    stringData: { token: VAULT_TOKEN }
  })
  // What is applied: the base, plus an entry that was removed from the values but never pruned.
  const dir = scratch('action-cluster')
  writeValues(dir, { 'applied.yaml': values(web('e2e-act-tier: web') + broken('apps/missing') + leftover) })
  applied = await render(dir, ['applied.yaml'])
  await applyAll(kube, applied)
  await waitStoreReady(kube, STORE)
  await waitFor('the broken ExternalSecret to fail', 180_000, async () => {
    const es = await kube.get(objectPath('external-secrets.io/v1', 'ExternalSecret', 'e2e-act-broken', DB))
    const conds = (es?.status as { conditions?: Array<{ type: string; status: string; reason?: string }> } | undefined)?.conditions
    return conds?.some((c) => c.type === 'Ready' && c.status === 'False' && c.reason === 'SecretSyncedError') ? true : undefined
  })
  const role = parse(readFileSync(new URL('../docs/cluster-role.yaml', import.meta.url), 'utf8')) as ClusterRoleObject
  await kube.apply(role)
  token = await serviceAccountToken(kube, 'e2e-act-rbac', 'review', role.metadata.name)
  kubeconfigText = readFileSync(writeTokenKubeconfig(dir, 'review.kubeconfig', conn, token), 'utf8')
  server = await startGitHubServer()
  repo = makeRepo()
})

afterAll(async () => {
  await deleteAll(kube, applied)
  await vault.stop()
  await server.close()
  repo.cleanup()
})

describe('the action with a kubeconfig, against the real cluster', () => {
  it('comments with the real namespaces, what fails today and the drift; the token never shows', async () => {
    const base = repo.commit({ 'values/prod.yaml': values(web('e2e-act-tier: web') + broken('apps/missing')) })
    // The change moves the selector to the db namespace and fixes the broken entry's remote reference.
    const head = repo.commit({ 'values/prod.yaml': values(web('e2e-act-tier: db') + broken('apps/db')) })
    syncPull(server, repo, PR, base, head)
    const run = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs: runnerInputs({ values: 'values/*.yaml', kubeconfig: kubeconfigText, 'kube-context': 'e2e' }, 'ghs_default')
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(server.violations).toEqual([])
    const body = server.comments[0]?.body ?? ''
    // Real namespaces: the selector's namespaces as the cluster has them, not the selector text.
    expect(body).toContain('### Cluster now (context `e2e`)')
    expect(body).toContain("Label selectors were expanded with the cluster's namespaces.")
    for (const ns of [WEB1, WEB2, DB]) expect(body).toContain(`\`${ns}\``)
    expect(body).toContain('This change alters 1 Secret that is failing today.')
    expect(body).toMatch(new RegExp(`❌ \`${DB}/broken\` \\(changed\\): failing: SecretSyncedError: \\S`))
    expect(body).toContain('now: ✅ ready')
    expect(body).toContain('### Drift (cluster vs. the base branch)')
    expect(body).toContain(
      'ClusterExternalSecret `e2e-act-leftover` is in the cluster, marked as managed by this tool, but in no values file'
    )

    const diff = JSON.parse(run.diffJson ?? '{}') as {
      secrets: Array<{ namespace: string; name: string; change: string }>
      cluster: { inventory: string; secrets: Array<{ namespace: string; name: string; state: string }> }
    }
    expect(diff.secrets.map((s) => `${s.change} ${s.namespace}/${s.name}`)).toEqual([
      `changed ${DB}/broken`,
      `added ${DB}/web-config`,
      `removed ${WEB1}/web-config`,
      `removed ${WEB2}/web-config`
    ])
    expect(diff.cluster.inventory).toBe('cluster')
    expect(diff.cluster.secrets.map((s) => `${s.namespace}/${s.name} ${s.state}`)).toEqual([
      `${DB}/broken failing`,
      `${DB}/web-config not-created`,
      `${WEB1}/web-config ready`,
      `${WEB2}/web-config ready`
    ])
    // The credential is masked first thing, and nothing prints it.
    expect(run.stdout).toContain(`::add-mask::${token}`)
    const everything = [run.stdout.replaceAll(`::add-mask::${token}`, ''), run.stderr, run.summary, body, run.diffJson ?? ''].join('\n')
    expect(everything).not.toContain(token)
    expect(everything).not.toContain(conn.server)
  })

  it('a cluster that cannot be reached: one warning, the same review without the cluster, the step passes', async () => {
    const port = await freePort()
    const closed = kubeconfigText.replace(conn.server, `https://127.0.0.1:${port}`)
    const head = repo.git('rev-parse', 'HEAD')
    const base = repo.git('rev-parse', 'HEAD~1')
    const run = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs: runnerInputs({ values: 'values/*.yaml', kubeconfig: closed }, 'ghs_default')
    })
    expect(run.code).toBe(0)
    const warnings = run.annotations.filter((a) => a.level === 'warning' && a.message.includes('Cluster not read'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.message).toContain('list namespaces failed: connection refused')
    const body = server.comments[0]?.body ?? ''
    expect(body).toContain('This review is made without the cluster.')
    expect(body).not.toContain('now: ')
    expect(body).not.toContain('### Drift')
    expect(`${run.stdout}${body}`).not.toContain(`127.0.0.1:${port}`)
  })
})
