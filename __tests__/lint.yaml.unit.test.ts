import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { hasErrors, lintFiles } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'

const lint = (text: string): { findings: Finding[]; releases: number } => {
  const r = lintFiles([{ name: 'values.yaml', text }])
  return { findings: r.findings, releases: r.releases.length }
}

describe('broken input is a finding with a location, never a crash', () => {
  const cases: Array<[string, string, string, number, number]> = [
    ['a syntax error', 'externalsecrets:\n  - secret: "db\n', 'yaml-syntax', 3, 1],
    ['a tab used for indentation', 'externalsecrets:\n\t- secret: db\n', 'yaml-tab', 2, 1],
    ['binary input', 'externalsecrets:\n  - secret: d\u0000b\n', 'yaml-syntax', 2, 14],
    ['a top-level list', '- a\n- b\n', 'not-a-mapping', 1, 1],
    ['a top-level scalar', 'just text\n', 'not-a-mapping', 1, 1],
    ['an empty file', '', 'empty-file', 1, 1],
    ['only whitespace', '  \n\n', 'empty-file', 1, 1],
    ['only comments', '# values\n# more\n', 'empty-file', 1, 1],
    ['a document marker only', '---\n', 'empty-file', 1, 1]
  ]
  it.each(cases)('%s', (_what, text, rule, line, column) => {
    const { findings, releases } = lint(text)
    expect(findings.find((f) => f.rule === rule)).toMatchObject({ file: 'values.yaml', line, column, severity: 'error' })
    expect(hasErrors(findings)).toBe(true)
    expect(releases).toBe(0)
  })

  it('a second document is named in the words of a values file, not the parser API', () => {
    const { findings } = lint('externalsecrets: []\n---\nexternalsecrets: []\n')
    expect(findings).toEqual([
      {
        file: 'values.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        rule: 'yaml-syntax',
        message: 'the file holds more than one YAML document (the second starts here); a values file is one document'
      }
    ])
  })

  it('every C0 control but tab, line feed and carriage return, and U+FFFD (bytes that were not UTF-8), is binary data at its place', () => {
    const binary = [...Array.from({ length: 32 }, (_, c) => c).filter((c) => c !== 9 && c !== 10 && c !== 13), 0xfffd]
    for (const c of binary) {
      const { findings } = lint(`a: x\nb: "${String.fromCharCode(c)}"\n`)
      expect(findings[0], `U+${c.toString(16)}`).toMatchObject({
        rule: 'yaml-syntax',
        line: 2,
        column: 5,
        message: expect.stringContaining('binary')
      })
    }
    for (const c of [9, 10, 13, 0x7f, 0xfffe])
      expect(lint(`a: x\nb: "${String.fromCharCode(c)}"\n`).findings.map((f) => f.message)).not.toContainEqual(
        expect.stringContaining('binary')
      )
  })

  it('an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`
      )
    const { findings } = lint(lines.join('\n') + '\n')
    expect(findings.map((f) => f.rule)).toContain('yaml-alias-bomb')
  })

  it('a deeply nested structure', () => {
    const deep = `global: ${'['.repeat(2000)}${']'.repeat(2000)}\n`
    expect(() => lint(deep)).not.toThrow()
  })

  it('a mapping that is fine YAML but the wrong shape still yields a release', () => {
    const { findings, releases } = lint('externalsecrets: 5\n')
    expect(findings.map((f) => f.rule)).toEqual(['wrong-type'])
    expect(releases).toBe(1)
  })
})

describe('property: lintFiles never throws and every finding has a location', () => {
  const check = (text: string): void => {
    const r = lintFiles([{ name: 'p.yaml', text }])
    for (const f of r.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1)
      expect(f.column).toBeGreaterThanOrEqual(1)
      expect(f.rule).not.toBe('internal-error')
      expect(f.message.length).toBeGreaterThan(0)
    }
  }

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)),
      { numRuns: 300 }
    )
  })

  it('on arbitrary YAML-looking text', () => {
    const token = fc.constantFrom(
      'externalsecrets:',
      'clustersecretstore:',
      '  - ',
      '    secret: ',
      '{',
      '}',
      '[',
      ']',
      '&a ',
      '*a',
      '"',
      "'",
      ': ',
      '\n',
      '\t',
      '#',
      '---\n',
      'namespace',
      'true',
      '1'
    )
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => check(parts.join(''))),
      { numRuns: 300 }
    )
  })

  it('on arbitrary JSON-ish values serialized as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => check(stringify(v))),
      { numRuns: 200 }
    )
  })

  it('on arbitrary values shaped like a values file', () => {
    const leaf = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('{{ x }}', 'changeme', 'http://x', 'Delete', 'kubernetes.io/tls')
    )
    const keys = fc.constantFrom(
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
      'creationPolicy',
      'deletionPolicy',
      'matchLabels',
      'matchExpressions',
      'nonsense'
    )
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(keys, tie('value'), { maxKeys: 5 })
      )
    }))
    const storeKeys = fc.constantFrom(
      'name',
      'providerType',
      'azurekv',
      'aws',
      'vault',
      'conditions',
      'vaulturl',
      'identityid',
      'workloadIdentity',
      'auth',
      'kubernetes',
      'appRole',
      'server',
      'clientid'
    )
    const store = fc.dictionary(storeKeys, value, { maxKeys: 5 })
    const file = fc.record(
      {
        clustersecretstore: store,
        clustersecretstores: fc.array(store, { maxLength: 2 }),
        externalsecrets: fc.array(fc.dictionary(keys, value, { maxKeys: 8 }), { maxLength: 4 }),
        defaults: value,
        esoApiVersion: value
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(file, (v) => check(stringify(v))),
      { numRuns: 120 }
    )
  })
})

