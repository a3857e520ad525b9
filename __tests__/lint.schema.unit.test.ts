import { readFileSync } from 'node:fs'
import AjvModule from 'ajv'
import { describe, expect, it } from 'vitest'
import { VALIDATOR_FILE, schemaValidatorSource } from '../scripts/schema-validator.js'
import schema from '../schema/values.schema.json' with { type: 'json' }
import { lintFiles } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'

const STORE =
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
  'https://my-vault.vault.azure.net\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'
const entry = (extra: string): string =>
  `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
  `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
  `namespacesecretkeyname: password\n${extra}`
const lint = (text: string): Finding[] => lintFiles([{ name: 'v.yaml', text }]).findings
const only = (text: string, rule: string): Finding[] => lint(text).filter((f) => f.rule === rule)

/** Every property schema reachable from the root, with its path. */
function properties(node: unknown, path: string, out: Array<[string, Record<string, unknown>]>, defs: Record<string, unknown>): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return
  const n = node as Record<string, unknown>
  if (typeof n.$ref === 'string') return
  for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    const resolved = typeof v.$ref === 'string' ? (defs[v.$ref.replace('#/definitions/', '')] as Record<string, unknown>) : v
    out.push([`${path}.${k}`, resolved])
    properties(resolved, `${path}.${k}`, out, defs)
    if (resolved.items) properties(resolved.items, `${path}.${k}[]`, out, defs)
  }
}

describe('schema/values.schema.json', () => {
  it('is draft-07 and compiles in ajv strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    const ajv = new AjvModule.default({ strict: true, allowUnionTypes: true })
    expect(() => ajv.compile(schema)).not.toThrow()
  })

  it('is what the committed validator was compiled from (else: npm run docs)', () => {
    expect(readFileSync(VALIDATOR_FILE, 'utf8')).toBe(schemaValidatorSource())
  })

  it('gives every property a title, a description and examples', () => {
    const all: Array<[string, Record<string, unknown>]> = []
    const defs = schema.definitions as Record<string, unknown>
    properties(schema, '', all, defs)
    for (const def of Object.values(defs)) properties(def, '(definition)', all, defs)
    expect(all.length).toBeGreaterThan(60)
    for (const [path, p] of all) {
      expect(typeof p.title, `${path} title`).toBe('string')
      expect(typeof p.description, `${path} description`).toBe('string')
      expect(Array.isArray(p.examples), `${path} examples`).toBe(true)
    }
  })

  it('documents the extension keys', () => {
    const text = JSON.stringify(schema)
    for (const key of [
      'clustersecretstores',
      'defaults',
      'esoApiVersion',
      'conditions',
      'workloadIdentity',
      'service',
      'kubernetes',
      'appRole',
      'namespaces',
      'refreshTime',
      'refreshInterval',
      'creationPolicy',
      'deletionPolicy'
    ]) {
      expect(text).toContain(`"${key}"`)
    }
  })
})

describe('unknown keys', () => {
  it('at the top level, with a suggestion, at the key', () => {
    expect(only('externalsecret: []\n', 'unknown-key')).toEqual([
      {
        file: 'v.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'unknown-key',
        message: 'unknown key "externalsecret" at the top level; did you mean "externalsecrets"?',
        fix: { line: 1, text: 'externalsecrets: []' }
      }
    ])
  })

  it('the fix keeps the quoting of the key and the rest of the line', () => {
    const [f] = only(entry('    "propery": x # the JSON property\n'), 'unknown-key')
    expect(f?.fix).toEqual({ line: 13, text: '    "property": x # the JSON property' })
    const [g] = only(entry('    namespaceSelector: {matchLables: {a: b}}\n'), 'wrong-type')
    expect(g?.fix).toBeUndefined()
  })

  it('nested in a store, ignoring case', () => {
    const [f] = only(
      'clustersecretstore:\n  azurekv:\n    vaultUrl: https://my-vault.vault.azure.net\n    identityid: abc\n',
      'unknown-key'
    )
    expect(f).toMatchObject({
      line: 3,
      column: 5,
      message: 'clustersecretstore: unknown key "vaultUrl" in "azurekv"; did you mean "vaulturl"?'
    })
  })

  it('without a close match, lists the allowed keys of small objects', () => {
    const [f] = only(
      'clustersecretstore:\n  aws:\n    auth: {serviceAccountName: a, serviceAccountNamespace: b}\n    zone: x\n  providerType: aws\n',
      'unknown-key'
    )
    expect(f?.message).toBe('clustersecretstore: unknown key "zone" in "aws"; allowed keys here: region, service, auth')
  })

  it('without a close match in a big object, points at the reference', () => {
    const [f] = only(entry('    something: 1\n'), 'unknown-key')
    expect(f?.message).toBe('externalsecrets[0] ("db"): unknown key "something"; remove it (see the values reference for the allowed keys)')
  })
})

