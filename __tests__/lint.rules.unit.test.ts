import { describe, expect, it } from 'vitest'
import { parseNamespaceInventory } from '../src/core/diff/index.js'
import { lintFiles, RULES, type RuleInfo } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'
import { verifyFindings } from '../src/core/verify/findings.js'
import { planVerify } from '../src/core/verify/plan.js'
import type { Presence, StoreResult } from '../src/core/verify/types.js'

const rules: Array<[string, RuleInfo]> = Object.entries(RULES)
const withExamples = rules.filter(
  (r): r is [string, RuleInfo & { example: NonNullable<RuleInfo['example']> }] => r[1].example !== undefined
)

describe('rule registry', () => {
  it('every rule but internal-error has a runnable example', () => {
    expect(rules.filter(([, r]) => r.example === undefined).map(([id]) => id)).toEqual(['internal-error'])
  })

  it('ids are kebab-case and descriptions are one sentence on one line', () => {
    for (const [id, r] of rules) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(r.description).not.toContain('\n')
      expect(r.description).toMatch(/\.$/)
    }
  })

  it('covers the rule ids that parse.ts emits', () => {
    for (const id of ['yaml-syntax', 'yaml-tab', 'yaml-duplicate-key', 'yaml-alias-bomb']) expect(RULES).toHaveProperty(id)
  })

  it('a warning case is documented where a rule reports one', () => {
    const parsed = lintFiles([{ name: 'v.yaml', text: 'externalsecrets: !custom []\n' }]).findings
    expect(parsed.filter((f) => f.rule === 'yaml-syntax').map((f) => f.severity)).toEqual(['warning'])
    const ns = parseNamespaceInventory('- a\n- a\n', 'ns.yaml').findings
    expect(ns.map((f) => [f.rule, f.severity])).toEqual([['namespaces-file', 'warning']])
    const withCase = rules.filter(([, r]) => r.warningCase !== undefined).map(([id]) => id)
    expect(withCase).toEqual(['yaml-syntax', 'namespaces-file'])
  })

  it('no finding of the core names a rule the registry does not know', () => {
    const sources = ['externalsecrets: !custom []\n', 'nameOverride: x\nclustersecretstore:\n  providerType: aws\n', '', '- a\n', 'a: [\n']
    for (const text of sources) {
      for (const f of lintFiles([{ name: 'v.yaml', text }]).findings) {
        expect(RULES, f.rule).toHaveProperty(f.rule)
        expect([RULES[f.rule as keyof typeof RULES].severity, 'warning']).toContain(f.severity)
      }
    }
  })
})

/** The findings of an example, read as the file it is (a values file unless `input` says otherwise). */
function findingsOf(example: NonNullable<RuleInfo['example']>, id: string): Finding[] {
  if (example.input === 'namespaces-file') return parseNamespaceInventory(example.values, 'values.yaml').findings
  const source = { name: 'values.yaml', text: example.values }
  // A file a shell refused: the example is the reason the shell gives.
  if (example.refused !== undefined)
    return lintFiles([{ ...source, refused: { rule: id as 'unsafe-file', reason: example.refused } }]).findings
  const { findings, releases } = lintFiles([source])
  const remote = example.remote
  if (remote === undefined) return findings
  // verify rules: the example's values pass lint; what the provider answers comes from the example.
  expect(findings.filter((f) => f.severity === 'error')).toEqual([])
  const plan = planVerify(releases, [source])
  const answers = plan.stores.map((s): StoreResult => {
    if ('unchecked' in remote)
      return { store: s.store, presence: {}, unchecked: { names: s.checks.map((c) => c.name), reason: remote.unchecked } }
    const presence: Record<string, Presence> = {}
    for (const c of s.checks) presence[c.name] = remote.present.includes(c.name) ? { state: 'present' } : { state: 'missing' }
    return { store: s.store, presence }
  })
  return verifyFindings(plan, answers)
}

describe.each(withExamples)('rule %s', (id, rule) => {
  it('reports its example with the documented message, location and severity', () => {
    const findings = findingsOf(rule.example, id)
    const mine = findings.filter((f) => f.rule === id)
    expect(mine[0]).toEqual({
      file: 'values.yaml',
      line: rule.example.line,
      column: rule.example.column,
      severity: rule.severity,
      rule: id,
      message: rule.example.message,
      ...(rule.example.fix === undefined ? {} : { fix: { line: rule.example.line, text: rule.example.fix } })
    })
  })
})
