import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  BUNDLE_VERSION,
  BundleError,
  bundleData,
  bundleProblem,
  parseBundle,
  reportFromBundle,
  serializeBundle,
  type ReportBundle
} from '../src/action/report-bundle.js'
import { comparisonOf, diffSides } from '../src/core/diff/index.js'
import { KINDS } from '../src/core/kinds/index.js'
import { ruleInfo } from '../src/core/lint/rules.js'
import { BUNDLE_VALIDATOR_FILE, bundleValidatorSource } from '../scripts/schema-validator.js'
import { loadCases } from './fixtures/diff/cases.js'

/**
 * The report bundle: data only, validated by schema/report-bundle.schema.json.
 * What the post side rebuilds from an honest bundle is the compute side's
 * diff; what it refuses, it refuses without posting anything.
 */

const HEAD = 'a'.repeat(40)
const envelope = {
  version: BUNDLE_VERSION,
  markerId: '0123456789abcdef',
  repository: 'acme/platform',
  pullRequest: 7,
  headSha: HEAD,
  baseSha: 'b'.repeat(40)
} as const

describe.each(loadCases().map((c) => [c.name, c] as const))('an honest bundle of diff case %s', (_name, c) => {
  const bundle: ReportBundle = { ...envelope, ...bundleData(c.findings, comparisonOf(c.base, c.head, c.inventory)) }
  test('passes the schema and rebuilds the same diff on the post side', () => {
    expect(bundleProblem(bundle)).toBeNull()
    const report = reportFromBundle(parseBundle(serializeBundle(bundle)), { title: 'T', server: 'https://github.com' })
    const expected = diffSides(c.base, c.head, c.inventory)
    // The trusted side words what was left out by its rule; a broken name is shown by its place instead.
    const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
    const valid = (s: string | null) => (s !== null && NAME.test(s) ? s : null)
    expect(report.diff).toEqual({
      ...expected,
      invalid: expected.invalid.map((i) => ({
        ...i,
        externalSecret: valid(i.externalSecret),
        store: valid(i.store),
        message: ruleInfo(i.rule)?.description
      }))
    })
    expect(report.findings.map((f) => [f.file, f.line, f.rule, f.message])).toEqual(
      c.findings.map((f) => [f.file, f.line, f.rule, ruleInfo(f.rule)?.description])
    )
  })
})

describe('the bundle schema', () => {
  const schema: unknown = JSON.parse(readFileSync(new URL('../schema/report-bundle.schema.json', import.meta.url), 'utf8'))
  test('is compiled into src/action/report-bundle-validator.generated.ts as it is now (npm run docs)', () => {
    expect(readFileSync(BUNDLE_VALIDATOR_FILE, 'utf8')).toBe(bundleValidatorSource())
  })
  test('knows every kind of Secret', () => {
    const kinds: unknown = Reflect.get(Reflect.get(Reflect.get(Reflect.get(Object(schema), 'definitions'), 'record'), 'properties'), 'kind')
    expect(Reflect.get(Object(kinds), 'enum')).toEqual(KINDS.map((k) => k.kind))
  })
  test('a bundle carries no text: no finding message, no danger note, no selector text', () => {
    const all = loadCases().map((c) =>
      serializeBundle({ ...envelope, ...bundleData(c.findings, comparisonOf(c.base, c.head, c.inventory)) })
    )
    for (const text of all) expect(text).not.toMatch(/"(message|danger|selector|changes|counts)"/)
  })
})

describe('refused bundles', () => {
  const honest: ReportBundle = {
    ...envelope,
    findings: [{ file: 'values/prod.yaml', line: 2, column: 3, severity: 'error', rule: 'entry-required' }],
    comparison: null
  }
  const text = (over: Record<string, unknown>) => JSON.stringify({ ...honest, ...over })
  test('an honest one is accepted', () => {
    expect(parseBundle(serializeBundle(honest))).toEqual(honest)
  })
  test.each([
    ['not JSON', 'x', /not valid JSON/],
    ['an old version', text({ version: 1 }), /version 1 was written by an older secrets-injector .*same version/],
    ['a newer version', text({ version: 3 }), /version 3 was written by a newer/],
    ['no version', JSON.stringify({ ...honest, version: undefined }), /refused: \/ must have required property 'version'/],
    ['a text field', text({ commentBody: 'Approved' }), /must NOT have additional properties/],
    ['a marker id', text({ markerId: 'zz' }), /markerId must match pattern/],
    ['a repository', text({ repository: '../../x' }), /repository must match pattern/],
    ['a pull request number', text({ pullRequest: -1 }), /pullRequest must be >= 1/],
    ['a commit', text({ headSha: 'main' }), /headSha must match pattern/],
    ['a finding message', text({ findings: [{ ...honest.findings[0], message: 'Approved' }] }), /additional properties/],
    ['an unknown rule', text({ findings: [{ ...honest.findings[0], rule: 'approved' }] }), /no rule is called 'approved'/],
    ['a rule at another severity', text({ findings: [{ ...honest.findings[0], severity: 'info' }] }), /does not report infos/],
    ['too many findings', text({ findings: Array(10_001).fill(honest.findings[0]) }), /must NOT have more than 10000 items/],
    ['a huge bundle', ' '.repeat(64 * 1024 * 1024 + 1), /larger than/]
  ])('%s', (_what, bad, message) => {
    expect(() => parseBundle(bad)).toThrow(BundleError)
    expect(() => parseBundle(bad)).toThrow(message)
  })
  test('a record must have a target and names with the syntax lint enforces', () => {
    const record = {
      namespace: 'orders',
      name: 'db',
      externalSecret: 'db',
      kind: 'single',
      type: 'Opaque',
      keys: ['password'],
      store: 'kv',
      remoteRefs: ['db-password'],
      labels: {},
      refreshInterval: '1h',
      refreshTime: '1m',
      creationPolicy: 'Owner',
      deletionPolicy: null,
      file: 'values/prod.yaml'
    }
    const withRecord = (r: Record<string, unknown>) =>
      text({ comparison: { base: { records: [], stores: [] }, head: { records: [r], stores: [] }, invalid: [] } })
    expect(() => parseBundle(withRecord(record))).not.toThrow()
    expect(() => parseBundle(withRecord({ ...record, namespace: null }))).toThrow(/neither a namespace nor a selector/)
    expect(() => parseBundle(withRecord({ ...record, name: 'Approved by @acme/security-team' }))).toThrow(/name must match pattern/)
    expect(() => parseBundle(withRecord({ ...record, labels: { team: 'a b' } }))).toThrow(/labels\/team must match pattern/)
    expect(() => parseBundle(withRecord({ ...record, type: 'Opaque\n::add-mask::x' }))).toThrow(/type must match pattern/)
    expect(() => parseBundle(withRecord({ ...record, keys: Array(1001).fill('k') }))).toThrow(/more than 1000 items/)
  })
})