describe('wrong types name the key, the entry, what was found and the fix', () => {
  it('a number where a name belongs, at the value', () => {
    const [f] = only(entry('').replace('namespace: payments', 'namespace: 123'), 'wrong-type')
    expect(f).toMatchObject({
      line: 9,
      column: 16,
      message:
        'externalsecrets[0] ("db"): "namespace" must be a string, got the number 123; put the value in quotes so YAML reads it as text'
    })
  })

  it('a quoted "false" where a boolean belongs', () => {
    const [f] = only(entry("    argocd: 'false'\n"), 'wrong-type')
    expect(f?.message).toBe(
      'externalsecrets[0] ("db"): "argocd" must be a boolean (true or false), got the string "false"; write argocd: false without quotes'
    )
  })

  it('a string where a list belongs', () => {
    const [f] = only(entry('').replace('namespace: payments', 'namespaces: payments'), 'wrong-type')
    expect(f?.message).toBe(
      'externalsecrets[0] ("db"): "namespaces" must be a list, got the string "payments"; write it as a list, e.g. ["payments"]'
    )
  })

  it('a label value that is not a string, with the label key in brackets when it has dots', () => {
    const [f] = only(entry('    labels:\n      app.kubernetes.io/part-of: 5\n'), 'wrong-type')
    expect(f?.message).toBe(
      'externalsecrets[0] ("db"): "labels["app.kubernetes.io/part-of"]" must be a string, got the ' +
        'number 5; put the value in quotes so YAML reads it as text'
    )
  })

  it('an entry that is not a mapping', () => {
    const [f] = only(`${STORE}externalsecrets:\n  - db\n`, 'wrong-type')
    expect(f).toMatchObject({ line: 7, column: 5, message: 'externalsecrets[0] must be a mapping (key: value pairs), got the string "db"' })
  })

  it('long values are cut to 60 characters', () => {
    const long = 'x'.repeat(200)
    const [f] = only(entry(`    multivalue: ${long}\n`), 'wrong-type')
    expect(f?.message).toContain(`got the string "${'x'.repeat(60)}…"`)
    expect(f?.message).not.toContain('x'.repeat(61))
  })

  it('empty values (null) mean unset and are accepted everywhere optional', () => {
    expect(lint(entry('    property:\n    multivalue:\n    type:\n    labels:\n    namespaceSelector:\n'))).toEqual([])
  })
})

describe('enums', () => {
  it('suggest the closest allowed value', () => {
    const [f] = only(entry('    creationPolicy: owner\n'), 'invalid-value')
    expect(f).toMatchObject({
      line: 13,
      column: 21,
      message:
        'externalsecrets[0] ("db"): "creationPolicy" must be one of Owner, Orphan, Merge, None, got ' +
        'the string "owner"; did you mean "Owner"?'
    })
  })

  it('cover esoApiVersion, version and service', () => {
    const text =
      'esoApiVersion: v2\nclustersecretstore:\n  providerType: aws\n  aws:\n    service: SSM\n    ' +
      'auth: {serviceAccountName: a, serviceAccountNamespace: b}\n'
    expect(only(text, 'invalid-value').map((f) => f.line)).toEqual([1, 5])
  })
})

describe('namespaceSelector typos', () => {
  it('a misspelt matchLabels is caught although plain labels take any key', () => {
    const text = entry('').replace('    namespace: payments\n', '    namespaceSelector:\n      matchLabel: {team: a}\n')
    const [f] = only(text, 'wrong-type')
    expect(f).toMatchObject({
      line: 10,
      column: 19,
      message: 'externalsecrets[0] ("db"): "namespaceSelector.matchLabel" must be a string, got a mapping; did you mean "matchLabels"?'
    })
  })
})

describe('empty strings where a mapping belongs', () => {
  it('say how to leave the key unset (an empty selector would select every namespace)', () => {
    const [f] = only(entry('    namespaceSelector: ""\n'), 'wrong-type')
    expect(f?.message).toBe(
      'externalsecrets[0] ("db"): "namespaceSelector" must be a mapping (key: value pairs), got ' +
        'the string ""; to leave it unset, write the key with no value or remove it'
    )
  })
})

describe('a mapping where a list belongs', () => {
  it('says to start items with "- "', () => {
    expect(only('externalsecrets:\n  secret: db\n', 'wrong-type')[0]).toMatchObject({
      line: 2,
      column: 3,
      message: '"externalsecrets" must be a list, got a mapping; start each item with "- "'
    })
  })
})

describe('numeric keys', () => {
  it('a label key "0" is named as a key, not a list index', () => {
    const [f] = only(entry("    labels:\n      '0': 5\n"), 'wrong-type')
    expect(f).toMatchObject({ line: 14, column: 12, message: expect.stringContaining('"labels["0"]" must be a string') })
  })
})

describe('YAML 1.1 boolean spellings', () => {
  it('are strings in YAML 1.2: the message says to write true or false', () => {
    const [f] = only(entry('    multivalue: yes\n'), 'wrong-type')
    expect(f?.message).toBe(
      'externalsecrets[0] ("db"): "multivalue" must be a boolean (true or false), got the string "yes"; write multivalue: true'
    )
  })
})
