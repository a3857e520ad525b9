import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { AWS_CALLS_FILE, AWS_SECRETS_FILE, type AwsCall } from './harness/aws.js'
import { applyAll, deleteAll, waitStoreReady, type EsoResource } from './harness/eso.js'
import { Kube, objectPath, waitFor } from './harness/kube.js'
import { cli, render, scratch, writeValues } from './harness/tool.js'
import { FakeVault } from './harness/vault.js'

// `verify`'s prediction against what the ESO controller then reports: for a
// values file with one present and one missing remote secret, the entries
// verify calls missing are exactly the ExternalSecrets ESO leaves in
// SecretSyncedError, and the others become Ready. Against the local Vault and
// AWS stand-ins, with verify using its own metadata-only credentials, which
// the stand-ins refuse (and record) for any value-returning call.

const kube = new Kube(inject('kube'))
const dir = inject('clusterDir')
const awsUrl = inject('awsUrl')

interface Condition {
  type: string
  status: string
  reason?: string
}
interface FindingJson {
  rule: string
  line: number
  message: string
}

/** Per ClusterExternalSecret of `names`: 'Ready' or the reason of a false Ready condition, once ESO has decided. */
async function esoOutcome(namespace: string, names: string[]): Promise<Record<string, string>> {
  return waitFor(`ESO to decide on ${names.join(', ')}`, 120_000, async () => {
    const out: Record<string, string> = {}
    for (const name of names) {
      const es = await kube.get(objectPath('external-secrets.io/v1', 'ExternalSecret', name, namespace))
      const conds = (es?.status as { conditions?: Condition[] } | undefined)?.conditions ?? []
      const ready = conds.find((c) => c.type === 'Ready')
      if (ready === undefined) return undefined
      out[name] = ready.status === 'True' ? 'Ready' : (ready.reason ?? 'False')
    }
    return out
  })
}

/** The entry names (`secret:`) that verify reports missing, from its JSON findings and the values text. */
function predictedMissing(values: string, findings: FindingJson[]): string[] {
  const lines = values.split('\n')
  return findings
    .filter((f) => f.rule === 'remote-missing')
    .map((f) => {
      // The finding points at keyvaultsecretname; the entry's name is the nearest `- secret:` above it.
      for (let i = f.line - 1; i >= 0; i--) {
        const m = /^\s*- secret: (\S+)/.exec(lines[i] ?? '')
        if (m?.[1] !== undefined) return m[1]
      }
      return '?'
    })
    .sort()
}

function entries(store: string, ns: string, present: string, missing: string): string {
  return `externalsecrets:
  - secret: ${store}-present
    clustersecstore: ${store}
    namespace: ${ns}
    namespacesecretname: present
    keyvaultsecretname: ${present}
    multivalue: true
  - secret: ${store}-missing
    clustersecstore: ${store}
    namespace: ${ns}
    namespacesecretname: missing
    keyvaultsecretname: ${missing}
    multivalue: true
`
}

describe('verify predicts what ESO reports: Vault (KV v2, token auth)', () => {
  const STORE = 'e2e-verify-vault'
  const NS = 'e2e-verify-vault'
  const ESO_TOKEN = 'hvs.e2e-eso'
  const VERIFY_TOKEN = 'hvs.e2e-verify'
  const vault = new FakeVault(ESO_TOKEN, { tokens: [VERIFY_TOKEN], valueReaders: [ESO_TOKEN] })
  let resources: EsoResource[] = []
  let values = ''
  let findings: FindingJson[] = []
  let code = -1

  beforeAll(async () => {
    await vault.start()
    vault.put('secret', 'apps/present', { user: 'app' })
    values = `clustersecretstore:
  name: ${STORE}
  providerType: vault
  vault:
    server: ${vault.url}
    path: secret
    version: v2
    auth: {tokenName: vault-token, tokenNamespace: ${NS}, tokenKey: token}
${entries(STORE, NS, 'apps/present', 'apps/presnt')}`
    const work = scratch('verify-vault')
    const files = writeValues(work, { 'values.yaml': values })
    const run = await cliWithEnv(['verify', '--format', 'json', ...files], work, { VAULT_TOKEN: VERIFY_TOKEN })
    code = run.code
    findings = JSON.parse(run.stdout) as FindingJson[]
    await kube.namespace(NS)
    await kube.apply({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'vault-token', namespace: NS },
      stringData: { token: ESO_TOKEN }
    })
    resources = await render(work, files)
    await applyStoreFirst(resources, STORE)
  })

  afterAll(async () => {
    await deleteAll(kube, resources)
    await vault.stop()
  })

  it('verify exits 1 and names the missing entry; ESO agrees: that one SecretSyncedError, the other Ready', async () => {
    expect(code).toBe(1)
    expect(predictedMissing(values, findings)).toEqual([`${STORE}-missing`])
    expect(await esoOutcome(NS, [`${STORE}-present`, `${STORE}-missing`])).toEqual({
      [`${STORE}-present`]: 'Ready',
      [`${STORE}-missing`]: 'SecretSyncedError'
    })
  })

  it("verify read metadata only, with its own token; ESO read the values with the store's", () => {
    expect(vault.violations).toEqual([])
    const byVerify = vault.calls.filter((c) => c.token === VERIFY_TOKEN).map((c) => c.path)
    expect(byVerify.sort()).toEqual(['/v1/secret/metadata/apps/present', '/v1/secret/metadata/apps/presnt'])
    expect(vault.calls.some((c) => c.token === ESO_TOKEN && c.path === '/v1/secret/data/apps/present')).toBe(true)
  })
})

