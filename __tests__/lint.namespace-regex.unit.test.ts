import fc from 'fast-check'
import { RE2JS } from 're2js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LIMITS } from '../src/core/limits.js'
import { lintFiles } from '../src/core/lint/index.js'
import { estimatedInstructions, NamespaceRegexes } from '../src/core/lint/namespace-regex.js'

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
    const re = new NamespaceRegexes().get('^(a|a)*$')
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

/**
 * Issue 14, item 8 follow-up: every user-supplied pattern has a bound. RE2
 * accepts programs of about 1.4 million instructions; one 16 KB pattern of
 * repeats took 1.2 s and 100 MB to compile, ten of them 9.6 s and 1 GB.
 */
describe('the size of a namespaceRegexes pattern is bounded before it is compiled', () => {
  afterEach(() => vi.restoreAllMocks())
  // 1,090 repeats of a thousand-letter run: 16,350 characters, about 1.1 million RE2 instructions.
  const huge = (tag = ''): string => `${'(?:[a-z]{1000})'.repeat(1090)}${tag}`
  const compiledPatterns = (spy: { mock: { calls: unknown[][] } }): unknown[] => spy.mock.calls.map((c) => c[0])

  it('a 16 KB pattern RE2 would accept is a limit finding at the pattern, never compiled', () => {
    const compile = vi.spyOn(RE2JS, 'compile')
    const findings = lint(store(['^team-[a-z0-9-]{1,40}$', huge()]) + entry('other'))
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['limit-exceeded', 7, 52]])
    expect(findings[0]?.message).toContain(
      'clustersecretstore ("kv"): "conditions[0].namespaceRegexes[1]": the pattern is not checked: it may compile to ' +
        'as many as 1,098,724 RE2 instructions (estimated from its text; limit 10,000 per pattern)'
    )
    expect(compiledPatterns(compile)).not.toContain(huge())
  })

  it('ten such patterns: ten limit findings, none compiled', () => {
    const compile = vi.spyOn(RE2JS, 'compile')
    const patterns = Array.from({ length: 10 }, (_, i) => huge(`x${i}`))
    const text = store(patterns)
    expect(text.length).toBeGreaterThan(160_000)
    const findings = lint(text)
    expect(findings.map((f) => f.rule)).toEqual(Array(10).fill('limit-exceeded'))
    expect(findings.every((f) => f.message.includes('limit 10,000 per pattern)'))).toBe(true)
    expect(compile).not.toHaveBeenCalled()
  })

  it('a store whose pattern is past the limit is not judged: no store-conditions error for a namespace it may allow', () => {
    // RE2 would let `team-a` through the first alternative; unknown is not "allows nothing".
    const findings = lint(store([`^team-|${huge()}`]) + entry('team-a'))
    expect(findings.map((f) => f.rule)).toEqual(['limit-exceeded'])
  })

  it('a realistic pattern still compiles and is judged', () => {
    const compile = vi.spyOn(RE2JS, 'compile')
    const realistic = '^team-[a-z0-9-]{1,40}$'
    expect(estimatedInstructions(realistic)).toBeLessThan(200)
    expect(lint(store([realistic]) + entry('team-payments'))).toEqual([])
    const refused = lint(store([realistic]) + entry('other'))
    expect(refused.map((f) => f.rule)).toEqual(['store-conditions'])
    expect(refused[0]?.message).toContain('its conditions allow only /^team-[a-z0-9-]{1,40}$/')
    expect(new NamespaceRegexes().get(realistic).ok).toBe(true)
    expect(compiledPatterns(compile).length).toBeLessThanOrEqual(1) // the process cache holds it after the first run
  })

  it('a pattern estimated at exactly the limit compiles; one instruction more does not', () => {
    const base = '^team-(?:[a-z]{1000}){0,1}[a-z]{1000}[a-z]{1000}[a-z]{1000}'
    const pad = LIMITS.regexInstructions - estimatedInstructions(base)
    expect(pad).toBeGreaterThan(0)
    const at = `${base}${'x'.repeat(pad)}`
    expect(estimatedInstructions(at)).toBe(LIMITS.regexInstructions)
    const compile = vi.spyOn(RE2JS, 'compile')
    expect(new NamespaceRegexes().get(at).ok).toBe(true)
    expect(compiledPatterns(compile)).toContain(at)
    const over = new NamespaceRegexes().get(`${at}x`)
    expect(over.ok === false && over.refused).toBe('limit')
    expect(compiledPatterns(compile)).not.toContain(`${at}x`)
  })

  it('the run budget covers every file: past it a pattern is a limit finding, and the verdict does not depend on the cache', () => {
    // Twelve distinct patterns of about 9,200 instructions each, across two files: the eleventh passes 100,000.
    const pattern = (i: number): string => `^p${String.fromCharCode(97 + i)}-${'[a-z]{1000}'.repeat(8)}${'y'.repeat(1100)}`
    expect(estimatedInstructions(pattern(0))).toBeLessThanOrEqual(LIMITS.regexInstructions)
    expect(estimatedInstructions(pattern(0)) * 11).toBeGreaterThan(LIMITS.regexInstructionsPerRun)
    expect(estimatedInstructions(pattern(0)) * 10).toBeLessThanOrEqual(LIMITS.regexInstructionsPerRun)
    const first = store(Array.from({ length: 6 }, (_, i) => pattern(i)))
    const second = store(Array.from({ length: 6 }, (_, i) => pattern(i + 6))).replace('name: kv', 'name: kv2')
    const run = () =>
      lintFiles([
        { name: 'a.yaml', text: first },
        { name: 'b.yaml', text: second }
      ]).findings
    const findings = run()
    expect(findings.map((f) => [f.file, f.rule, f.column])).toEqual([
      ['b.yaml', 'limit-exceeded', 26 + (pattern(6).length + 4) * 4],
      ['b.yaml', 'limit-exceeded', 26 + (pattern(6).length + 4) * 5]
    ])
    expect(findings[0]?.message).toContain('"conditions[0].namespaceRegexes[4]": the pattern is not checked: with it the condition regexes')
    expect(findings[0]?.message).toContain('more than 100,000 RE2 instructions (limit per run)')
    expect(run()).toEqual(findings)
  })

  it('the estimate is never below the size of the program re2js compiles', () => {
    // Atoms and quantifiers of RE2's syntax, the tricky ones among them (a `]` that is a member, POSIX classes, \Q...\E, flags).
    const atom = fc.constantFrom(
      ...String.raw`a (?: (?i: (?<nm> (?P<x1> . [a-z] []a] [^]] [[:alpha:]] [[:^space:]-]`.split(' '),
      ...String.raw`[\p{Han}x] \d \pL \p{Greek} \P{^Greek}`.split(' '),
      ...String.raw`\x{41} \x41 \101 \Qa{9}\E \Qab ^ $ \b (?i) (?-s) { } \{ [\]] | (?P<n> )`.split(' ')
    )
    const quantifier = fc.constantFrom(
      ...['', '', '*', '+?', '?', '{3}', '{2,}', '{0,5}', '{7}?', '{1,40}', '{01}', '{0}', '{,3}'],
      ...['{1000}', '{999,1000}', '{1001}', '{1,}']
    )
    const piece: fc.Arbitrary<string> = fc.letrec<{ p: string }>((tie) => ({
      p: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.tuple(atom, quantifier).map(([a, q]) => a + q),
        fc
          .tuple(fc.constantFrom('(', '(?:'), fc.array(tie('p'), { maxLength: 3 }), quantifier)
          .map(([o, xs, q]) => `${o}${xs.join('')})${q}`)
      )
    })).p
    let accepted = 0
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const pattern = pieces.join('')
        let instructions: number
        try {
          const program: unknown = Reflect.get(Object(Reflect.get(RE2JS.compile(pattern), 're2Input')), 'prog')
          instructions = Number(Reflect.get(Object(Reflect.get(Object(program), 'inst')), 'length'))
        } catch {
          return // RE2 refuses it: never compiled, whatever the estimate
        }
        accepted++
        expect(instructions).toBeGreaterThan(0)
        expect(estimatedInstructions(pattern)).toBeGreaterThanOrEqual(instructions)
      }),
      { numRuns: 3000, seed: 14 }
    )
    // A good share of the generated patterns are ones RE2 accepts, so the bound is checked, not skipped.
    expect(accepted).toBeGreaterThan(500)
  })
})
