import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
// @ts-expect-error: plain JavaScript build script without type declarations
import { spliceReadme } from '../scripts/gen-readme.mjs'
import { hasErrors, lintFiles } from '../src/core/lint/index.js'

const readme = readFileSync('README.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }

/** Fenced code blocks of a Markdown text, with their info string. */
function codeBlocks(md: string): Array<{ lang: string; body: string }> {
  return [...md.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }))
}

/** The README outside the generated lint-rules section (whose examples are bad on purpose). */
function withoutRuleExamples(md: string): string {
  return md.replace(/<!-- BEGIN GENERATED: docs\/lint-rules\.md -->[\s\S]*?<!-- END GENERATED: docs\/lint-rules\.md -->/, '')
}

describe('README', () => {
  it('has its generated sections up to date (npm run docs)', () => {
    const read = (f: string): string => (existsSync(f) ? readFileSync(f, 'utf8') : '')
    expect(spliceReadme(readme, read)).toBe(readme)
    for (const m of readme.matchAll(/<!-- BEGIN GENERATED: (\S+) -->/g)) expect(existsSync(m[1]!), m[1]).toBe(true)
  })

  it('gives exactly two quick-start commands, and both are real scripts', () => {
    const quick = readme.split('## Quick start')[1]!.split('\n## ')[0]!
    const commands = codeBlocks(quick).map((b) => b.body.trim())
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test'])
    expect(pkg.scripts.demo).toMatch(/examples\//)
    expect(pkg.scripts.test).toContain('vitest run')
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m)
  })

  it('shows only values examples that lint clean', () => {
    const blocks = codeBlocks(withoutRuleExamples(readme)).filter(
      (b) => b.lang === 'yaml' && /^(clustersecretstore|externalsecrets|clustersecretstores):/m.test(b.body)
    )
    for (const [i, b] of blocks.entries()) {
      const { findings } = lintFiles([{ name: `README-example-${i}.yaml`, text: b.body }])
      expect(hasErrors(findings), JSON.stringify(findings)).toBe(false)
    }
  })

  it('uses only inputs that action.yml declares in its workflow examples', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }
    const inputs = new Set(Object.keys(action.inputs))
    const workflows = codeBlocks(readme).filter((b) => b.lang === 'yaml' && /^\s*(on|jobs):/m.test(b.body))
    expect(workflows.length).toBeGreaterThan(0)
    for (const w of workflows) {
      const doc = parse(w.body) as { jobs?: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> }
      for (const job of Object.values(doc.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.includes('secrets-injector')) continue
          for (const key of Object.keys(step.with ?? {})) expect(inputs, `README workflow uses unknown input "${key}"`).toContain(key)
        }
      }
    }
  })
})
