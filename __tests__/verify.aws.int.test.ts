import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FakeAws } from '../e2e/harness/aws.js'
import { freePort } from '../e2e/harness/cluster.js'
import { brief, entry, verifyValues } from './helpers/verify.js'

// `verify` against a local endpoint speaking the AWS JSON 1.1 protocol, with
// the official SDK v3 clients (endpoint from AWS_ENDPOINT_URL, credentials
// from the default chain). The endpoint refuses, and records, every
// value-returning call (GetSecretValue, BatchGetSecretValue, GetParameter*).

const aws = new FakeAws(mkdtempSync(join(tmpdir(), 'si-verify-aws-')))

function values(refs: string[], service = 'SecretsManager'): string {
  return `clustersecretstore:
  name: aws
  providerType: aws
  aws:
    region: eu-west-1
    service: ${service}
    auth: {serviceAccountName: eso, serviceAccountNamespace: eso}
externalsecrets:
${refs.map((r, i) => entry({ name: `s${i}`, store: 'aws', remote: r, namespace: 'apps' })).join('')}`
}

const ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAVERIFYONLY',
  AWS_SECRET_ACCESS_KEY: 'verify-secret-key',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: '/nonexistent/aws-config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials'
}
const saved = { ...process.env }

beforeAll(() => aws.start())
afterAll(() => aws.stop())
beforeEach(() => {
  Object.assign(process.env, ENV, { AWS_ENDPOINT_URL: aws.url })
})
afterEach(() => {
  expect(aws.violations).toEqual([])
  aws.calls.length = 0
  aws.deny.clear()
  aws.deleted.clear()
  aws.throttleNext = 0
  aws.delayMs = 0
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
})

const actions = (): string[] => aws.calls.map((c) => `${c.action}${c.secretId ? ` ${c.secretId}` : ''}`).sort()

