import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anchors, codeBlocks, links } from '../scripts/markdown.js'
import { RULES } from '../src/core/lint/rules.js'

// Every relative link and heading anchor of the Markdown a user reads
// (README.md, docs/, the project files beside the README, e2e/README.md)
// must resolve the way GitHub resolves it, and every lint rule id the docs
// mention must exist in the rule registry.

function docsPages(): string[] {
  return readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f))
    .sort()
}

const FILES = [
  'README.md',
  ...['CHANGELOG.md', 'CONTRIBUTING.md', 'SECURITY.md', 'e2e/README.md'].filter((f) => existsSync(f)),
  ...docsPages()
]
const text = new Map(FILES.map((f) => [f, readFileSync(f, 'utf8')]))
const anchorCache = new Map<string, Set<string>>()
function anchorsOf(file: string): Set<string> {
  let a = anchorCache.get(file)
  if (a === undefined) {
    a = anchors(readFileSync(file, 'utf8'))
    anchorCache.set(file, a)
  }
  return a
}

/** Why a link target does not resolve, or null when it does. */
function brokenLink(from: string, url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null // https:, mailto:, ...: not ours to check offline
  const hash = url.indexOf('#')
  const rawPath = hash < 0 ? url : url.slice(0, hash)
  const anchor = hash < 0 ? null : decodeURIComponent(url.slice(hash + 1))
  // GitHub resolves a leading '/' from the repository root, anything else from the file's folder.
  const path =
    rawPath === '' ? from : normalize(rawPath.startsWith('/') ? rawPath.slice(1) : join(dirname(from), decodeURIComponent(rawPath)))
  if (path.startsWith('..')) return `${url}: leaves the repository`
  if (!existsSync(path)) return `${url}: ${path} does not exist`
  if (anchor === null) return null
  if (path.endsWith('.md') && statSync(path).isFile())
    return anchorsOf(path).has(anchor) ? null : `${url}: no heading #${anchor} in ${path}`
  if (/^L\d+(-L\d+)?$/.test(anchor) && statSync(path).isFile()) {
    const lines = readFileSync(path, 'utf8').split('\n').length
    return Number(/\d+$/.exec(anchor)![0]) <= lines ? null : `${url}: ${path} has only ${lines} lines`
  }
  return `${url}: anchor #${anchor} on a file that has no headings`
}

/** The rule ids a Markdown text mentions: in example findings, JSON findings and links to the rule list. */
function mentionedRuleIds(md: string): Array<{ id: string; line: number }> {
  const out: Array<{ id: string; line: number }> = []
  md.split('\n').forEach((l, i) => {
    const finding = /:\d+:\d+: (?:error|warning|info): .*\[([a-z0-9-]+)\]\s*$/.exec(l)
    if (finding) out.push({ id: finding[1]!, line: i + 1 })
    for (const m of l.matchAll(/"rule"\s*:\s*"([^"]+)"/g)) out.push({ id: m[1]!, line: i + 1 })
    for (const m of l.matchAll(/lint-rules\.md#([a-z0-9-]+)/g)) out.push({ id: m[1]!, line: i + 1 })
    for (const m of l.matchAll(/\brule `([a-z0-9-]+)`|`([a-z0-9-]+)` rule\b/g)) out.push({ id: (m[1] ?? m[2])!, line: i + 1 })
  })
  return out
}

describe('links in README.md and docs/', () => {
  it('finds the pages and their links (the check is not vacuous)', () => {
    expect(FILES).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/workflows.md', 'docs/migration.md']))
    expect(links(text.get('README.md')!).length).toBeGreaterThan(10)
  })

  for (const file of FILES) {
    it(`${file}: every relative link and anchor resolves`, () => {
      const broken = links(text.get(file)!)
        .map((l) => ({ l, why: brokenLink(file, l.url) }))
        .filter((b) => b.why !== null)
        .map((b) => `${file}:${b.l.line}: ${b.why}`)
      expect(broken).toEqual([])
    })
  }

  it('docs/README.md links every page of docs/', () => {
    const index = links(text.get('docs/README.md')!).map((l) => normalize(join('docs', l.url.split('#')[0]!)))
    const orphans = docsPages().filter((p) => p !== 'docs/README.md' && !index.includes(p))
    expect(orphans, 'add a row for each page to docs/README.md').toEqual([])
  })

  it('recognizes broken targets (the checker itself)', () => {
    expect(brokenLink('README.md', 'docs/nope.md')).toMatch(/does not exist/)
    expect(brokenLink('README.md', '#no-such-heading')).toMatch(/no heading/)
    expect(brokenLink('docs/cli.md', '../README.md#quick-start')).toBeNull()
    expect(brokenLink('docs/cli.md', '/schema/values.schema.json')).toBeNull()
    expect(brokenLink('docs/cli.md', '../../outside.md')).toMatch(/leaves the repository/)
    expect(brokenLink('README.md', 'https://example.com/#x')).toBeNull()
  })
})

describe('rule ids in the docs', () => {
  it('exist in the rule registry', () => {
    const all = FILES.flatMap((f) => mentionedRuleIds(text.get(f)!).map((m) => ({ ...m, file: f })))
    // docs/lint-rules.md alone shows one example finding per rule.
    expect(all.length).toBeGreaterThanOrEqual(Object.keys(RULES).length)
    expect(all.filter((m) => m.file === 'README.md').length).toBeGreaterThan(0)
    const unknown = all.filter((m) => !Object.hasOwn(RULES, m.id)).map((m) => `${m.file}:${m.line}: [${m.id}]`)
    expect(unknown).toEqual([])
  })

  it('are found where the docs write them', () => {
    expect(mentionedRuleIds('x.yaml:1:2: error: bad [schema-type]').map((m) => m.id)).toEqual(['schema-type'])
    expect(mentionedRuleIds('see [it](docs/lint-rules.md#wrong-type)').map((m) => m.id)).toEqual(['wrong-type'])
    expect(mentionedRuleIds('{ "rule": "yaml-tab" }').map((m) => m.id)).toEqual(['yaml-tab'])
  })

  it('in code blocks of findings are checked too', () => {
    const blocks = codeBlocks(text.get('README.md')!).filter((b) => b.lang === 'text')
    expect(blocks.some((b) => mentionedRuleIds(b.body).length > 0)).toBe(true)
  })
})
