import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffReleases } from '../src/core/diff/index.js'
import type { DiffResult, SecretChange, SecretRecord, StoreChange } from '../src/core/diff/types.js'
import {
  fitSummary,
  formatCliMarkdown,
  formatComment as formatCommentReport,
  formatSummary,
  type CommentOptions,
  type Report
} from '../src/core/format/report.js'
import type { Finding } from '../src/core/types.js'
import { single, values } from './fixtures/diff/build.js'

const MARKER = '<!-- si-test -->'
const TABLE_HEAD = '| Namespace | Added | Removed | Changed |'
const noFindings: Finding[] = []
const base = { marker: MARKER, title: 'Secret changes', findings: noFindings }

type Input = Omit<Report, 'diff'> & Partial<CommentOptions> & { diff: DiffResult }
/** The comment for a report plus its options, in one object as the tests write them. */
function formatComment(i: Input): string | null {
  const { marker, maxLength, detailsUrl, mode, summaryShortened, ...report } = i
  return formatCommentReport(report, {
    marker: marker ?? MARKER,
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(summaryShortened === undefined ? {} : { summaryShortened }),
    ...(detailsUrl === undefined ? {} : { detailsUrl }),
    ...(mode === undefined ? {} : { mode })
  })
}
const formatReport = (i: Input): string => formatSummary(i, i.marker)
const formatDiffMarkdown = (diff: DiffResult): string => formatCliMarkdown({ title: 'Secrets diff', findings: [], diff })

function rec(namespace: string | null, name: string, over: Partial<SecretRecord> = {}): SecretRecord {
  return {
    namespace,
    selector: namespace === null ? 'env=prod' : null,
    name,
    externalSecret: name,
    kind: 'single',
    type: 'Opaque',
    keys: ['k'],
    store: 'kv',
    remoteRefs: ['r'],
    labels: {},
    refreshInterval: '5m',
    refreshTime: '1m',
    creationPolicy: 'Owner',
    deletionPolicy: null,
    file: 'values.yaml',
    ...over
  }
}

function added(namespace: string | null, name: string, over: Partial<SecretRecord> = {}): SecretChange {
  const after = rec(namespace, name, over)
  return { namespace, selector: after.selector, name, change: 'added', changes: [], before: null, after, danger: [] }
}

function diffOf(secrets: SecretChange[], stores: StoreChange[] = []): DiffResult {
  const n = (c: string) => secrets.filter((s) => s.change === c).length
  return {
    secrets,
    stores,
    invalid: [],
    counts: { added: n('added'), removed: n('removed'), changed: n('changed'), moved: 0, storesChanged: stores.length }
  }
}

const finding = (i: number, message = 'something is off'): Finding => ({
  file: 'values.yaml',
  line: i + 1,
  column: 3,
  severity: i % 2 ? 'warning' : 'error',
  rule: 'some-rule',
  message
})

