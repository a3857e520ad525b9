import { ClientSecretCredential } from '@azure/identity'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import tls from 'node:tls'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FakeAzure } from '../e2e/harness/azure.js'
import { brief, entry, verifyValues } from './helpers/verify.js'

// `verify` against a local Azure Key Vault + Microsoft Entra ID over TLS
// (throw-away CA) behind an HTTP CONNECT proxy: the official
// @azure/keyvault-secrets client with its challenge-based bearer
// authentication, and a real @azure/identity credential fetching its token
// from the stand-in. The stand-in refuses, and records, every Get Secret.

const azure = new FakeAzure(mkdtempSync(join(tmpdir(), 'si-verify-azure-')))
const saved = { ...process.env }
let credential: ClientSecretCredential

function values(vault: string, refs: string[]): string {
  return `clustersecretstore:
  name: kv
  azurekv:
    vaulturl: ${azure.vaultUrl(vault)}
    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc
externalsecrets:
${refs.map((r, i) => entry({ name: `s${i}`, store: 'kv', remote: r })).join('')}`
}

beforeAll(async () => {
  await azure.start()
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), azure.caPem])
  process.env.HTTPS_PROXY = azure.proxyUrl
  credential = new ClientSecretCredential(azure.tenant, azure.clientId, azure.clientSecret, {
    authorityHost: azure.authorityHost,
    disableInstanceDiscovery: true
  })
})
afterAll(async () => {
  await azure.stop()
  Object.assign(process.env, saved)
  delete process.env.HTTPS_PROXY
})
afterEach(() => {
  expect(azure.violations).toEqual([])
  // Every connection went through the proxy to the stand-in's own names.
  expect(azure.tunnels.every((t) => t.endsWith('.test:443'))).toBe(true)
  azure.calls.length = 0
  azure.deny = false
  azure.throttleNext = 0
  azure.delayMs = 0
})

const paths = (): string[] => azure.calls.filter((c) => c.host !== 'login.azure.test').map((c) => `${c.host} ${c.path}`)

describe('verify against Azure Key Vault', () => {
  it('a few references: the versions of each secret are listed (never the secret itself); missing ones are findings', async () => {
    azure.put('prod-kv', ['db-password', 'api-key'])
    const out = await verifyValues(
      { 'values.yaml': values('prod-kv', ['db-password', 'db-pasword', 'api-key']) },
      { azureCredential: credential }
    )
    expect(brief(out.findings)).toEqual([
      'error remote-missing values.yaml:17:25 remote secret "db-pasword" does not exist in Azure Key Vault ' +
        'https://prod-kv.vault.azure.test (store "kv"); this Secret would fail to sync (SecretSyncedError): apps/s1'
    ])
    // The first request of each pipeline is unauthenticated: Key Vault answers with the challenge.
    expect([...new Set(paths())].sort()).toEqual([
      'prod-kv.vault.azure.test /secrets/api-key/versions',
      'prod-kv.vault.azure.test /secrets/db-password/versions',
      'prod-kv.vault.azure.test /secrets/db-pasword/versions'
    ])
  })

  it('many references: the vault is listed, 25 a page, within the budget', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `app-${i}`)
    azure.put('big-kv', names.slice(0, 39))
    const out = await verifyValues({ 'values.yaml': values('big-kv', names) }, { azureCredential: credential })
    expect(out.findings.map((f) => f.message.split(' does not')[0])).toEqual(['remote secret "app-39"'])
    expect(new Set(paths())).toEqual(new Set(['big-kv.vault.azure.test /secrets']))
    expect(paths().length).toBeLessThanOrEqual(3) // the challenge, then two pages
  })

  it('names are case-insensitive in Key Vault, listed or checked one by one', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `app-${i}`)
    azure.put('big-kv', names)
    const listed = await verifyValues({ 'values.yaml': values('big-kv', [...names.slice(1), 'APP-0']) }, { azureCredential: credential })
    expect(new Set(paths())).toEqual(new Set(['big-kv.vault.azure.test /secrets']))
    expect(listed.findings).toEqual([])
    azure.calls.length = 0
    const one = await verifyValues({ 'values.yaml': values('big-kv', ['App-1']) }, { azureCredential: credential })
    expect(paths()).toContain('big-kv.vault.azure.test /secrets/App-1/versions')
    expect(one.findings).toEqual([])
  })

  it('a name Key Vault cannot hold is reported without asking', async () => {
    azure.put('prod-kv', ['db-password'])
    const out = await verifyValues({ 'values.yaml': values('prod-kv', ['db/password']) }, { azureCredential: credential })
    expect(out.findings[0]?.message).toContain(
      '"db/password" does not exist (not a valid Key Vault secret name: letters, digits and "-" only)'
    )
  })

  it('permission denied: remote-unchecked that names the permission', async () => {
    azure.put('prod-kv', ['db-password'])
    azure.deny = true
    const out = await verifyValues({ 'values.yaml': values('prod-kv', ['db-password']) }, { azureCredential: credential })
    expect(out.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
    expect(out.findings[0]?.message).toContain(
      'permission denied listing the versions of "db-password": the identity needs the secrets "list" permission'
    )
  })

  it('throttled: the SDK honours Retry-After and retries', async () => {
    azure.put('prod-kv', ['db-password'])
    azure.throttleNext = 2
    const out = await verifyValues({ 'values.yaml': values('prod-kv', ['db-password']) }, { azureCredential: credential })
    expect(out.findings).toEqual([])
  })

  it('a vault that does not exist (no DNS name): remote-unchecked, unreachable', async () => {
    const out = await verifyValues({ 'values.yaml': values('no-such-kv', ['db-password']) }, { azureCredential: credential })
    expect(out.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
    expect(out.findings[0]?.message).toContain('listing the versions of "db-password": the vault is unreachable')
  })

  it('slow: unchecked after the store timeout', async () => {
    azure.put('prod-kv', ['db-password'])
    azure.delayMs = 3_000
    const t0 = Date.now()
    const out = await verifyValues(
      { 'values.yaml': values('prod-kv', ['db-password']) },
      { azureCredential: credential, storeTimeoutMs: 500 }
    )
    expect(Date.now() - t0).toBeLessThan(2_500)
    expect(out.findings[0]?.message).toContain('no answer within 0.5 s from Azure Key Vault https://prod-kv.vault.azure.test')
  })

  it('wrong credentials: Entra ID refuses the token, remote-unchecked', async () => {
    azure.put('prod-kv', ['db-password'])
    const bad = new ClientSecretCredential(azure.tenant, azure.clientId, 'wrong', {
      authorityHost: azure.authorityHost,
      disableInstanceDiscovery: true
    })
    const out = await verifyValues({ 'values.yaml': values('prod-kv', ['db-password']) }, { azureCredential: bad })
    expect(out.findings[0]?.message).toContain('Microsoft Entra ID refused a token')
  })
})
