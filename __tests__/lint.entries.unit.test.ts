import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintFiles } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'

const STORE =
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
  'https://my-vault.vault.azure.net\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'
/** One entry from key: value pairs (null removes a base key), after the store; line 7 is its first key. */
const entry = (fields: Record<string, string | null>): string => {
  const base: Record<string, string | null> = {
    secret: 'db',
    clustersecstore: 'kv',
    namespace: 'payments',
    namespacesecretname: 'db',
    keyvaultsecretname: 'db-password',
    namespacesecretkeyname: 'password',
    ...fields
  }
  const lines = Object.entries(base)
    .filter((kv): kv is [string, string] => kv[1] !== null)
    .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
  return `${STORE}externalsecrets:\n${lines.join('\n')}\n`
}
const lint = (text: string): Finding[] => lintFiles([{ name: 'v.yaml', text }]).findings
const rules = (text: string): string[] => lint(text).map((f) => f.rule)
const only = (text: string, rule: string): Finding[] => lint(text).filter((f) => f.rule === rule)
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/lint/${name}`, import.meta.url), 'utf8')

describe('valid files produce no findings', () => {
  it.each(['valid-all-kinds.yaml', 'chart-example.yaml'])('%s', (name) => {
    const r = lintFiles([{ name, text: fixture(name) }])
    expect(r.findings).toEqual([])
    expect(r.releases).toHaveLength(1)
  })
})

describe('required keys per kind', () => {
  it('each base key is required', () => {
    for (const key of ['secret', 'clustersecstore', 'namespacesecretname', 'keyvaultsecretname']) {
      const [f] = only(entry({ [key]: null }), 'entry-required')
      expect(f).toMatchObject({ line: 7, column: 5 })
      expect(f?.message).toContain(`"${key}" is required`)
    }
  })

  it('an empty string counts as missing', () => {
    expect(only(entry({ keyvaultsecretname: "''" }), 'entry-required')).toHaveLength(1)
  })

  it('namespacesecretkeyname only for single value, property and custom type', () => {
    expect(only(entry({ namespacesecretkeyname: null }), 'entry-required')[0]?.message).toContain('required for a single value entry')
    expect(only(entry({ namespacesecretkeyname: null, property: 'user' }), 'entry-required')[0]?.message).toContain(
      'required for a property entry'
    )
    expect(only(entry({ namespacesecretkeyname: null, type: 'kubernetes.io/basic-auth' }), 'entry-required')[0]?.message).toContain(
      'required for a custom type entry'
    )
    for (const flag of ['multivalue', 'argocd', 'argocdRepoCreds', 'contactpoint'])
      expect(rules(entry({ namespacesecretkeyname: null, [flag]: 'true' }))).toEqual([])
    expect(rules(entry({ namespacesecretkeyname: null, type: 'kubernetes.io/tls' }))).toEqual([])
  })
})

describe('targets', () => {
  it('no target at all', () => {
    expect(only(entry({ namespace: null }), 'no-target')[0]).toMatchObject({ line: 7, column: 5 })
  })
  it('an empty namespaces list', () => {
    expect(only(entry({ namespace: null, namespaces: '[]' }), 'no-target')[0]?.message).toContain('"namespaces" is an empty list')
  })
  it('namespace and namespaces together', () => {
    expect(only(entry({ namespaces: '[a]' }), 'namespace-conflict')).toHaveLength(1)
  })
  it('namespace next to a selector has no effect', () => {
    const [f] = only(entry({ namespaceSelector: '{team: a}' }), 'ineffective-flag')
    expect(f?.message).toBe('externalsecrets[0] ("db"): "namespace" has no effect because "namespaceSelector" wins; remove one of them')
  })
  it('selector forms: plain map, matchLabels, matchExpressions', () => {
    expect(rules(entry({ namespace: null, namespaceSelector: '{team: a}' }))).toEqual([])
    expect(rules(entry({ namespace: null, namespaceSelector: '{matchLabels: {team: a}}' }))).toEqual([])
    expect(
      rules(entry({ namespace: null, namespaceSelector: '{matchExpressions: [{key: env, operator: NotIn, values: [dev]}]}' }))
    ).toEqual([])
  })
  it('selector expressions: values by operator, label syntax', () => {
    expect(rules(entry({ namespace: null, namespaceSelector: '{matchExpressions: [{key: env, operator: In}]}' }))).toEqual([
      'invalid-selector'
    ])
    expect(rules(entry({ namespace: null, namespaceSelector: '{matchExpressions: [{key: env, operator: Exists, values: [a]}]}' }))).toEqual(
      ['invalid-selector']
    )
    expect(
      rules(entry({ namespace: null, namespaceSelector: '{matchExpressions: [{key: "bad key", operator: In, values: ["-x"]}]}' }))
    ).toEqual(['invalid-label', 'invalid-label'])
    expect(rules(entry({ namespace: null, namespaceSelector: '{matchLabels: {}}' }))).toEqual(['empty-selector'])
  })
})

describe('Kubernetes names', () => {
  it('namespaces are DNS labels of at most 63', () => {
    expect(rules(entry({ namespace: 'a'.repeat(63) }))).toEqual([])
    expect(rules(entry({ namespace: 'a'.repeat(64) }))).toEqual(['invalid-namespace'])
    expect(rules(entry({ namespace: 'team.a' }))).toEqual(['invalid-namespace'])
    expect(only(entry({ namespace: null, namespaces: '[ok, Not-OK]' }), 'invalid-namespace')[0]).toMatchObject({
      line: 12,
      message: expect.stringContaining('"namespaces[1]": "Not-OK"')
    })
  })
  it('CES and Secret names are DNS subdomains of at most 253', () => {
    expect(rules(entry({ secret: 'a.b-c', namespacesecretname: 'x.y' }))).toEqual([])
    expect(rules(entry({ namespacesecretname: 'a'.repeat(254) }))).toEqual(['invalid-resource-name'])
    expect(rules(entry({ namespacesecretname: 'db_creds' }))).toEqual(['invalid-resource-name'])
  })
  it('Secret keys', () => {
    expect(rules(entry({ namespacesecretkeyname: '.dockerconfigjson' }))).toEqual([])
    expect(rules(entry({ namespacesecretkeyname: 'a/b' }))).toEqual(['invalid-secret-key'])
    expect(rules(entry({ namespacesecretkeyname: "'..x'" }))).toEqual(['invalid-secret-key'])
  })
  it('labels: prefix/name keys and values', () => {
    expect(rules(entry({ labels: '{app.kubernetes.io/name: db, team: "", a_b.c: A-1}' }))).toEqual([])
    expect(only(entry({ labels: '{Bad/name: x}' }), 'invalid-label')[0]?.message).toContain('the prefix before "/"')
    expect(only(entry({ labels: `{${'n'.repeat(64)}: x}` }), 'invalid-label')[0]?.message).toContain('the name part')
    expect(rules(entry({ labels: `{team: ${'v'.repeat(64)}}` }))).toEqual(['invalid-label'])
  })
})

describe('kinds', () => {
  it('TLS keys must be tls.crt / tls.key', () => {
    const tls = { namespacesecretkeyname: null, type: 'kubernetes.io/tls' }
    expect(rules(entry({ ...tls, namespacesecretkeynamecrt: 'tls.crt', namespacesecretkeynamekey: 'tls.key' }))).toEqual([])
    expect(only(entry({ ...tls, namespacesecretkeynamekey: 'key.pem' }), 'tls-key-name')[0]?.message).toContain('must be tls.key')
  })

  it('two kind flags: names our kind and the chart kind', () => {
    const [f] = only(entry({ namespacesecretkeyname: null, argocdRepoCreds: 'true', contactpoint: 'true' }), 'conflicting-kind-flags')
    expect(f?.message).toBe(
      'externalsecrets[0] ("db"): sets several kind flags (argocdRepoCreds, contactpoint): this ' +
        'tool makes an Argo CD repo creds secret (argocdRepoCreds wins), the Secrets Injector chart 1.0.0 ' +
        'would make a Grafana contact point secret (contactpoint); keep only one'
    )
    const [same] = only(entry({ namespacesecretkeyname: null, type: 'kubernetes.io/tls', multivalue: 'true' }), 'conflicting-kind-flags')
    expect(same?.message).toContain(
      'this tool makes a TLS secret (type: kubernetes.io/tls wins), the Secrets Injector chart 1.0.0 picks the same'
    )
  })

  // What `helm template` of the Secrets Injector chart 1.0.0 renders for each combination
  // (run by hand with helm v3.19.5: it tests type, then contactpoint, then multivalue, then
  // argocd, and ignores argocdRepoCreds and argocdBearerToken). `null`: the chart picks the same.
  const CERT = 'an Argo CD cluster (client certificate) secret'
  const picks: Array<[flags: Record<string, string>, ours: string, chart: string | null]> = [
    [{ argocd: 'true', contactpoint: 'true' }, `${CERT} (argocd wins)`, 'a Grafana contact point secret (contactpoint)'],
    [{ argocd: 'true', multivalue: 'true' }, `${CERT} (argocd wins)`, 'a multivalue secret (multivalue)'],
    [{ argocd: 'true', argocdRepoCreds: 'true' }, `${CERT} (argocd wins)`, null],
    [
      { argocd: 'true', argocdBearerToken: 'true', argocdRepoCreds: 'true' },
      'an Argo CD cluster (bearer token) secret',
      `${CERT} (argocd)`
    ],
    [{ argocdRepoCreds: 'true', contactpoint: 'true' }, 'an Argo CD repo creds secret', 'a Grafana contact point secret (contactpoint)'],
    [{ argocdRepoCreds: 'true', multivalue: 'true' }, 'an Argo CD repo creds secret', 'a multivalue secret (multivalue)'],
    [{ argocd: 'true', argocdRepoCreds: 'true', multivalue: 'true' }, `${CERT} (argocd wins)`, 'a multivalue secret (multivalue)'],
    [{ contactpoint: 'true', multivalue: 'true' }, 'a Grafana contact point secret', null],
    [{ type: 'kubernetes.io/tls', argocd: 'true' }, 'a TLS secret', null],
    [{ type: 'Opaque', contactpoint: 'true' }, 'a custom type secret', null]
  ]
  it.each(picks)('two kind flags %j: the kind made here and the one chart 1.0.0 makes', (flags, ours, chart) => {
    const [f] = only(entry({ namespacesecretkeyname: null, ...flags }), 'conflicting-kind-flags')
    expect(f?.message).toContain(`this tool makes ${ours}`)
    expect(f?.message).toContain(
      chart === null ? 'the Secrets Injector chart 1.0.0 picks the same' : `the Secrets Injector chart 1.0.0 would make ${chart};`
    )
  })

  it('flags with no effect', () => {
    const msg = (fields: Record<string, string | null>): string[] => only(entry(fields), 'ineffective-flag').map((f) => f.message)
    expect(msg({ namespacesecretkeyname: null, multivalue: 'true', property: 'x' })).toEqual([
      'externalsecrets[0] ("db"): "property" has no effect on a multivalue entry; remove it'
    ])
    expect(msg({ multivalue: 'true' })).toEqual([
      'externalsecrets[0] ("db"): "namespacesecretkeyname" has no effect on a multivalue entry (its keys are fixed by the kind); remove it'
    ])
    expect(msg({ namespacesecretkeynamecrt: 'tls.crt' })[0]).toContain('"namespacesecretkeynamecrt" has no effect on a single value entry')
    expect(msg({ namespacesecretkeyname: null, type: 'kubernetes.io/tls', argocd: 'true', argocdBearerToken: 'true' })[0]).toContain(
      '"argocdBearerToken" has no effect on a TLS entry'
    )
    expect(msg({ namespacesecretkeyname: null, argocd: 'true', argocdBearerToken: 'true' })).toEqual([])
    expect(msg({ multivalue: 'false', argocd: 'false' })).toEqual([])
  })
})

describe('policies and refresh', () => {
  it('deletionPolicy Delete needs creationPolicy Owner, also through defaults', () => {
    expect(rules(entry({ deletionPolicy: 'Delete' }))).toEqual([])
    expect(only(entry({ deletionPolicy: 'Delete', creationPolicy: 'Orphan' }), 'deletion-policy')[0]?.message).toContain(
      '(got Orphan); ESO would delete a Secret it does not own'
    )
    expect(only(entry({ deletionPolicy: 'Delete', creationPolicy: 'None' }), 'deletion-policy')[0]?.message).toContain(
      '(got None); ESO rejects this ExternalSecret'
    )
    expect(rules(entry({ deletionPolicy: 'Merge', creationPolicy: 'None' }))).toEqual(['deletion-policy'])
    const viaDefaults = only(`defaults:\n  deletionPolicy: Delete\n${entry({ creationPolicy: 'Merge' })}`, 'deletion-policy')
    expect(viaDefaults[0]).toMatchObject({ line: 15, column: 21 })
  })

  it('refresh durations are Go durations', () => {
    for (const d of ['0', '1m', '1h30m', '1.5h', '500ms', '90s'])
      expect(rules(entry({ refreshInterval: `'${d}'`, refreshTime: `'${d}'` }))).toEqual([])
    expect(rules(entry({ refreshTime: '1 hour' }))).toEqual(['invalid-duration'])
    expect(rules(entry({ refreshTime: '-1m' }))).toEqual(['invalid-duration'])
    expect(rules(`defaults:\n  refreshInterval: 5min\n${entry({})}`)).toEqual(['invalid-duration'])
    expect(rules(entry({ refreshInterval: '0' }))).toEqual(['wrong-type'])
  })
})

describe('text that must not reach a template or stay a placeholder', () => {
  it('{{ or }} anywhere an entry puts text, keys included', () => {
    for (const [k, v] of [
      ['keyvaultsecretname', "'a{{b'"],
      ['property', "'}}'"],
      ['namespacesecretkeyname', "'x}}'"],
      ['secret', "'{{.x}}'"]
    ]) {
      expect(rules(entry({ [k!]: v! }))).toContain('template-syntax')
    }
    const [f] = only(entry({ labels: "{'{{ x }}': a}" }), 'template-syntax')
    expect(f).toMatchObject({ line: 13, column: 14 })
  })

  it('placeholders warn, ordinary words do not', () => {
    for (const v of ['changeme', 'CHANGE_ME', '<name>', 'TODO', 'xxx', 'xxxx-xxxx', '00000000-0000-0000-0000-000000000000']) {
      expect(rules(entry({ keyvaultsecretname: `'${v}'` }))).toContain('placeholder-value')
    }
    for (const v of ['todo-api', 'example-db', 'dummyproof', 'box']) expect(rules(entry({ keyvaultsecretname: v }))).toEqual([])
    expect(rules(entry({ type: 'example.com/custom' }))).toEqual([])
  })
})

describe('Helm globals', () => {
  it('are not ours: templates and placeholders there are not reported', () => {
    expect(rules(`global:\n  domain: '{{ .Release.Name }}.example.com'\n  owner: TODO\n  enabled: yes\n${entry({})}`)).toEqual([])
  })

  it('nameOverride and fullnameOverride have no effect: a warning each, whatever their value', () => {
    const findings = lint(`nameOverride: ""\nfullnameOverride: {x: 1}\n${entry({})}`)
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['helm-only-key', 'warning', 1],
      ['helm-only-key', 'warning', 2]
    ])
    expect(findings[1]?.message).toMatch(/^"fullnameOverride" has no effect: /)
  })
})