describe('formatComment layout', () => {
  const d = diffReleases(
    [values(single({ namespace: 'a' }))],
    [values(single({ namespace: 'b' }), single({ secret: 'x', namespacesecretname: 'x', namespace: 'a', labels: { t: '1' } }))]
  )

  it('starts with the marker, then title, summary table, danger, details, findings and footer in that order', () => {
    const out = formatComment({ ...base, diff: d, findings: [finding(0)], commit: 'abcdef0123456789' }) ?? ''
    expect(out.startsWith(`${MARKER}\n## Secret changes\n`)).toBe(true)
    const order = [TABLE_HEAD, '### ⚠️ Needs attention', '### Details', '<details>', '### Lint findings', 'commit `abcdef012345`']
    const at = order.map((s) => out.indexOf(s))
    expect(at.every((x) => x >= 0)).toBe(true)
    expect([...at].sort((x, y) => x - y)).toEqual(at)
    expect(out).not.toContain('shortened')
  })

  it('says "no change" in one line, or posts nothing in on-change mode', () => {
    const none = diffOf([])
    expect(formatComment({ ...base, diff: none, mode: 'on-change' })).toBeNull()
    const always = formatComment({ ...base, diff: none }) ?? ''
    expect(always).toContain('\nNo Secret changes.\n')
    expect(always).not.toContain(TABLE_HEAD)
    // Findings are worth a comment even without a change.
    expect(formatComment({ ...base, diff: none, findings: [finding(0)], mode: 'on-change' })).toContain('### Lint findings')
    // A store-only change is a change.
    const store: StoreChange = {
      name: 'kv',
      change: 'changed',
      changes: [{ field: 'vaultUrl', before: 'a', after: 'b' }],
      affects: [],
      danger: []
    }
    expect(formatComment({ ...base, diff: diffOf([], [store]), mode: 'on-change' })).toContain('### Store changes')
  })

  it('lists an info as a note, counted apart; an info alone is no reason to post in on-change mode', () => {
    const info: Finding = { ...finding(0), severity: 'info', rule: 'aws-controller-credentials' }
    const out = formatComment({ ...base, diff: d, findings: [finding(0), finding(1), info] }) ?? ''
    expect(out).toContain('### Lint findings (1 error, 1 warning, 1 info)')
    expect(out).toContain('| ℹ️ info | `aws-controller-credentials` |')
    expect(formatComment({ ...base, diff: d, findings: [finding(1)] })).toContain('### Lint findings (0 errors, 1 warning)\n')
    expect(formatComment({ ...base, diff: diffOf([]), findings: [info], mode: 'on-change' })).toBeNull()
  })

  it('escapes user-controlled text: label values, file names, messages', () => {
    const evil = '<img src=x onerror=alert(1)>|`*_[x](y)'
    const changed: SecretChange = {
      namespace: 'app',
      selector: null,
      name: 's',
      change: 'changed',
      changes: [{ field: 'labels', before: { a: 'ok' }, after: { a: evil } }],
      before: rec('app', 's', { labels: { a: 'ok' } }),
      after: rec('app', 's', { labels: { a: evil } }),
      danger: []
    }
    const f: Finding = { file: 'dir/<b>|.yaml', line: 1, column: 1, severity: 'error', rule: 'r', message: evil }
    const out = formatComment({ ...base, diff: diffOf([changed]), findings: [f] }) ?? ''
    expect(out).not.toContain('<img')
    expect(out).not.toContain('<b>|')
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;\\|\\`\\*\\_\\[x\\](y)')
    // Every table row keeps exactly 4 columns (no unescaped pipe).
    for (const row of out.split('\n').filter((l) => l.startsWith('| `') || l.startsWith('| dir'))) {
      expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(6)
    }
  })

  it('groups selector targets under the selector', () => {
    const out = formatComment({ ...base, diff: diffOf([added(null, 'tls')]) }) ?? ''
    expect(out).toContain('| selector `env=prod` | `tls` |  |  |')
    expect(out).toContain('<summary>selector <b><code>env=prod</code></b>: 1 added, 0 removed, 0 changed</summary>')
  })

  it('shows a multivalue Secret as all keys of its remote secret', () => {
    const out =
      formatComment({ ...base, diff: diffOf([added('app', 'mv', { kind: 'multivalue', keys: ['*'], remoteRefs: ['json-r'] })]) }) ?? ''
    // The keys name the remote secret already: no "remote ref" after them.
    expect(out).toContain('keys (all keys of `json-r`)\n')
  })
})

