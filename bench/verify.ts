// `verify` over 500 remote references per provider against the local
// stand-ins (the ones the tests use: e2e/harness/*), in this process, through
// the production connector and the official SDKs: wall time, provider calls
// and how they were made (listing vs one per name). 480 of the 500 exist.
// Target: each run within a few seconds (3 s), no value-returning call.
// Run: node --import tsx bench/verify.ts   (npm run bench calls it)
import { ClientSecretCredential } from '@azure/identity'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import tls from 'node:tls'
import { FakeAws } from '../e2e/harness/aws.js'
import { FakeAzure } from '../e2e/harness/azure.js'
import { FakeVault } from '../e2e/harness/vault.js'
import { lintFiles } from '../src/core/lint/index.js'
import { verifyReleases, type VerifySettings } from '../src/verify/verify.js'

const REFS = 500
const PRESENT = 480
const TARGET_MS = 3_000

const work = mkdtempSync(join(tmpdir(), 'si-bench-verify-'))
const vault = new FakeVault('hvs.eso', { tokens: ['hvs.bench'] })
const fakeAws = new FakeAws(work)
const azure = new FakeAzure(work)
const names = (sep: string): string[] => Array.from({ length: REFS }, (_, i) => `app${sep}${String(i).padStart(3, '0')}`)

function values(store: string): string {
  const refs = names(store === 'kv' ? '-' : '/').map((n) => (store === 'ssm' ? `/${n}` : n))
  const entries = refs.map(
    (r, i) =>
      `  - secret: s${i}\n    clustersecstore: ${store}\n    namespace: team-${i % 50}\n    namespacesecretname: s${i}\n` +
      `    keyvaultsecretname: ${r}\n    namespacesecretkeyname: value\n` +
      (store === 'vault' ? '    property: value\n' : '')
  )
  return `${STORES[store]}externalsecrets:\n${entries.join('')}`
}

const STORES: Record<string, string> = {}
let failed = false

async function measure(label: string, store: string, settings: Partial<VerifySettings>, calls: () => number): Promise<void> {
  const source = { name: `${store}.yaml`, text: values(store) }
  const lint = lintFiles([source])
  const before = calls()
  const t0 = performance.now()
  const out = await verifyReleases(lint.releases, [source], { env: {}, level: 'error', ...settings })
  const ms = performance.now() - t0
  const ok = ms <= TARGET_MS && out.summary.missing === REFS - PRESENT && out.summary.unchecked === 0
  if (!ok) failed = true
  console.log(
    `  ${label.padEnd(28)} ${ms.toFixed(0).padStart(5)} ms  ${String(calls() - before).padStart(4)} calls  ` +
      `${out.summary.missing} missing, ${out.summary.unchecked} unchecked${ok ? '' : '  NOT OK'}`
  )
}

try {
  await vault.start()
  await fakeAws.start()
  await azure.start()
  const present = (sep: string): string[] => names(sep).slice(0, PRESENT)
  for (const n of present('/')) vault.put('secret', n, { value: 'x' })
  fakeAws.put(Object.fromEntries(present('/').map((n) => [n, 'x'])), Object.fromEntries(present('/').map((n) => [`/${n}`, 'x'])))
  azure.put('bench-kv', present('-'))
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), azure.caPem])
  Object.assign(process.env, {
    HTTPS_PROXY: azure.proxyUrl,
    AWS_ENDPOINT_URL: fakeAws.url,
    AWS_ACCESS_KEY_ID: 'AKIABENCH',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'none')
  })
  const store = (name: string, provider: string): string => `clustersecretstore:\n  name: ${name}\n${provider}`
  const aws = (service: string): string =>
    `  providerType: aws\n  aws:\n    region: eu-west-1\n    service: ${service}\n` +
    '    auth: {serviceAccountName: eso, serviceAccountNamespace: eso}\n'
  STORES.vault = store(
    'vault',
    `  providerType: vault\n  vault:\n    server: ${vault.url}\n    path: secret\n` +
      '    auth: {tokenName: t, tokenNamespace: eso, tokenKey: token}\n'
  )
  STORES.sm = store('sm', aws('SecretsManager'))
  STORES.ssm = store('ssm', aws('ParameterStore'))
  STORES.kv = store('kv', `  azurekv:\n    vaulturl: ${azure.vaultUrl('bench-kv')}\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n`)
  const credential = new ClientSecretCredential(azure.tenant, azure.clientId, azure.clientSecret, {
    authorityHost: azure.authorityHost,
    disableInstanceDiscovery: true
  })
  console.log(`${REFS} remote references per store, ${PRESENT} present (target: each under ${TARGET_MS / 1000} s):`)
  await measure('Vault KV v2 (metadata each)', 'vault', { env: { VAULT_TOKEN: 'hvs.bench' } }, () => vault.calls.length)
  await measure('AWS Secrets Manager (list)', 'sm', {}, () => fakeAws.calls.length)
  await measure('AWS Parameter Store (50/call)', 'ssm', {}, () => fakeAws.calls.length)
  await measure('Azure Key Vault (list)', 'kv', { azureCredential: credential }, () => azure.calls.length)
  const violations = vault.violations.length + fakeAws.violations.length + azure.violations.length
  console.log(`  value-returning calls: ${violations}`)
  if (violations > 0 || failed) process.exitCode = 1
} finally {
  await Promise.all([vault.stop(), fakeAws.stop(), azure.stop()])
  rmSync(work, { recursive: true, force: true })
}
