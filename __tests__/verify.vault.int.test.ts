import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FakeVault } from '../e2e/harness/vault.js'
import { freePort } from '../e2e/harness/cluster.js'
import { brief, entry, verifyValues } from './helpers/verify.js'

// `verify` against a local server speaking Vault's HTTP API (KV v2 metadata,
// KV v1 LIST, JWT login), through the production connector. The server
// refuses, and records, every request for a secret value.

const TOKEN = 'hvs.verify-metadata-only'
const vault = new FakeVault('hvs.eso-reader', {
  valueReaders: ['hvs.eso-reader'],
  tokens: [TOKEN],
  kv1Mounts: ['kv1'],
  jwt: { path: 'github', role: 'verify', jwt: 'oidc.jwt.from.github', token: 'hvs.from-jwt' }
})

const PROPERTY = '    property: password\n    namespacesecretkeyname: DB_PASSWORD\n'
const MULTI = '    multivalue: true\n'
const TLS = '    type: kubernetes.io/tls\n    namespacesecretkeynamecrt: tls.crt\n    namespacesecretkeynamekey: tls.key\n'

function values(server: string, mount = 'secret', version = 'v2'): string {
  const mounted = version === 'v2' ? `${mount}/data/apps/db` : `${mount}/apps/db`
  return `clustersecretstore:
  name: vault
  providerType: vault
  vault:
    server: ${server}
    path: ${mount}
    version: ${version}
    auth: {tokenName: vault-token, tokenNamespace: eso, tokenKey: token}
externalsecrets:
${[
  entry({ name: 'db', store: 'vault', remote: 'apps/db', extra: PROPERTY }),
  entry({ name: 'db-typo', store: 'vault', remote: 'apps/dbb', extra: PROPERTY }),
  entry({ name: 'mounted', store: 'vault', remote: mounted, namespace: 'other', extra: MULTI }),
  entry({ name: 'site', store: 'vault', remote: 'tls/site', selector: 'tier: web', extra: TLS }),
  entry({ name: 'gone', store: 'vault', remote: 'apps/gone', extra: MULTI })
].join('')}`
}

beforeAll(async () => {
  await vault.start()
  for (const mount of ['secret', 'kv1']) {
    vault.put(mount, 'apps/db', { password: 'never-read' })
    vault.put(mount, 'tls/site-crt', { value: 'c' })
    vault.put(mount, 'apps/gone', { a: 'b' })
  }
  vault.deleteCurrent('secret', 'apps/gone')
})
afterAll(() => vault.stop())
afterEach(() => {
  expect(vault.violations).toEqual([])
  vault.calls.length = 0
  vault.denyPaths = []
  vault.throttleNext = 0
  vault.delayMs = 0
})