describe('verify predicts what ESO reports: AWS Secrets Manager (IRSA)', () => {
  const STORE = 'e2e-verify-aws'
  const NS = 'e2e-verify-aws'
  let resources: EsoResource[] = []
  let values = ''
  let findings: FindingJson[] = []
  const callsBefore = (): number => readCalls().length
  let before = 0

  beforeAll(async () => {
    writeFileSync(join(dir, AWS_SECRETS_FILE), JSON.stringify({ 'verify/present': JSON.stringify({ user: 'app' }) }))
    before = callsBefore()
    values = `clustersecretstore:
  name: ${STORE}
  providerType: aws
  aws:
    region: eu-west-1
    auth: {serviceAccountName: eso-irsa, serviceAccountNamespace: ${NS}}
${entries(STORE, NS, 'verify/present', 'verify/presnet')}`
    const work = scratch('verify-aws')
    const files = writeValues(work, { 'values.yaml': values })
    const run = await cliWithEnv(['verify', '--format', 'json', ...files], work, {
      AWS_ENDPOINT_URL: awsUrl,
      AWS_ACCESS_KEY_ID: 'AKIAE2EVERIFY',
      AWS_SECRET_ACCESS_KEY: 'verify',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(work, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(work, 'none')
    })
    expect(run.code).toBe(1)
    findings = JSON.parse(run.stdout) as FindingJson[]
    await kube.namespace(NS)
    await kube.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'eso-irsa', namespace: NS, annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/e2e-eso' } }
    })
    resources = await render(work, files)
    await applyStoreFirst(resources, STORE)
  })

  afterAll(async () => {
    await deleteAll(kube, resources)
    // The failing ExternalSecret is retried until the garbage collector removes it: wait, so no later scenario sees its calls.
    await waitFor('the ExternalSecrets of the verify scenario to be gone', 60_000, async () =>
      (await kube.list(`/apis/external-secrets.io/v1/namespaces/${NS}/externalsecrets`)).length === 0 ? true : undefined
    )
  })

  it('verify names the missing entry; ESO agrees', async () => {
    expect(predictedMissing(values, findings)).toEqual([`${STORE}-missing`])
    expect(await esoOutcome(NS, [`${STORE}-present`, `${STORE}-missing`])).toEqual({
      [`${STORE}-present`]: 'Ready',
      [`${STORE}-missing`]: 'SecretSyncedError'
    })
  })

  it('verify only described the secrets, with its own key; no value call but ESO', () => {
    const calls = readCalls().slice(before)
    expect(calls.filter((c) => c.violation === true)).toEqual([])
    const byVerify = calls.filter((c) => c.accessKeyId === 'AKIAE2EVERIFY').map((c) => `${c.action} ${c.secretId ?? ''}`)
    expect(byVerify.sort()).toEqual(['DescribeSecret verify/present', 'DescribeSecret verify/presnet'])
  })
})

/**
 * Apply the store, wait until ESO calls it Ready, then the ClusterExternalSecrets:
 * so the first sync of each ExternalSecret is the provider's answer, not a
 * transient "store not ready" failure.
 */
async function applyStoreFirst(resources: EsoResource[], store: string): Promise<void> {
  await applyAll(
    kube,
    resources.filter((r) => r.kind === 'ClusterSecretStore')
  )
  await waitStoreReady(kube, store)
  await applyAll(
    kube,
    resources.filter((r) => r.kind !== 'ClusterSecretStore')
  )
}

function readCalls(): AwsCall[] {
  try {
    return readFileSync(join(dir, AWS_CALLS_FILE), 'utf8')
      .trim()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as AwsCall)
  } catch {
    return []
  }
}

/** The CLI in-process with provider variables: VAULT_* through its env, the AWS SDK's through process.env. */
async function cliWithEnv(argv: string[], cwd: string, env: Record<string, string>) {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    return await cli(argv, cwd, env)
  } finally {
    for (const k of Object.keys(env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
}
