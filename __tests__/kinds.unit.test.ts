import { describe, expect, it } from 'vitest'
import { compareStrings } from '../src/core/compare.js'
import { decideKind, KINDS, kindModule, type SecretKind } from '../src/core/kinds/index.js'

/** The decision order the README's "What is rendered" documents, with the values that select each kind. */
const ORDER: Array<[SecretKind, Record<string, unknown>]> = [
  ['tls', { type: 'kubernetes.io/tls' }],
  ['custom-type', { type: 'kubernetes.io/dockerconfigjson' }],
  ['argocd-cluster-bearer', { argocd: true, argocdBearerToken: true }],
  ['argocd-cluster-cert', { argocd: true }],
  ['argocd-repo-creds', { argocdRepoCreds: true }],
  ['grafana-contact-point', { contactpoint: true }],
  ['multivalue', { multivalue: true }],
  ['property', { property: 'password' }],
  ['single', {}]
]

describe('kind modules', () => {
  it('are listed in the documented decision order, one module per kind', () => {
    expect(KINDS.map((k) => k.kind)).toEqual(ORDER.map(([kind]) => kind))
    for (const [kind] of ORDER) expect(kindModule(kind).kind).toBe(kind)
  })

  it('decide by the first match: every kind wins over every kind after it', () => {
    ORDER.forEach(([kind, values], i) => {
      expect(decideKind(values), kind).toBe(kind)
      for (const [, later] of ORDER.slice(i + 1)) {
        // TLS and custom type share the `type` key: set the earlier one last so it is the value kept.
        expect(decideKind({ ...later, ...values }), `${kind} over ${JSON.stringify(later)}`).toBe(kind)
      }
    })
  })

  it('switch values count only when they are the real thing (YAML types, not look-alikes)', () => {
    expect(decideKind({ argocd: 'true' })).toBe('single')
    expect(decideKind({ multivalue: 1 })).toBe('single')
    expect(decideKind({ type: '' })).toBe('single')
    expect(decideKind({ property: '' })).toBe('single')
    expect(decideKind({ argocdBearerToken: true })).toBe('single')
  })

  it('describe Secrets with sorted key names and remote references, and distinct labels', () => {
    const e = { remoteName: 'r', key: 'k', property: 'p', type: 'example.com/t', labels: {} }
    for (const k of KINDS) {
      expect(k.keys(e), k.kind).toEqual([...k.keys(e)].sort(compareStrings))
      expect(k.remoteRefs(e), k.kind).toEqual([...k.remoteRefs(e)].sort(compareStrings))
      expect(k.remoteSecrets(e).length, k.kind).toBeGreaterThan(0)
    }
    expect(new Set(KINDS.map((k) => k.label)).size).toBe(KINDS.length)
  })
})
