import { describe, expect, it } from 'vitest'
import { lintFiles } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'

const STORE = 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n    identityid: x\n'
const fixes = (text: string): Array<Pick<Finding, 'rule' | 'line' | 'fix'>> =>
  lintFiles([{ name: 'v.yaml', text }])
    .findings.filter((f) => f.fix !== undefined)
    .map((f) => ({ rule: f.rule, line: f.line, fix: f.fix }))

describe('exact fixes', () => {
  it('replace only the mistaken token, in a flow mapping too', () => {
    const flow = '{secret: db, clustersecstore: kv, namespace: a, namespacesecretname: db, keyvaultsecretname: r, namespacesecretkeyname: k'
    const text = `${STORE}externalsecrets:\n  - ${flow}, propery: p}\n`
    expect(fixes(text)).toEqual([
      {
        rule: 'unknown-key',
        line: 7,
        fix: {
          line: 7,
          text: `  - ${flow}, property: p}`
        }
      }
    ])
  })

  it('suggest the closest enum value, keeping the quotes', () => {
    expect(fixes('clustersecretstore:\n  name: kv\n  providerType: "vaulr"\n')).toEqual([
      { rule: 'invalid-value', line: 3, fix: { line: 3, text: '  providerType: "vault"' } }
    ])
  })

  it('name the TLS key Kubernetes requires, and keep a trailing comment', () => {
    const text =
      `${STORE}externalsecrets:\n  - secret: web\n    clustersecstore: kv\n    namespace: web\n    namespacesecretname: web\n` +
      `    keyvaultsecretname: web\n    type: kubernetes.io/tls\n    namespacesecretkeynamekey: 'key.pem' # from the CA\n`
    expect(fixes(text)).toEqual([
      { rule: 'tls-key-name', line: 13, fix: { line: 13, text: "    namespacesecretkeynamekey: 'tls.key' # from the CA" } }
    ])
  })

  it('are left out when the token spans lines or comes from a merge key', () => {
    const block =
      `${STORE}externalsecrets:\n  - secret: web\n    clustersecstore: kv\n    namespace: web\n    namespacesecretname: web\n` +
      '    keyvaultsecretname: web\n    type: kubernetes.io/tls\n    namespacesecretkeynamecrt: >-\n      cert.pem\n'
    expect(lintFiles([{ name: 'v.yaml', text: block }]).findings.find((f) => f.rule === 'tls-key-name')?.fix).toBeUndefined()
    const merged = `${STORE}base: &b {propery: x}\nexternalsecrets:\n  - <<: *b\n    secret: db\n`
    expect(fixes(merged).filter((f) => f.line > 8)).toEqual([])
  })
})
