import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { lintFiles } from '../src/core/lint/index.js'
import { lintAndRender } from '../src/core/pipeline.js'
import { verifyFindings } from '../src/core/verify/findings.js'
import { planVerify, providerName } from '../src/core/verify/plan.js'
import { verifyReport } from '../src/core/verify/report.js'
import type { RemoteLocation, StoreResult } from '../src/core/verify/types.js'
import { brief, entry } from './helpers/verify.js'
import { validValuesArbitrary } from './helpers/values-arbitrary.js'

/** `value[key]` for any object, undefined otherwise: reads rendered output without casts. */
function field(value: unknown, ...path: Array<string | number>): unknown {
  let cur = value
  for (const key of path) cur = cur !== null && typeof cur === 'object' ? Reflect.get(cur, key) : undefined
  return cur
}
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

function plan(files: Record<string, string>) {
  const sources = Object.entries(files).map(([name, text]) => ({ name, text }))
  const lint = lintFiles(sources)
  expect(lint.findings.filter((f) => f.severity === 'error')).toEqual([])
  return planVerify(lint.releases, sources)
}

const AZURE = `clustersecretstore:
  name: kv
  azurekv:
    vaulturl: https://my-vault.vault.azure.net
    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc
`

describe('planVerify', () => {
  it('checks exactly the remote keys the rendered ClusterExternalSecrets read, per store (any valid values)', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (values) => {
        const source = { name: 'values.yaml', text: stringify(values, { lineWidth: 0 }) }
        const { releases, resources } = lintAndRender([source])
        if (resources === null) throw new Error('generated values must pass lint')
        const p = planVerify(releases, [source])
        const locations = new Map(p.stores.map((st) => [st.store, st.location]))
        // Keys as ESO resolves them in the store's provider (two keys may name one Vault path).
        const rendered = new Set<string>()
        for (const r of resources.filter((x) => x.kind === 'ClusterExternalSecret')) {
          const spec = field(r, 'spec', 'externalSecretSpec')
          const store = String(field(spec, 'secretStoreRef', 'name'))
          const location = locations.get(store)
          const keys = [
            ...list(field(spec, 'data')).map((d) => String(field(d, 'remoteRef', 'key'))),
            ...list(field(spec, 'dataFrom')).map((d) => String(field(d, 'extract', 'key')))
          ]
          for (const key of keys) rendered.add(`${store} ${location ? providerName(location, key) : key}`)
        }
        const planned = new Set(p.stores.flatMap((st) => st.checks.map((c) => `${st.store} ${c.name}`)))
        expect([...planned].sort()).toEqual([...rendered].sort())
      }),
      { numRuns: 60 }
    )
  })

  it('one check per remote secret, with every reader in file order and each reader at its keyvaultsecretname', () => {
    const p = plan({
      'a.yaml': `${AZURE}externalsecrets:\n${entry({ name: 'one', store: 'kv', remote: 'shared', namespace: 'a' })}${entry({
        name: 'tls',
        store: 'kv',
        remote: 'site',
        selector: 'tier: web',
        extra: '    type: kubernetes.io/tls\n    namespacesecretkeynamecrt: tls.crt\n    namespacesecretkeynamekey: tls.key\n'
      })}`,
      'b.yaml': `externalsecrets:\n${entry({
        name: 'argo',
        store: 'kv',
        remote: 'shared',
        namespace: 'argocd',
        extra: '    argocd: true\n    argocdBearerToken: true\n'
      })}${entry({ name: 'elsewhere', store: 'other', remote: 'x' })}`
    })
    expect(p.stores.map((s) => [s.store, s.file, s.line, s.column, s.location])).toEqual([
      ['kv', 'a.yaml', 2, 9, { provider: 'azurekv', vaultUrl: 'https://my-vault.vault.azure.net' }],
      ['other', 'b.yaml', 10, 22, null]
    ])
    const kv = p.stores[0]
    expect(kv?.checks.map((c) => c.name)).toEqual(['shared', 'site-crt', 'site-key'])
    expect(kv?.checks[0]?.readers).toEqual([
      {
        file: 'a.yaml',
        line: 11,
        column: 25,
        entry: 'one',
        kind: 'single',
        secrets: [{ namespace: 'a', selector: null, name: 'one' }],
        properties: []
      },
      {
        file: 'b.yaml',
        line: 6,
        column: 25,
        entry: 'argo',
        kind: 'argocd-cluster-bearer',
        secrets: [{ namespace: 'argocd', selector: null, name: 'argo' }],
        properties: ['bearerToken', 'caData', 'clusterName', 'host']
      }
    ])
    expect(kv?.checks[1]?.readers[0]?.secrets).toEqual([{ namespace: null, selector: 'tier=web', name: 'tls' }])
  })
})

