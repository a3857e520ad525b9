import { describe, expect, it } from 'vitest'
import { normalizeRelease } from '../src/core/normalize.js'
import { renderRelease, renderReleases, type Resource } from '../src/core/render/index.js'
import { esoErrors, esoErrorsAll } from './helpers/eso-schema.js'

/** The checker must reject what ESO rejects, or the other tests prove nothing. */
const good = (): Resource[] =>
  renderRelease(
    normalizeRelease('f', {
      clustersecretstore: { name: 'kv', azurekv: { vaulturl: 'https://kv.vault.azure.net', identityid: 'mi' } },
      externalsecrets: [
        { secret: 'app', clustersecstore: 'kv', namespace: 'web', namespacesecretname: 'app', keyvaultsecretname: 'r', argocd: true }
      ]
    })
  )

/** The object at `path` inside `root`; fails the test if there is none. */
function at(root: unknown, path: string[]): object {
  let cur: unknown = root
  for (const p of path) cur = cur !== null && typeof cur === 'object' ? Reflect.get(cur, p) : undefined
  if (cur === null || typeof cur !== 'object') throw new Error(`no object at ${path.join('.')}`)
  return cur
}

/** Set (or with `undefined`, delete) `key` of the object at `path` in resource `index`, and check it. */
function mutate(index: number, path: string[], key: string, value: unknown): string[] {
  const resources: unknown[] = structuredClone(good())
  const target = at(resources[index], path)
  if (value === undefined) Reflect.deleteProperty(target, key)
  else Reflect.set(target, key, value)
  return esoErrors(resources[index])
}

const ES = ['spec', 'externalSecretSpec']
const TARGET = [...ES, 'target']
const TEMPLATE = [...TARGET, 'template']
const AZURE = ['spec', 'provider', 'azurekv']
const hostFromR = { secretKey: 'host', remoteRef: { key: 'r', property: 'host' } }

describe('eso-schema helper', () => {
  it('accepts the renderer output', () => {
    expect(esoErrorsAll(good())).toEqual([])
  })

  it('rejects unknown fields at any depth (the package validators let them through)', () => {
    expect(mutate(1, [...TEMPLATE, 'metadata'], 'extra', {})).toEqual([
      '/spec/externalSecretSpec/target/template/metadata/extra: unknown field'
    ])
    expect(mutate(0, AZURE, 'vaultURL', 'x')).toEqual(['/spec/provider/azurekv/vaultURL: unknown field'])
    expect(mutate(1, ['metadata'], 'namespace2', 'x')).toEqual(['/metadata/namespace2: unknown field'])
  })

  it('rejects schema violations: enums, types, patterns', () => {
    expect(mutate(0, AZURE, 'authType', 'Password').join()).toMatch(/authType/)
    expect(mutate(1, TARGET, 'creationPolicy', 'Always').join()).toMatch(/creationPolicy/)
    expect(mutate(1, ES, 'data', [{ secretKey: 'host', remoteRef: 'x' }]).join()).toMatch(/remoteRef/)
    expect(mutate(1, [], 'apiVersion', 'external-secrets.io/v2')).toEqual([
      'unexpected apiVersion/kind external-secrets.io/v2/ClusterExternalSecret'
    ])
  })

  it('rejects ESO semantic errors of SPEC.md section 5', () => {
    expect(mutate(1, ES, 'data', undefined)).toContain('externalSecretSpec: neither data nor dataFrom')
    expect(mutate(1, ES, 'data', [hostFromR, hostFromR])).toContain('externalSecretSpec.data: duplicate secretKey host')
    const merged = { name: 'app', creationPolicy: 'Merge', deletionPolicy: 'Delete' }
    expect(mutate(1, ES, 'target', merged)).toContain('target: deletionPolicy Delete needs creationPolicy Owner')
    expect(mutate(1, [...TEMPLATE, 'metadata'], 'labels', { team: '{{ .host }}' })).toContain(
      'template labels: invalid value "{{ .host }}" for team'
    )
    expect(mutate(1, TEMPLATE, 'data', { server: '{{ .hostname }}' })).toContain(
      'template data server: reads .hostname which no data item fetches'
    )
    expect(mutate(0, ['metadata'], 'namespace', 'default')).toContain('metadata.namespace on a cluster-scoped store')
  })

  it('renderReleases concatenates releases in the order given', () => {
    const a = normalizeRelease('a.yaml', {
      clustersecretstore: { name: 'zz', azurekv: { vaulturl: 'https://a.vault.azure.net', identityid: 'mi' } }
    })
    const b = normalizeRelease('b.yaml', {
      clustersecretstore: { name: 'aa', azurekv: { vaulturl: 'https://b.vault.azure.net', identityid: 'mi' } }
    })
    expect(renderReleases([a, b]).map((r) => r.metadata.name)).toEqual(['zz', 'aa'])
  })
})