describe('formatComment trimming', () => {
  const many = (namespaces: number, perNs: number): SecretChange[] =>
    Array.from({ length: namespaces }, (_, i) =>
      Array.from({ length: perNs }, (_, j) => added(`ns-${String(i).padStart(4, '0')}`, `secret-${j}`))
    ).flat()

  it('drops namespace sections from the end first and points to the job summary', () => {
    const d = diffOf(many(50, 10))
    const full = formatReport({ ...base, diff: d })
    const out = formatComment({ ...base, diff: d, maxLength: Math.floor(full.length / 2), detailsUrl: 'https://example.test/run/1' }) ?? ''
    expect(out.length).toBeLessThanOrEqual(Math.floor(full.length / 2))
    expect(out).toContain('[Full report in the job summary](https://example.test/run/1)')
    expect(out).toContain('<summary><b><code>ns-0000</code></b>')
    expect(out).not.toContain('<summary><b><code>ns-0049</code></b>')
    expect(out).toMatch(/_… \d+ namespaces more in the full report\._/)
    // The summary table is kept (up to its cap of 30 namespaces): it is trimmed last.
    expect(out).toContain('| `ns-0029` | `secret-0`, `secret-1`, `secret-2` +7 more |  |  |')
    expect(out).toContain('| … 20 more | | | |\n| **Total** | 500 | 0 | 0 |')
    expect(full).not.toContain('shortened')
    expect(full).toContain('| `ns-0049` | `secret-0`, `secret-1`, `secret-2` +7 more |  |  |')
  })

  it('names at most 30 namespaces in the table, so what follows it stays in sight; the job summary names them all', () => {
    const d = diffOf(many(31, 1))
    const out = formatComment({ ...base, diff: d }) ?? ''
    expect(out).toContain('| `ns-0029` | `secret-0` |  |  |\n| … 1 more | | | |\n| **Total** | 31 | 0 | 0 |')
    expect(out).not.toContain('shortened')
    expect(formatReport({ ...base, diff: d })).toContain('| `ns-0030` | `secret-0` |  |  |\n| **Total** | 31 | 0 | 0 |')
    expect(formatComment({ ...base, diff: diffOf(many(30, 1)) })).not.toContain('more |')
  })

  it('says what the dropped detail blocks are: namespaces, selectors or both', () => {
    const selectors = Array.from({ length: 20 }, (_, i) => ({ ...added(null, 's'), selector: `team=t${String(i).padStart(2, '0')}` }))
    const d = diffOf([...many(20, 10), ...selectors])
    const full = formatReport({ ...base, diff: d })
    const cut = (maxLength: number): string => formatComment({ ...base, diff: d, maxLength }) ?? ''
    expect(cut(Math.floor(full.length * 0.9))).toMatch(/_… \d+ selectors more in the full report\._/)
    expect(cut(Math.floor(full.length / 2))).toMatch(/_… \d+ namespaces and 20 selectors more in the full report\._/)
  })

  it('trims the findings list after all details are gone, keeping the summary', () => {
    const d = diffOf(many(5, 2))
    const findings = Array.from({ length: 400 }, (_, i) => finding(i))
    const out = formatComment({ ...base, diff: d, findings, maxLength: 8000 }) ?? ''
    expect(out.length).toBeLessThanOrEqual(8000)
    expect(out).not.toContain('<details>')
    expect(out).toContain('### Lint findings')
    expect(out).toMatch(/\d+ more findings in the full report/)
    expect(out).toContain('Full report in the job summary')
    expect(out).toContain('| **Total** | 10 | 0 | 0 |')
  })

  it('lists errors before warnings and infos, so a trimmed findings table keeps the errors', () => {
    // 300 warnings early in the file, one error at its end: file order would trim the error away.
    const warnings = Array.from({ length: 300 }, (_, i): Finding => ({ ...finding(1), line: i + 1 }))
    const error: Finding = { ...finding(0), line: 900, message: 'the one that blocks' }
    const out = formatComment({ ...base, diff: diffOf(many(5, 2)), findings: [...warnings, error], maxLength: 8000 }) ?? ''
    expect(out).toMatch(/\d+ more findings in the full report/)
    expect(out).toContain('| ❌ error | `some-rule` | the one that blocks |')
  })

  it('lists at most 25 danger notes at the top of the comment, all of them in the report', () => {
    const removed = Array.from({ length: 60 }, (_, i): SecretChange => ({
      ...added(`ns-${i}`, 's'),
      change: 'removed',
      before: rec(`ns-${i}`, 's'),
      after: null,
      danger: ['deleted']
    }))
    const top = (text: string) => text.slice(text.indexOf('### ⚠️ Needs attention'), text.indexOf('### Details'))
    const comment = formatComment({ ...base, diff: diffOf(removed) }) ?? ''
    expect(top(comment).match(/^- ⚠️ /gm)).toHaveLength(25)
    expect(top(comment)).toContain('- … 35 more in the details')
    expect(comment).not.toContain('shortened')
    // Shortened, the details lose Secrets: the notes left out are in the full report.
    const short = formatComment({ ...base, diff: diffOf(removed), maxLength: 6000 }) ?? ''
    expect(short).toContain('shortened')
    expect(top(short)).toContain('- … 35 more in the full report')
    expect(top(formatReport({ ...base, diff: diffOf(removed) })).match(/^- ⚠️ /gm)).toHaveLength(60)
  })

  it('cuts table rows only when the table alone is too long', () => {
    const d = diffOf(many(3000, 1))
    const out = formatComment({ ...base, diff: d }) ?? ''
    expect(out.length).toBeLessThanOrEqual(65536)
    expect(out).toMatch(/\| … \d+ more \| \| \| \|/)
    expect(out).toContain('| **Total** | 3000 | 0 | 0 |')
  })

  it('property: always within maxLength, with the marker and the summary', () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })
    const change = fc.record({
      ns: fc.option(name, { nil: null }),
      name,
      kind: fc.constantFrom('added', 'removed', 'changed'),
      label: fc.string({ unit: 'grapheme', maxLength: 200 }),
      danger: fc.array(fc.string({ maxLength: 300 }), { maxLength: 3 })
    })
    const input = fc.record({
      changes: fc.array(change, { maxLength: 400, size: 'medium' }),
      findings: fc.array(fc.record({ msg: fc.string({ unit: 'grapheme', maxLength: 500 }) }), { maxLength: 300 }),
      maxLength: fc.integer({ min: 2000, max: 65536 }),
      repeat: fc.integer({ min: 1, max: 40 })
    })
    let trimmed = 0
    fc.assert(
      fc.property(input, ({ changes, findings, maxLength, repeat }) => {
        const secrets: SecretChange[] = []
        for (let r = 0; r < repeat; r++) {
          for (const c of changes) {
            const before = rec(c.ns, c.name, { labels: { l: 'x' } })
            const after = rec(c.ns, `${c.name}-${r}`, { labels: { l: c.label } })
            const kind = c.kind === 'added' ? 'added' : c.kind === 'removed' ? 'removed' : 'changed'
            secrets.push({
              namespace: c.ns,
              selector: after.selector,
              name: after.name,
              change: kind,
              changes: kind === 'changed' ? [{ field: 'labels', before: before.labels, after: after.labels }] : [],
              before: kind === 'added' ? null : before,
              after: kind === 'removed' ? null : after,
              danger: c.danger
            })
          }
        }
        const d = diffOf(secrets)
        const out = formatComment({ ...base, diff: d, findings: findings.map((f, i) => finding(i, f.msg)), maxLength })
        if ((out ?? '').includes('shortened')) trimmed++
        expect(out).not.toBeNull()
        const text = out ?? ''
        expect(text.length).toBeLessThanOrEqual(maxLength)
        expect(text.startsWith(MARKER)).toBe(true)
        expect(text).toContain('## Secret changes')
        if (secrets.length > 0) {
          expect(text).toContain(TABLE_HEAD)
          expect(text).toContain(`| **Total** | ${d.counts.added} | ${d.counts.removed} | ${d.counts.changed} |`)
        }
      }),
      // A fixed seed: how many runs need trimming depends on the draw, and the
      // check below must not fail by chance (it did, at exactly 20 of 40).
      { numRuns: 60, seed: 20261129 }
    )
    // The property is only meaningful if many runs really had to be trimmed.
    expect(trimmed).toBeGreaterThan(20)
  })
})

