import { describe, expect, it } from 'vitest'
import { lintFiles } from '../src/core/lint/index.js'
import { namespaceRegex } from '../src/core/lint/namespace-regex.js'

/**
 * Issue 14 item 8: store conditions' namespaceRegexes are RE2 (Go), as ESO
 * evaluates them: linear matching and Go's syntax, so a pattern ESO's webhook
 * refuses is a finding and one JavaScript would refuse is not.
 */

const store = (patterns: string[]): string =>
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
  '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n  conditions:\n' +
  `    - namespaceRegexes: [${patterns.map((p) => `'${p}'`).join(', ')}]\n`
const entry = (ns: string): string =>
  'externalsecrets:\n  - secret: db\n    clustersecstore: kv\n' +
  `    namespace: ${ns}\n    namespacesecretname: db\n    keyvaultsecretname: db\n    namespacesecretkeyname: password\n`
const lint = (text: string) => lintFiles([{ name: 'values.yaml', text }]).findings

describe('namespaceRegexes read as ESO reads them (Go RE2)', () => {
  it('a JavaScript-only construct is refused as ESO refuses it', () => {
    const findings = lint(store(['^(?=team-)[a-z-]+$']))
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'invalid-regex',
        'clustersecretstore ("kv"): "conditions[0].namespaceRegexes[0]": "^(?=team-)[a-z-]+$" is not a valid regular ' +
          "expression in Go's RE2 syntax, which ESO uses (invalid or unsupported Perl syntax); ESO's webhook rejects the ClusterSecretStore"
      ]
    ])
  })

  it('a Go-only construct is accepted and matched as Go matches it', () => {
    expect(lint(store(['^team-[a-z]+\\z']) + entry('team-a'))).toEqual([])
    expect(lint(store(['^team-[a-z]+\\z']) + entry('other')).map((f) => f.rule)).toEqual(['store-conditions'])
  })

  it('matching is unanchored, like regexp.MatchString', () => {
    expect(lint(store(['team']) + entry('my-team-a'))).toEqual([])
  })

  it('a pattern with a catastrophic backtracking shape is matched in linear time', () => {
    const re = namespaceRegex('^(a|a)*$')
    expect(re.ok && re.test(`${'a'.repeat(40)}-x`)).toBe(false)
    expect(re.ok && re.test('a'.repeat(60))).toBe(true)
  })

  it('more condition items than the limit is one limit finding, and no judgement', () => {
    const many = Array.from({ length: 101 }, (_, i) => `^ns${i}$`)
    const findings = lint(store(many) + entry('other'))
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['limit-exceeded', 7]])
    expect(findings[0]?.message).toContain('"conditions" has 101 namespaces, regexes and selectors (limit 100)')
  })

  it('the message lists a few allowed names, not all of them', () => {
    const names = Array.from({ length: 30 }, (_, i) => `ns${i}`)
    const text = `${store([]).replace('    - namespaceRegexes: []\n', `    - namespaces: [${names.join(', ')}]\n`)}${entry('other')}`
    const f = lint(text).find((x) => x.rule === 'store-conditions')
    expect(f?.message).toContain('allow only ns0, ns1, ns2, ns3, ns4, ns5, ns6, ns7 and 22 more;')
  })
})