describe('verify against AWS Secrets Manager', () => {
  it('a few references: DescribeSecret once per secret; missing and scheduled-for-deletion are findings', async () => {
    aws.put({ 'prod/db': 'v', 'prod/old': 'v' })
    aws.deleted.add('prod/old')
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf'
    const out = await verifyValues({ 'values.yaml': values(['prod/db', 'prod/dbb', 'prod/old', arn, 'prod/db']) })
    expect(brief(out.findings)).toEqual([
      'error remote-missing values.yaml:19:25 remote secret "prod/dbb" does not exist in AWS Secrets Manager in eu-west-1 ' +
        '(store "aws"); this Secret would fail to sync (SecretSyncedError): apps/s1',
      'error remote-missing values.yaml:25:25 remote secret "prod/old" does not exist (scheduled for deletion) in AWS Secrets ' +
        'Manager in eu-west-1 (store "aws"); this Secret would fail to sync (SecretSyncedError): apps/s2'
    ])
    expect(actions()).toEqual(['DescribeSecret ' + arn, 'DescribeSecret prod/db', 'DescribeSecret prod/dbb', 'DescribeSecret prod/old'])
    expect(aws.calls.every((c) => c.accessKeyId === 'AKIAVERIFYONLY')).toBe(true)
  })

  it('many references: one ListSecrets page settles them all, no DescribeSecret', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `app/${String(i).padStart(2, '0')}`)
    aws.put(Object.fromEntries(names.slice(0, 39).map((n) => [n, 'v'])))
    const out = await verifyValues({ 'values.yaml': values(names) })
    expect(out.findings.map((f) => f.message.split(' does not')[0])).toEqual(['remote secret "app/39"'])
    expect(actions()).toEqual(['ListSecrets'])
  })

  it('a listing longer than its budget is abandoned; the names it did not show are described one by one', async () => {
    // 20 references: budget ceil(20 / 8) = 3 pages of 100; the account holds 500 secrets.
    const all = Array.from({ length: 500 }, (_, i) => `bulk/${String(i).padStart(3, '0')}`)
    aws.put(Object.fromEntries(all.map((n) => [n, 'v'])))
    const refs = [...all.slice(0, 10), ...all.slice(491), 'bulk/missing']
    const out = await verifyValues({ 'values.yaml': values(refs) })
    expect(out.findings.map((f) => f.message.split(' does not')[0])).toEqual(['remote secret "bulk/missing"'])
    expect(actions().filter((a) => a === 'ListSecrets')).toHaveLength(3)
    expect(
      actions()
        .filter((a) => a.startsWith('DescribeSecret'))
        .sort()
    ).toEqual([...all.slice(491), 'bulk/missing'].map((n) => `DescribeSecret ${n}`).sort())
  })

  it('without the ListSecrets permission the per-name calls still answer', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `n/${i}`)
    aws.put(Object.fromEntries(names.map((n) => [n, 'v'])))
    aws.deny.add('ListSecrets')
    const out = await verifyValues({ 'values.yaml': values(names) })
    expect(out.findings).toEqual([])
    expect(actions().filter((a) => a.startsWith('DescribeSecret'))).toHaveLength(20)
  })

  it('permission denied: remote-unchecked that names the call', async () => {
    aws.put({ a: 'v' })
    aws.deny.add('*')
    const out = await verifyValues({ 'values.yaml': values(['a', 'b']) })
    expect(out.findings.map((f) => f.rule)).toEqual(['remote-unchecked'])
    expect(out.findings[0]?.message).toContain('was not checked: permission denied for secretsmanager:DescribeSecret on "')
  })

  it("throttled: the SDK's retries absorb a short burst; a lasting one leaves the store unchecked", async () => {
    aws.put({ a: 'v' })
    aws.throttleNext = 2
    expect((await verifyValues({ 'values.yaml': values(['a']) })).findings).toEqual([])
    aws.throttleNext = 1000
    const out = await verifyValues({ 'values.yaml': values(['a']) })
    expect(out.findings[0]?.message).toContain('secretsmanager:DescribeSecret on "a" was still throttled after the SDK\'s retries')
  })

  it('unreachable endpoint: remote-unchecked', async () => {
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${await freePort()}`
    const out = await verifyValues({ 'values.yaml': values(['a']) })
    expect(out.findings[0]?.message).toContain('endpoint unreachable (ECONNREFUSED)')
  })

  it('slow endpoint: unchecked after the store timeout', async () => {
    aws.put({ a: 'v' })
    aws.delayMs = 3_000
    const t0 = Date.now()
    const out = await verifyValues({ 'values.yaml': values(['a']) }, { storeTimeoutMs: 300 })
    expect(Date.now() - t0).toBeLessThan(2_000)
    expect(out.findings[0]?.message).toContain('was not checked: no answer within 0.3 s from AWS Secrets Manager in eu-west-1')
  })

  it('no credentials in the default chain: remote-unchecked that says which ones to provide', async () => {
    delete process.env.AWS_ACCESS_KEY_ID
    delete process.env.AWS_SECRET_ACCESS_KEY
    const out = await verifyValues({ 'values.yaml': values(['a']) })
    expect(out.findings[0]?.message).toContain(
      'no AWS credentials (the SDK default chain found none: use aws-actions/configure-aws-credentials'
    )
    expect(aws.calls).toEqual([])
  })
})

describe('verify against AWS Parameter Store', () => {
  it('DescribeParameters with a Name filter, 50 names a call', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `/app/p${i}`)
    aws.put({}, Object.fromEntries(names.filter((_, i) => i !== 7).map((n) => [n, 'v'])))
    const out = await verifyValues({ 'values.yaml': values(names, 'ParameterStore') })
    expect(out.findings.map((f) => f.message.split(' (store')[0])).toEqual([
      'remote secret "/app/p7" does not exist in AWS Parameter Store in eu-west-1'
    ])
    expect(actions()).toEqual(['DescribeParameters', 'DescribeParameters'])
  })
})
