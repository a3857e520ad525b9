import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintRulesMarkdown, valuesReferenceMarkdown } from '../src/core/lint/docs.js'
import { RULES } from '../src/core/lint/rules.js'

const committed = (name: string): string => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8')

describe('generated docs', () => {
  it('docs/values-reference.md is up to date with schema/values.schema.json (run npm run docs)', () => {
    expect(committed('values-reference.md')).toBe(valuesReferenceMarkdown())
  })

  it('docs/lint-rules.md is up to date with the rule registry (run npm run docs)', () => {
    expect(committed('lint-rules.md')).toBe(lintRulesMarkdown())
  })

  it('the values reference has a row for every documented key, including the extensions', () => {
    const md = valuesReferenceMarkdown()
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
      expect(md).toContain(`| \`${key}\` |`)
    }
    for (const table of [
      '## `clustersecretstore.vault.auth.appRole.secretRef`',
      '## `externalsecrets[]`',
      '## `clustersecretstore.conditions[].namespaceSelector`'
    ])
      expect(md).toContain(table)
  })

  it('the rule list names every rule with its example output', () => {
    const md = lintRulesMarkdown()
    for (const [id, r] of Object.entries(RULES)) {
      expect(md).toContain(`## ${id}\n`)
      if (r.example) expect(md).toContain(`values.yaml:${r.example.line}:${r.example.column}: ${r.severity}: `)
    }
  })
})
