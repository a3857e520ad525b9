import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { AWS_CALLS_FILE, AWS_SECRETS_FILE, type AwsCall } from './harness/aws.js'
import { applyAll, deleteAll, snapshot, waitConverged, waitStoreReady, type EsoResource, type Snapshot } from './harness/eso.js'
import { Kube } from './harness/kube.js'
import { render, scratch, writeValues } from './harness/tool.js'

// The rendered AWS Secrets Manager store (IRSA: auth.jwt.serviceAccountRef),
// unchanged, with ESO's aws provider pointed at a local STS + Secrets Manager
// stand-in (started by the global setup, see e2e/harness/aws.ts). The service
// account token ESO exchanges is a real one issued by the test API server.

const kube = new Kube(inject('kube'))
const dir = inject('clusterDir')
const STORE = 'e2e-aws-store'
const AUTH_NS = 'e2e-aws-auth'
const NS = 'e2e-aws-a'

const SECRETS: Record<string, string> = {
  'prod/db': JSON.stringify({ username: 'app', password: 'pa"ss' }),
  'prod/api-key': 'k-123\nsecond line',
  'prod/site-crt': '-----BEGIN CERTIFICATE-----\nMIIBsite\n-----END CERTIFICATE-----\n',
  'prod/site-key': '-----BEGIN PRIVATE KEY-----\nMIIEsite\n-----END PRIVATE KEY-----\n'
}

const VALUES = `clustersecretstore:
  name: ${STORE}
  providerType: aws
  aws:
    region: eu-west-1
    auth: {serviceAccountName: eso-irsa, serviceAccountNamespace: ${AUTH_NS}}
externalsecrets:
  - secret: e2e-aws-db
    clustersecstore: ${STORE}
    namespace: ${NS}
    namespacesecretname: db
    keyvaultsecretname: prod/db
    multivalue: true
  - secret: e2e-aws-password
    clustersecstore: ${STORE}
    namespace: ${NS}
    namespacesecretname: db-password
    keyvaultsecretname: prod/db
    property: password
    namespacesecretkeyname: password
  - secret: e2e-aws-api-key
    clustersecstore: ${STORE}
    namespace: ${NS}
    namespacesecretname: api
    keyvaultsecretname: prod/api-key
    namespacesecretkeyname: API_KEY
    labels: {app: api}
  - secret: e2e-aws-tls
    clustersecstore: ${STORE}
    namespace: ${NS}
    namespacesecretname: site-tls
    keyvaultsecretname: prod/site
    type: kubernetes.io/tls
    namespacesecretkeynamecrt: tls.crt
    namespacesecretkeynamekey: tls.key
`

let resources: EsoResource[] = []
let snap: Snapshot = {}
/** Lines of the shared call log written before this file began (other scenarios use the same endpoint). */
let callsBefore = 0

describe('AWS Secrets Manager store (IRSA) against a local AWS endpoint', () => {
  beforeAll(async () => {
    callsBefore = callLines().length
    writeFileSync(join(dir, AWS_SECRETS_FILE), JSON.stringify(SECRETS))
    await kube.namespace(AUTH_NS)
    await kube.namespace(NS)
    await kube.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'eso-irsa',
        namespace: AUTH_NS,
        annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/e2e-eso' }
      }
    })
    const work = scratch('aws')
    resources = await render(work, writeValues(work, { 'values.yaml': VALUES }))
    await applyAll(kube, resources)
    await waitStoreReady(kube, STORE)
    await waitConverged(kube, resources, [NS])
    snap = await snapshot(kube, [NS])
  })

  afterAll(async () => {
    await deleteAll(kube, resources)
  })

  it('ESO exchanged a service-account token at STS and read each secret from Secrets Manager', () => {
    const calls = callLines()
      .slice(callsBefore)
      .map((l) => JSON.parse(l) as AwsCall)
    expect(calls.some((c) => c.service === 'sts' && c.action === 'AssumeRoleWithWebIdentity')).toBe(true)
    const read = new Set(calls.filter((c) => c.action === 'GetSecretValue').map((c) => c.secretId))
    expect([...read].sort()).toEqual(['prod/api-key', 'prod/db', 'prod/site-crt', 'prod/site-key'])
    expect(calls.filter((c) => c.service === 'other')).toEqual([])
  })

  it('the Secrets hold what the AWS secrets hold', () => {
    expect(snap[NS]).toEqual({
      db: { type: 'Opaque', labels: {}, data: { username: 'app', password: 'pa"ss' } },
      'db-password': { type: 'Opaque', labels: {}, data: { password: 'pa"ss' } },
      api: { type: 'Opaque', labels: { app: 'api' }, data: { API_KEY: SECRETS['prod/api-key'] } },
      'site-tls': {
        type: 'kubernetes.io/tls',
        labels: {},
        data: { 'tls.crt': SECRETS['prod/site-crt'], 'tls.key': SECRETS['prod/site-key'] }
      }
    })
  })
})

function callLines(): string[] {
  try {
    return readFileSync(join(dir, AWS_CALLS_FILE), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
  } catch {
    return []
  }
}
