import { describe, expect, it } from 'vitest'
import { lintFiles, RULES, type RuleInfo } from '../src/core/lint/index.js'

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
})

describe.each(withExamples)('rule %s', (id, rule) => {
  it('reports its example with the documented message, location and severity', () => {
    const { findings } = lintFiles([{ name: 'values.yaml', text: rule.example.values }])
    const mine = findings.filter((f) => f.rule === id)
    expect(mine[0]).toEqual({
      file: 'values.yaml',
      line: rule.example.line,
      column: rule.example.column,
      severity: rule.severity,
      rule: id,
      message: rule.example.message
    })
  })
})