describe('verify against Vault KV v2', () => {
  it('reports each missing path once, at its entry, with the Secrets that read it; one metadata read per secret', async () => {
    const out = await verifyValues({ 'values.yaml': values(vault.url) }, { env: { VAULT_TOKEN: TOKEN } })
    expect(brief(out.findings)).toEqual([
      `error remote-missing values.yaml:21:25 remote secret "apps/dbb" does not exist in Vault ${vault.url} (KV v2 mount "secret") ` +
        '(store "vault"); this Secret would fail to sync (SecretSyncedError): apps/db-typo; properties read from it: password',
      `error remote-missing values.yaml:34:25 remote secret "tls/site-key" does not exist in Vault ${vault.url} (KV v2 mount "secret") ` +
        '(store "vault"); this Secret would fail to sync (SecretSyncedError): site (selector tier=web)',
      `error remote-missing values.yaml:42:25 remote secret "apps/gone" does not exist (its current version 1 is deleted) ` +
        `in Vault ${vault.url} (KV v2 mount "secret") (store "vault"); this Secret would fail to sync (SecretSyncedError): apps/gone`
    ])
    // "secret/data/apps/db" is the same secret as "apps/db" for ESO: read once.
    expect(vault.calls.map((c) => c.path).sort()).toEqual([
      '/v1/secret/metadata/apps/db',
      '/v1/secret/metadata/apps/dbb',
      '/v1/secret/metadata/apps/gone',
      '/v1/secret/metadata/tls/site-crt',
      '/v1/secret/metadata/tls/site-key'
    ])
    expect(vault.calls.every((c) => c.token === TOKEN)).toBe(true)
    expect(out.summary).toEqual({ stores: 1, remoteSecrets: 5, missing: 3, unchecked: 0 })
  })

  it('logs in with the OIDC token for vault-role when VAULT_TOKEN is unset, and sends VAULT_NAMESPACE', async () => {
    const tokens: string[] = []
    const out = await verifyValues(
      { 'values.yaml': values(vault.url) },
      {
        env: { VAULT_NAMESPACE: 'team-a' },
        vaultRole: 'verify',
        vaultAuthPath: 'github',
        getIdToken: () => Promise.resolve('oidc.jwt.from.github'),
        onToken: (t) => tokens.push(t)
      }
    )
    expect(out.summary.missing).toBe(3)
    expect(vault.calls[0]).toMatchObject({ method: 'POST', path: '/v1/auth/github/login', namespace: 'team-a' })
    expect(vault.calls.slice(1).every((c) => c.token === 'hvs.from-jwt' && c.namespace === 'team-a')).toBe(true)
    expect(tokens).toEqual(['hvs.from-jwt'])
  })

  it('a failed JWT login is one remote-unchecked finding that says so', async () => {
    const out = await verifyValues(
      { 'values.yaml': values(vault.url) },
      { vaultRole: 'nope', vaultAuthPath: 'github', getIdToken: () => Promise.resolve('oidc.jwt.from.github') }
    )
    expect(brief(out.findings)).toEqual([
      `warning remote-unchecked values.yaml:2:9 store "vault" (Vault ${vault.url} (KV v2 mount "secret")) was not checked: ` +
        'Vault JWT login at auth/github for role "nope" failed (400: role "nope" could not be found); ' +
        '5 remote secrets read by 5 Secrets unverified: "apps/db", "apps/dbb", "apps/gone", "tls/site-crt", "tls/site-key"'
    ])
  })

  it('without VAULT_TOKEN or vault-role: remote-unchecked naming the missing credential, and no request at all', async () => {
    const out = await verifyValues({ 'values.yaml': values(vault.url) })
    expect(out.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
    expect(out.findings[0]?.message).toContain('no Vault token: set VAULT_TOKEN, or vault-role')
    expect(out.findings[0]?.message).toContain('the store itself uses a token from a Secret in the cluster, which verify does not use;')
    expect(vault.calls).toEqual([])
  })

  it('permission denied on a path: the secrets checked before it are reported, the rest unchecked with the reason', async () => {
    vault.denyPaths = ['secret/metadata/tls/']
    const out = await verifyValues({ 'values.yaml': values(vault.url) }, { env: { VAULT_TOKEN: TOKEN } })
    const unchecked = out.findings.filter((f) => f.rule === 'remote-unchecked')
    expect(unchecked).toHaveLength(1)
    expect(unchecked[0]?.message).toMatch(
      /permission denied for read of secret\/metadata\/tls\/site-(crt|key) at http:\/\/127\.0\.0\.1:\d+ \(403/
    )
    expect(out.findings.every((f) => f.rule !== 'remote-missing' || !f.message.includes('tls/'))).toBe(true)
  })

  it('throttled: a short burst of 429s is retried; a Vault that keeps answering 429 leaves the store unchecked', async () => {
    vault.throttleNext = 2
    const ok = await verifyValues({ 'values.yaml': values(vault.url) }, { env: { VAULT_TOKEN: TOKEN } })
    expect(ok.summary).toMatchObject({ missing: 3, unchecked: 0 })
    vault.throttleNext = 1000
    const out = await verifyValues({ 'values.yaml': values(vault.url) }, { env: { VAULT_TOKEN: TOKEN } })
    expect(out.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
    expect(out.findings[0]?.message).toContain('was still rate-limited after 3 attempts (429: request path')
    // Bounded: 3 attempts for each of at most 8 requests in flight when the first one gave up.
    expect(vault.calls.length).toBeLessThanOrEqual(3 * 8)
  })

  it('unreachable (VAULT_ADDR pointing at a closed port): remote-unchecked, quickly', async () => {
    const port = await freePort()
    const t0 = Date.now()
    const out = await verifyValues(
      { 'values.yaml': values(vault.url) },
      { env: { VAULT_TOKEN: TOKEN, VAULT_ADDR: `http://127.0.0.1:${port}` } }
    )
    expect(out.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
    expect(out.findings[0]?.message).toContain(`Vault at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)`)
    expect(Date.now() - t0).toBeLessThan(5_000)
  })

  it('slow: a store that does not answer within the timeout is unchecked, and the run ends on time', async () => {
    vault.delayMs = 3_000
    const t0 = Date.now()
    const out = await verifyValues({ 'values.yaml': values(vault.url) }, { env: { VAULT_TOKEN: TOKEN }, storeTimeoutMs: 300 })
    expect(Date.now() - t0).toBeLessThan(2_000)
    expect(out.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
    expect(out.findings[0]?.message).toContain(`was not checked: no answer within 0.3 s from Vault ${vault.url}`)
  })

  it('a key with a ".." segment is never asked: it would resolve to a read of a value', async () => {
    const traversal = values(vault.url).replace('keyvaultsecretname: apps/dbb', 'keyvaultsecretname: ../data/apps/db')
    expect(traversal).toContain('../data/apps/db')
    const out = await verifyValues({ 'values.yaml': traversal }, { env: { VAULT_TOKEN: TOKEN } })
    expect(vault.calls.every((c) => c.path.startsWith('/v1/secret/metadata/'))).toBe(true)
    const unchecked = out.findings.find((f) => f.rule === 'remote-unchecked')
    expect(unchecked?.message).toContain(
      'remote secret "../data/apps/db" has a "." or ".." path segment; verify does not ask for such a path'
    )
    const mount = await verifyValues({ 'values.yaml': values(vault.url, 'secret/../cubbyhole') }, { env: { VAULT_TOKEN: TOKEN } })
    expect(vault.calls.every((c) => c.path.startsWith('/v1/secret/metadata/'))).toBe(true)
    expect(mount.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
  })

  it('refuses to send a token over plain http to another host', async () => {
    const out = await verifyValues({ 'values.yaml': values('http://vault.example.internal:8200') }, { env: { VAULT_TOKEN: TOKEN } })
    expect(out.findings[0]?.message).toContain('refusing to send a Vault token to http://vault.example.internal:8200 over plain http')
    // A name that starts like a loopback address is not one.
    const named = await verifyValues({ 'values.yaml': values('http://127.0.0.1.nip.example:8200') }, { env: { VAULT_TOKEN: TOKEN } })
    expect(named.findings[0]?.message).toContain('refusing to send a Vault token to http://127.0.0.1.nip.example:8200 over plain http')
  })
})

describe('verify against Vault KV v1', () => {
  it('one LIST per parent folder, never a read of the secret itself', async () => {
    const out = await verifyValues({ 'values.yaml': values(vault.url, 'kv1', 'v1') }, { env: { VAULT_TOKEN: TOKEN } })
    expect(out.findings.map((f) => f.message.split(' does not exist')[0])).toEqual([
      'remote secret "apps/dbb"',
      'remote secret "tls/site-key"'
    ])
    expect(vault.calls.map((c) => `${c.method} ${c.path}`).sort()).toEqual(['GET /v1/kv1/apps/', 'GET /v1/kv1/tls/'])
  })
})
