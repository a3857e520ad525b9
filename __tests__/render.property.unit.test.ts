import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseAllDocuments, stringify } from 'yaml'
import { compareStrings } from '../src/core/compare.js'
import { ALL_KEYS, remoteRefsOf, secretKeysOf, secretLabelsOf, secretTypeOf } from '../src/core/kinds/index.js'
import { lintFiles } from '../src/core/lint/index.js'
import { normalizeRelease } from '../src/core/normalize.js'
import { renderRelease, renderReleases, toYaml, type Resource } from '../src/core/render/index.js'
import { esoErrorsAll } from './helpers/eso-schema.js'
import { generateValues, validValuesArbitrary } from './helpers/values-arbitrary.js'

type Values = Record<string, unknown>

const render = (values: unknown): string => toYaml(renderRelease(normalizeRelease('values.yaml', values)))

/** `value[path...]` for any object, undefined otherwise. */
function field(value: unknown, ...path: string[]): unknown {
  let cur = value
  for (const key of path) cur = cur !== null && typeof cur === 'object' ? Reflect.get(cur, key) : undefined
  return cur
}
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const sorted = (xs: string[]): string[] => [...xs].sort(compareStrings)

/** The Secret a rendered CES makes, read back from the ESO fields (what ESO itself would do). */
function secretOf(ces: Resource): { type: string; labels: unknown; keys: string[]; remoteRefs: string[] } {
  const es = field(ces, 'spec', 'externalSecretSpec')
  const template = field(es, 'target', 'template')
  const data = list(field(es, 'data'))
  const templateData = field(template, 'data')
  const keys = templateData !== undefined ? Object.keys(Object(templateData)) : data.map((d) => String(field(d, 'secretKey')))
  if (list(field(es, 'dataFrom')).length > 0) keys.push(ALL_KEYS)
  const remoteRefs = [
    ...data.map((d) => {
      const property = field(d, 'remoteRef', 'property')
      return String(field(d, 'remoteRef', 'key')) + (property === undefined ? '' : `#${String(property)}`)
    }),
    ...list(field(es, 'dataFrom')).map((d) => String(field(d, 'extract', 'key')))
  ]
  return {
    type: String(field(template, 'type') ?? 'Opaque'),
    labels: field(template, 'metadata', 'labels') ?? {},
    keys: sorted(keys),
    remoteRefs: sorted(remoteRefs)
  }
}

describe('render: properties', () => {
  it('valid values always render to ESO-valid resources that read back the same in YAML 1.1 and 1.2', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (values) => {
        const resources = renderRelease(normalizeRelease('values.yaml', values))
        expect(esoErrorsAll(resources)).toEqual([])
        const text = toYaml(resources)
        for (const version of ['1.1', '1.2'] as const) {
          expect(parseAllDocuments(text, { version }).map((d) => d.toJS())).toEqual(resources)
        }
      }),
      { numRuns: 80 }
    )
  })

  it('rendering is deterministic and independent of the order of entries and stores', () => {
    const withOrder = validValuesArbitrary().chain((values) => {
      const entries: unknown[] = Array.isArray(values.externalsecrets) ? values.externalsecrets : []
      const stores: unknown[] = Array.isArray(values.clustersecretstores) ? values.clustersecretstores : []
      return fc.tuple(
        fc.constant(values),
        fc.shuffledSubarray(entries, { minLength: entries.length }),
        fc.shuffledSubarray(stores, { minLength: stores.length })
      )
    })
    fc.assert(
      fc.property(withOrder, ([values, entries, stores]) => {
        const first = render(values)
        expect(render(structuredClone(values))).toBe(first)
        const reordered: Values = { ...values, externalsecrets: entries }
        if (values.clustersecretstores !== undefined) reordered.clustersecretstores = stores
        expect(render(reordered)).toBe(first)
      }),
      { numRuns: 100 }
    )
  })

  it('the rendered Secrets are exactly what the diff describes (the kind modules)', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (values) => {
        const release = normalizeRelease('values.yaml', values)
        const byName = new Map(renderRelease(release).map((r) => [`${r.kind}/${r.metadata.name}`, r]))
        for (const e of release.entries) {
          const ces = byName.get(`ClusterExternalSecret/${e.name}`)
          if (!ces) throw new Error(`no CES ${e.name}`)
          expect(secretOf(ces)).toEqual({
            type: secretTypeOf(e),
            labels: secretLabelsOf(e),
            keys: sorted(secretKeysOf(e)),
            remoteRefs: remoteRefsOf(e)
          })
        }
      }),
      { numRuns: 100 }
    )
  })

  it('normalize + render never throws, whatever JSON-like input it gets', () => {
    const anyValue = fc.jsonValue({ maxDepth: 3 })
    const entryish = fc.dictionary(
      fc.constantFrom(
        'secret',
        'clustersecstore',
        'namespace',
        'namespaces',
        'namespaceSelector',
        'namespacesecretname',
        'keyvaultsecretname',
        'namespacesecretkeyname',
        'property',
        'multivalue',
        'type',
        'argocd',
        'argocdBearerToken',
        'argocdRepoCreds',
        'contactpoint',
        'labels',
        'refreshTime',
        'refreshInterval',
        'creationPolicy',
        'deletionPolicy'
      ),
      fc.oneof(anyValue, fc.constant(true), fc.constant('kubernetes.io/tls'))
    )
    const storeish = fc.dictionary(
      fc.constantFrom('name', 'providerType', 'azurekv', 'aws', 'vault', 'conditions'),
      fc.oneof(
        anyValue,
        fc.constantFrom('aws', 'vault', 'azurekv'),
        fc.record({ auth: fc.dictionary(fc.constantFrom('kubernetes', 'appRole', 'tokenName'), anyValue) })
      )
    )
    const valuesish = fc.oneof(
      fc.anything(),
      fc.record(
        {
          clustersecretstore: fc.oneof(storeish, anyValue),
          clustersecretstores: fc.oneof(fc.array(storeish, { maxLength: 3 }), anyValue),
          externalsecrets: fc.oneof(fc.array(entryish, { maxLength: 5 }), anyValue),
          defaults: anyValue,
          esoApiVersion: fc.oneof(anyValue, fc.constant('v1beta1'))
        },
        { requiredKeys: [] }
      )
    )
    fc.assert(
      fc.property(valuesish, (values) => {
        const out = render(values)
        expect(typeof out).toBe('string')
      }),
      { numRuns: 500 }
    )
  })

  it('generateValues: deterministic, every kind and store mode, ESO-valid output', () => {
    const a = generateValues({ entries: 60, namespaces: 7, seed: 42 })
    expect(generateValues({ entries: 60, namespaces: 7, seed: 42 })).toEqual(a)
    expect(generateValues({ entries: 60, namespaces: 7, seed: 43 })).not.toEqual(a)
    const release = normalizeRelease('bench.yaml', a)
    expect(new Set(release.entries.map((e) => e.kind)).size).toBe(9)
    expect(
      new Set(release.stores.map((s) => `${s.provider.type}/${s.provider.type === 'aws' ? s.provider.service : s.provider.auth.mode}`)).size
    ).toBe(8)
    const resources = renderReleases([release])
    expect(resources).toHaveLength(68)
    expect(esoErrorsAll(resources)).toEqual([])
    // The benchmark input must be clean: findings would make it measure warning output, not lint and render.
    expect(lintFiles([{ name: 'bench.yaml', text: stringify(a) }]).findings).toEqual([])
  })
})
