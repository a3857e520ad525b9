import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { workflowBlocks } from '../scripts/markdown.js'
import { buildGoTool, goTool, neededTool, which } from './helpers/tools.js'

// Every workflow of the repository and every workflow example in README.md
// and docs/ must pass actionlint (v1.7.12, built from Go modules by
// scripts/go-tool.sh). shellcheck, when installed (.ci/run installs it),
// checks the `run:` scripts as well; in CI it must be there.

const go = goTool()
const shellcheck = neededTool('shellcheck', which('shellcheck'), 'apt-get install shellcheck')

/** Markdown files whose workflow examples are linted: README.md and everything under docs/. */
function markdownFiles(): string[] {
  const out = ['README.md']
  const visit = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) visit(p)
      else if (e.name.endsWith('.md')) out.push(p)
    }
  }
  visit('docs')
  return out.sort()
}

interface Problem {
  message: string
  filepath: string
  line: number
  column: number
  kind: string
}

let actionlint = ''
let tmp = ''
beforeAll(() => {
  if (go.skip) return
  go.require()
  actionlint = buildGoTool('actionlint')
  tmp = mkdtempSync(join(tmpdir(), 'si-actionlint-'))
}, 900_000)
afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

/** Run actionlint on files (from the repository root, so `uses: ./` resolves to action.yml). */
function lint(files: string[]): Problem[] {
  const args = ['-format', '{{json .}}', '-pyflakes=', `-shellcheck=${shellcheck.path ?? ''}`, ...files]
  const res = spawnSync(actionlint, args, { encoding: 'utf8' })
  if (res.status !== 0 && res.status !== 1) throw new Error(`actionlint failed (exit ${res.status ?? res.signal}): ${res.stderr}`)
  const parsed: unknown = JSON.parse(res.stdout.trim() === '' ? '[]' : res.stdout)
  if (!Array.isArray(parsed)) throw new Error(`actionlint printed no JSON array: ${res.stdout.slice(0, 200)}`)
  return parsed as Problem[]
}

describe.skipIf(go.skip)('actionlint', () => {
  it('runs shellcheck on run: scripts in CI', () => {
    if (process.env.CI === 'true') shellcheck.require()
  })

  it('passes every workflow of the repository', () => {
    const files = readdirSync('.github/workflows')
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join('.github/workflows', f))
    expect(files).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml']))
    const problems = lint(files).map((p) => `${p.filepath}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
    expect(problems).toEqual([])
  })

  it('passes every workflow example in README.md and docs/', () => {
    const examples: Array<{ file: string; path: string; line: number }> = []
    for (const md of markdownFiles()) {
      for (const block of workflowBlocks(readFileSync(md, 'utf8'))) {
        // One directory per example, each a workflow file, named after where it comes from.
        const dir = join(tmp, `${examples.length}`, '.github', 'workflows')
        mkdirSync(dir, { recursive: true })
        const path = join(dir, `${md.replace(/[^A-Za-z0-9]+/g, '-')}-L${block.line}.yml`)
        writeFileSync(path, block.body)
        examples.push({ file: md, path, line: block.line })
      }
    }
    // The README's first screen and docs/workflows.md hold examples; finding none means the extraction broke.
    expect(examples.filter((e) => e.file === 'README.md').length).toBeGreaterThan(0)
    expect(examples.filter((e) => e.file === join('docs', 'workflows.md')).length).toBeGreaterThanOrEqual(3)
    const byPath = new Map(examples.map((e) => [e.path, e]))
    const problems = lint(examples.map((e) => e.path)).map((p) => {
      const ex = byPath.get(p.filepath) ?? examples.find((e) => relative(e.path, p.filepath) === '')
      const where = ex === undefined ? `${p.filepath}:${p.line}` : `${ex.file}:${ex.line + p.line - 1}`
      return `${where}:${p.column}: ${p.message} [${p.kind}]`
    })
    expect(problems).toEqual([])
  })
})