describe('YAML 1.1 readers (Helm) would type some unquoted scalars differently', () => {
  const base = 'externalsecrets:\n  - secret: db\n    labels:\n'
  const warnings = (labels: string): Array<[number, number, string]> =>
    lintFiles([{ name: 'v.yaml', text: `${base}${labels}` }])
      .findings.filter((f) => f.rule === 'yaml11-ambiguous')
      .map((f) => [f.line, f.column, f.message])

  it('booleans and numbers, in values and keys', () => {
    expect(warnings('      yes: off\n      big: 1_000\n')).toEqual([
      [
        4,
        7,
        'externalsecrets[0] ("db"): "labels": the unquoted key yes is the string "yes" here, but ' +
          'Helm and other YAML 1.1 readers read it as the boolean true; write it in quotes: "yes"'
      ],
      [
        4,
        12,
        'externalsecrets[0] ("db"): "labels.yes": the unquoted off is the string "off" here, but ' +
          'Helm and other YAML 1.1 readers read it as the boolean false; write it in quotes: "off"'
      ],
      [
        5,
        12,
        'externalsecrets[0] ("db"): "labels.big": the unquoted 1_000 is the string "1_000" here, ' +
          'but Helm and other YAML 1.1 readers read it as a number; write it in quotes: "1_000"'
      ]
    ])
  })

  it('quoted values and ordinary words are fine', () => {
    expect(warnings(`      "yes": 'off'\n      team: nope\n      tier: "1_000"\n`)).toEqual([])
  })

  it('base-60 numbers are left out: Helm reads `1:30` as the string we read (checked with helm template)', () => {
    expect(warnings('      at: 1:30\n      "1:30": x\n      big: 190:20:30\n')).toEqual([])
  })

  it('the checks take time linear in the text: a comment of 200,000 underscores after a digit', () => {
    // Their number patterns could split such a run at any underscore: 160,000 of them took 94 s.
    const started = performance.now()
    expect(warnings(`      a: b\n# 1${'_'.repeat(200_000)}x\n`)).toEqual([])
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(warnings('      a: 1_0.5_\n      b: 0b1_0\n      c: 1__\n').map(([line]) => line)).toEqual([4, 5, 6])
  })

  it('numbers Helm reads and we do not, as helm template reads them: prefixes in either case, a sign, underscores anywhere', () => {
    // One file each, so that each one alone passes the pre-check on the text.
    const warned = (v: string): boolean => warnings(`      k: ${v}\n`).length > 0
    for (const v of ['0X1F', '-0x1F', '0x_1F', '+0B1', '0O17', '1_0e3', '-_1', '1.5_', '-.5_']) expect(warned(v), v).toBe(true)
    // Numbers to both (YAML 1.2 core), or strings to both (too long for 64 bits, not a number at all).
    for (const v of ['0x1F', '0o17', '0755', '1e3', '0x11111111111111111', '_1', '0xg', '1_a']) expect(warned(v), v).toBe(false)
  })

  it('a tagged scalar is typed by its tag, for Helm too', () => {
    // Helm reads `!!str on` as the string "on" (checked with helm template); `!` alone also makes a string.
    expect(warnings('      !!str yes: !!str off\n      big: ! 1_000\n')).toEqual([])
  })
})

describe('merge keys', () => {
  it('`<<` merges like Helm does instead of being an unknown key', () => {
    const text =
      'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
      'https://kv-main.vault.azure.net\n    identityid: abc\nexternalsecrets:\n  - &first\n    ' +
      'secret: one\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: ' +
      'one\n    keyvaultsecretname: r\n    namespacesecretkeyname: k\n  - <<: *first\n    secret: ' +
      'two\n    namespace: billing\n'
    const r = lintFiles([{ name: 'v.yaml', text }])
    expect(r.findings).toEqual([])
    expect(r.releases[0]?.entries.map((e) => [e.name, e.secretName, e.target])).toEqual([
      ['one', 'one', { kind: 'namespaces', namespaces: ['payments'] }],
      ['two', 'one', { kind: 'namespaces', namespaces: ['billing'] }]
    ])
  })
})