describe('formatReport and formatDiffMarkdown', () => {
  const d = diffOf(Array.from({ length: 2000 }, (_, i) => added(`ns-${i}`, 's')))

  it('the job summary report is never trimmed', () => {
    const out = formatReport({ ...base, diff: d })
    expect(out.length).toBeGreaterThan(65536)
    expect(out).toContain('<code>ns-1999</code>')
    expect(out).not.toContain('shortened')
  })

  it('the CLI Markdown has no marker, no <details> and no footer', () => {
    const out = formatDiffMarkdown(diffOf([added('app', 'db')]))
    expect(out.startsWith('## Secrets diff\n')).toBe(true)
    expect(out).not.toContain('<details>')
    expect(out).toContain('#### `app` (1 added, 0 removed, 0 changed)')
    expect(out).not.toContain('Generated by')
  })
})

describe('fitSummary', () => {
  const many = (n: number) => ({ ...base, diff: diffOf(Array.from({ length: n }, (_, i) => added(`ns-${i % 40}`, `secret-${i}`))) })

  it('keeps a summary within the limit whole, the same text as formatSummary', () => {
    const r = many(30)
    const fitted = fitSummary(r, MARKER, 1_000_000)
    expect(fitted.shortened).toBe(false)
    expect(fitted.text).toBe(formatSummary(r, MARKER))
    expect(fitted.text).not.toContain('shortened')
  })

  it('fits a larger report under the limit in UTF-8 bytes, as GitHub counts, and says where the full report is', () => {
    const r = many(3000)
    const limit = 40_000
    const { text, shortened } = fitSummary(r, MARKER, limit)
    expect(shortened).toBe(true)
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(limit)
    // The icons are several bytes each: a fit in UTF-16 units alone would have overshot the limit.
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(text.length)
    expect(text.startsWith(MARKER)).toBe(true)
    expect(text).toContain(
      "This summary was shortened to fit GitHub's size limit. `secrets-injector diff` on the same files prints the full report."
    )
    // What is kept is whole: the table's total and the first namespace blocks.
    expect(text).toContain('**Total**')
    expect(text).toContain('`secret-0`')
  })

  it('a comment shortened while the summary was too does not promise the full report in the summary', () => {
    const r = many(3000)
    const comment = formatComment({ ...r, maxLength: 20_000, detailsUrl: 'https://example.test/run/1', summaryShortened: true }) ?? ''
    expect(comment).toContain('more is in [the job summary](https://example.test/run/1), which was shortened too')
    expect(comment).toContain('`secrets-injector diff` on the same files prints the full report.')
    expect(comment).not.toContain('Full report in')
  })
})
