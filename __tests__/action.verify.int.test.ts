import { createServer, type Server } from 'node:http'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { FakeVault } from '../e2e/harness/vault.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, syncPull, type TestRepo } from './helpers/github-server-harness.js'

/**
 * `verify` in the action, as a process, on a pull request that introduces a
 * typo in a remote name: against the fake GitHub API (every request checked
 * against GitHub's OpenAPI description) and the Vault stand-in, which refuses
 * and records any request for a secret value.
 */

vi.setConfig({ testTimeout: 240_000 })

const VERIFY_TOKEN = 'hvs.ci-metadata-only'
const JWT_TOKEN = 'hvs.issued-by-jwt-login-4f1c'
const OIDC = 'eyJ.github-oidc.jwt'
const vault = new FakeVault('hvs.eso', {
  tokens: [VERIFY_TOKEN],
  jwt: { path: 'jwt', role: 'platform-verify', jwt: OIDC, token: JWT_TOKEN }
})
/** The Actions runtime's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), as @actions/core calls it. */
let oidc: Server
let oidcUrl = ''
let server: FakeGitHub
let repo: TestRepo
const PR = 11

function values(remotes: Record<string, string>): string {
  const entries = Object.entries(remotes).map(
    ([name, remote]) =>
      `  - secret: ${name}\n    clustersecstore: vault\n    namespace: ${name.split('-')[0]}\n    namespacesecretname: ${name}\n` +
      `    keyvaultsecretname: ${remote}\n    property: password\n    namespacesecretkeyname: PASSWORD\n`
  )
  return `clustersecretstore:
  name: vault
  providerType: vault
  vault:
    server: ${vault.url}
    path: secret
    auth: {tokenName: vault-token, tokenNamespace: eso, tokenKey: token}
externalsecrets:
${entries.join('')}`
}

beforeAll(async () => {
  await vault.start()
  vault.put('secret', 'apps/payments-db', { password: 'never read' })
  vault.put('secret', 'apps/orders-db', { password: 'never read' })
  oidc = createServer((req, res) => {
    const ok = req.headers.authorization === 'Bearer actions-runtime-token'
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
    res.end(JSON.stringify(ok ? { value: OIDC } : { message: 'bad token' }))
  })
  await new Promise<void>((resolve) => oidc.listen(0, '127.0.0.1', resolve))
  const addr = oidc.address()
  oidcUrl = `http://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}/token?api-version=2.0`
})
afterAll(async () => {
  await vault.stop()
  await new Promise((resolve) => oidc.close(resolve))
})
beforeEach(async () => {
  server = await startGitHubServer()
  repo = makeRepo()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  expect(vault.violations).toEqual([])
  vault.calls.length = 0
  await server.close()
  repo.cleanup()
})

async function pullRequestWithTypo(inputs: Record<string, string>, env: Record<string, string>) {
  const base = repo.commit({ 'values/prod.yaml': values({ 'payments-db': 'apps/payments-db' }) })
  const head = repo.commit({ 'values/prod.yaml': values({ 'payments-db': 'apps/payments-db', 'orders-db': 'apps/orders-bd' }) })
  syncPull(server, repo, PR, base, head)
  return runAction({
    server,
    cwd: repo.dir,
    event: 'pull_request',
    shas: { BASE_SHA: base, HEAD_SHA: head },
    prNumber: PR,
    inputs: { values: 'values/*.yaml', ...inputs },
    env
  })
}

describe('verify on a pull request', () => {
  test('a typo in a remote name: the comment and an error annotation say which Secret would fail and why; the step fails', async () => {
    const r = await pullRequestWithTypo({ verify: 'error' }, { VAULT_TOKEN: VERIFY_TOKEN })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ 'remote-missing': '1', 'remote-unchecked': '0', 'lint-errors': '0' })
    const annotation = r.annotations.find((a) => a.props['title'] === 'remote-missing')
    expect(annotation).toMatchObject({ level: 'error', props: { file: 'values/prod.yaml', line: '20', col: '25' } })
    expect(annotation?.message).toBe(
      `remote secret "apps/orders-bd" does not exist in Vault ${vault.url} (KV v2 mount "secret") (store "vault"); ` +
        'this Secret would fail to sync (SecretSyncedError): orders/orders-db; properties read from it: password'
    )
    expect(server.comments).toHaveLength(1)
    const body = server.comments[0]?.body ?? ''
    expect(body).toContain('### ❌ Would fail after merge')
    expect(body).toContain('- ❌ `apps/orders-bd` does not exist in Vault http:/\u200D/127.0.0.1:')
    expect(body).toContain('`orders/orders-db` would fail to sync (SecretSyncedError).')
    expect(body).toMatch(/read at \[`values\/prod\.yaml:20:25`\]\(https:\/\/github\.example\/[^)]+\/values\/prod\.yaml#L20\)/)
    expect(r.summary).toContain('### ❌ Would fail after merge')
    // Names and metadata only: one metadata read per remote secret, with the CI's token.
    expect(vault.calls.map((c) => `${c.method} ${c.path} ${c.token ?? ''}`).sort()).toEqual([
      `GET /v1/secret/metadata/apps/orders-bd ${VERIFY_TOKEN}`,
      `GET /v1/secret/metadata/apps/payments-db ${VERIFY_TOKEN}`
    ])
  })

  test('verify: warn reports the same as a warning and the step passes', async () => {
    const r = await pullRequestWithTypo({ verify: 'warn' }, { VAULT_TOKEN: VERIFY_TOKEN })
    expect(r.code).toBe(0)
    expect(r.annotations.find((a) => a.props['title'] === 'remote-missing')?.level).toBe('warning')
    expect(server.comments[0]?.body).toContain('### ⚠️ Would fail after merge')
  })

  test("vault-role: a JWT login with the workflow's OIDC token; the token obtained is masked before any other output", async () => {
    const r = await pullRequestWithTypo(
      { verify: 'error', 'vault-role': 'platform-verify' },
      { ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'actions-runtime-token' }
    )
    expect(r.outputs['remote-missing']).toBe('1')
    expect(vault.calls[0]).toMatchObject({ method: 'POST', path: '/v1/auth/jwt/login' })
    expect(vault.calls.slice(1).every((c) => c.token === JWT_TOKEN)).toBe(true)
    const lines = r.stdout.split('\n')
    expect(lines).toContain(`::add-mask::${JWT_TOKEN}`)
    expect(lines.filter((l) => l.includes(JWT_TOKEN))).toEqual([`::add-mask::${JWT_TOKEN}`])
  })

  test('without credentials: a warning that says what is missing, the step passes, the comment says so', async () => {
    const r = await pullRequestWithTypo({ verify: 'error' }, {})
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ 'remote-missing': '0', 'remote-unchecked': '2' })
    const a = r.annotations.find((x) => x.props['title'] === 'remote-unchecked')
    expect(a?.level).toBe('warning')
    expect(a?.message).toContain('no Vault token: set VAULT_TOKEN, or vault-role')
    expect(server.comments[0]?.body).toContain('### ⚠️ Remote secrets not verified')
    expect(vault.calls).toEqual([])
  })
})
