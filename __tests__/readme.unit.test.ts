import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { codeBlocks, workflowBlocks } from '../scripts/markdown.js'
import { hasErrors, lintFiles } from '../src/core/lint/index.js'

const readme = readFileSync('README.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }

/** README.md and every page of docs/, with their text. */
function pages(): Array<{ file: string; text: string }> {
  const docs = readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f))
  return ['README.md', ...docs.sort()].map((file) => ({ file, text: readFileSync(file, 'utf8') }))
}

describe('README', () => {
  it('is a landing page of at most 15 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024)
  })

  it('shows the workflow example on the first screen, before the first section', () => {
    const [first] = workflowBlocks(readme)
    expect(first, 'README.md has no workflow example').toBeDefined()
    const firstSection = readme.split('\n').findIndex((l) => l.startsWith('## '))
    expect(first!.line).toBeLessThan(firstSection + 1)
    expect(first!.line).toBeLessThanOrEqual(25)
    expect(first!.body).toMatch(/uses: your-org\/secrets-injector@v1/)
  })

  it('shows the picture of a PR comment made by npm run picture', () => {
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/images\/pr-comment\.png\)/)
    expect(pkg.scripts.picture).toContain('scripts/picture.ts')
  })

  it('gives exactly two quick-start commands, and both are real scripts that .ci/run calls', () => {
    const quick = readme.split('## Quick start')[1]!.split('\n## ')[0]!
    const commands = codeBlocks(quick).map((b) => b.body.trim())
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test'])
    expect(pkg.scripts.demo).toMatch(/examples\//)
    expect(pkg.scripts.test).toContain('vitest run')
    const ci = readFileSync('.ci/run', 'utf8')
    expect(ci).toMatch(/^npm test$/m)
    expect(ci).toMatch(/^npm run demo\b/m)
  })

  it('links the reference pages in docs/ instead of holding them', () => {
    for (const page of ['values-reference', 'lint-rules', 'diff-json', 'gitops', 'workflows', 'action-usage', 'migration']) {
      expect(readme).toContain(`](docs/${page}.md)`)
    }
    expect(readme).toContain('](docs/README.md)')
    expect(readme).not.toContain('BEGIN GENERATED')
  })
})

describe('examples in README.md and docs/', () => {
  it('show only values files that lint clean (the lint rule examples are bad on purpose)', () => {
    let checked = 0
    for (const { file, text } of pages()) {
      if (file === join('docs', 'lint-rules.md')) continue
      const blocks = codeBlocks(text).filter(
        (b) => b.lang === 'yaml' && /^(clustersecretstore|externalsecrets|clustersecretstores):/m.test(b.body)
      )
      for (const b of blocks) {
        const { findings } = lintFiles([{ name: `${file}:${b.line}`, text: b.body }])
        expect(hasErrors(findings), `${file}:${b.line}: ${JSON.stringify(findings)}`).toBe(false)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('use only inputs that action.yml declares in their workflows', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }
    const inputs = new Set(Object.keys(action.inputs))
    let steps = 0
    for (const { file, text } of pages()) {
      for (const w of workflowBlocks(text)) {
        const doc = parse(w.body) as { jobs?: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> }
        for (const job of Object.values(doc.jobs ?? {})) {
          for (const step of job.steps ?? []) {
            if (!step.uses?.includes('secrets-injector')) continue
            steps++
            for (const key of Object.keys(step.with ?? {})) expect(inputs, `${file}:${w.line}: unknown input "${key}"`).toContain(key)
          }
        }
      }
    }
    expect(steps).toBeGreaterThanOrEqual(4)
  })
})