describe('providerName: the Vault path ESO reads (its buildPath)', () => {
  const v2: RemoteLocation = { provider: 'vault', server: 'https://v', mount: 'secret', version: 'v2' }
  const v1: RemoteLocation = { provider: 'vault', server: 'https://v', mount: 'secret', version: 'v1' }
  it.each([
    [v2, 'foo', 'foo'],
    [v2, 'secret/foo', 'foo'],
    [v2, 'secret/data/foo', 'foo'],
    [v2, 'secretive/foo', 'secretive/foo'],
    [v1, 'secret/foo', 'foo'],
    [v1, 'secret/data/foo', 'data/foo'],
    [{ provider: 'aws', service: 'SecretsManager', region: 'eu-west-1' } as const, 'secret/foo', 'secret/foo']
  ])('%o %s -> %s', (location, key, name) => {
    expect(providerName(location, key)).toBe(name)
  })
})

describe('verifyFindings', () => {
  const values = `${AZURE}externalsecrets:\n${Array.from({ length: 12 }, (_, i) =>
    entry({ name: `app${i}`, store: 'kv', remote: 'gone', namespace: `ns${i}` })
  ).join('')}`
  const p = plan({ 'values.yaml': values })
  const missing: StoreResult[] = [{ store: 'kv', presence: { gone: { state: 'missing' } } }]

  it('one finding per missing secret at its first reader; long lists are cut and counted; level sets the severity', () => {
    const [f] = verifyFindings(p, missing, 'warning')
    expect(f?.severity).toBe('warning')
    expect(f?.line).toBe(11)
    expect(f?.message).toContain(
      'these 12 Secrets would fail to sync (SecretSyncedError): ns0/app0, ns1/app1, ns2/app2, ns3/app3, ns4/app4, ns5/app5, ' +
        'ns6/app6, ns7/app7, ns8/app8, ns9/app9 and 2 more; also read at values.yaml:17:25, values.yaml:23:25, values.yaml:29:25, ' +
        'values.yaml:35:25, values.yaml:41:25 and 6 more'
    )
    expect(verifyFindings(p, missing)[0]?.severity).toBe('error')
  })

  it('a store without an answer is reported, never silently passed', () => {
    expect(brief(verifyFindings(p, []))).toEqual([
      'warning remote-unchecked values.yaml:2:9 store "kv" (Azure Key Vault https://my-vault.vault.azure.net) was not checked: ' +
        'it was not checked (internal error: no answer for this store; please report it); ' +
        '1 remote secret read by 12 Secrets unverified: "gone"'
    ])
  })
})

describe('verifyReport', () => {
  it('missing remote secrets with every Secret that reads them, unchecked stores with their reason and readers, as plain data', () => {
    const p = plan({
      'values.yaml': `${AZURE}externalsecrets:\n${entry({ name: 'b', store: 'kv', remote: 'gone', namespace: 'z' })}${entry({
        name: 'a',
        store: 'kv',
        remote: 'gone',
        selector: 'team: a'
      })}${entry({ name: 'c', store: 'kv', remote: 'here', namespace: 'a' })}${entry({ name: 'd', store: 'elsewhere', remote: 'x' })}`
    })
    const report = verifyReport(
      p,
      [
        { store: 'kv', presence: { gone: { state: 'missing', note: 'scheduled for deletion' }, here: { state: 'present' } } },
        { store: 'elsewhere', presence: {}, unchecked: { names: ['x'], reason: 'no given values file defines this store' } }
      ],
      'warning'
    )
    expect(report).toEqual({
      level: 'warning',
      checked: 3,
      missing: [
        {
          store: 'kv',
          location: 'Azure Key Vault https://my-vault.vault.azure.net',
          remote: 'gone',
          note: 'scheduled for deletion',
          file: 'values.yaml',
          line: 11,
          column: 25,
          secrets: [
            { namespace: 'z', selector: null, name: 'b' },
            { namespace: null, selector: 'team=a', name: 'a' }
          ]
        }
      ],
      unchecked: [
        {
          store: 'elsewhere',
          location: null,
          reason: 'no given values file defines this store',
          count: 1,
          secrets: [{ namespace: 'apps', selector: null, name: 'd' }]
        }
      ]
    })
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
})
