import { describe, expect, it } from 'vitest'
import { diffReleases, diffSides } from '../src/core/diff/index.js'
import type { DiffResult } from '../src/core/diff/types.js'
import { formatCliMarkdown, formatComment, formatReviewComment, formatSummary, type Report } from '../src/core/format/report.js'
import { lintFiles } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'
import { entry, single, STORE, values } from './fixtures/diff/build.js'

const SHA = 'a'.repeat(40)
const sources = { server: 'https://github.example', repository: 'acme/platform', head: SHA, base: 'b'.repeat(40) }
const comment = (r: Report): string => formatComment(r, { marker: '<!-- m -->' }) ?? ''
const lines = (s: string): string[] => s.split('\n')

function linted(text: string, name = 'values/prod.yaml') {
  return lintFiles([{ name, text }])
}

describe('the lint verdict leads', () => {
  const base = linted(`${STORE}externalsecrets:\n${entry(single())}`)
  const head = linted(
    `${STORE}externalsecrets:\n${entry(single({ propery: 'x' }))}${entry(single({ secret: 'api', namespacesecretname: 'api' }))}`
  )
  const report: Report = { title: 'Secret changes', findings: head.findings, diff: diffSides(base, head), sources }

  it('is the first line under the title, with a link to the file and line of each error at the head commit', () => {
    expect(lines(comment(report)).slice(0, 4)).toEqual([
      '<!-- m -->',
      '## Secret changes',
      '',
      '❌ **1 lint error: the entry it is in is not compared.** ' +
        `[\`values/prod.yaml:13\`](https://github.example/acme/platform/blob/${SHA}/values/prod.yaml#L13)`
    ])
    expect(comment(report)).toContain('Not compared: ClusterExternalSecret `db` (`values/prod.yaml`).')
  })

  it('the withheld entry is not reported as removed; the rest is compared', () => {
    expect(comment(report)).toContain('**Secrets:** 1 added, 0 removed, 0 changed in 1 namespace.')
    expect(comment(report)).not.toContain('removed (was')
  })

  it('outside the action, locations are file:line', () => {
    const cli = formatCliMarkdown({ ...report, sources: undefined })
    expect(lines(cli)[2]).toBe('❌ **1 lint error: the entry it is in is not compared.** `values/prod.yaml:13`')
  })

  it('links each erroneous line once, and at most ten', () => {
    const many: Finding[] = Array.from({ length: 30 }, (_, i) => ({
      file: 'values/a.yaml',
      line: Math.floor(i / 2) + 1,
      column: 1,
      severity: 'error',
      rule: 'r',
      message: 'm'
    }))
    const first = lines(comment({ ...report, findings: many }))[3] ?? ''
    expect(first).toMatch(/^❌ \*\*30 lint errors: the entries they are in are not compared\.\*\* /)
    expect(first.match(/\]\(https:/g)).toHaveLength(10)
    expect(first.endsWith(', and 5 more lines below')).toBe(true)
    // The CLI prints findings to stderr, not below its Markdown.
    const cli = lines(formatCliMarkdown({ ...report, findings: many }))[2] ?? ''
    expect(cli.endsWith(', and 5 more lines')).toBe(true)
    const eleven = lines(comment({ ...report, findings: many.slice(0, 22) }))[3] ?? ''
    expect(eleven.endsWith(', and 1 more line below')).toBe(true)
  })

  it('says what the base withholds, linked at the base commit', () => {
    const d = diffSides(
      linted(`${STORE}externalsecrets:\n${entry(single({ propery: 'x' }))}`),
      linted(`${STORE}externalsecrets:\n${entry(single())}`)
    )
    const text = comment({ title: 't', findings: [], diff: d, sources })
    // Nothing of the head is withheld: "either" would refer to a list that is not there.
    expect(text).toContain(
      '⚠️ Not compared, because the base version has lint errors: ClusterExternalSecret `db` (`values/prod.yaml`) at ' +
        `[\`values/prod.yaml:13\`](https://github.example/acme/platform/blob/${'b'.repeat(40)}/values/prod.yaml#L13).`
    )
    expect(text).toContain('No Secret changes among the entries compared.')
  })

  it('names what the head errors are in, not what the base withholds', () => {
    // The base's broken file is not where the head's two entry errors are.
    const base = lintFiles([
      { name: 'values/prod.yaml', text: `${STORE}externalsecrets:\n${entry(single())}` },
      { name: 'values/team.yaml', text: 'externalsecrets:\n  - a: [\n' }
    ])
    const two = `${entry(single({ propery: 'x' }))}${entry(single({ secret: 'api', namespacesecretname: 'api', propery: 'y' }))}`
    const head = lintFiles([
      { name: 'values/prod.yaml', text: `${STORE}externalsecrets:\n${two}` },
      { name: 'values/team.yaml', text: 'externalsecrets: []\n' }
    ])
    const text = comment({ title: 't', findings: head.findings, diff: diffSides(base, head), sources })
    expect(text).toContain('❌ **2 lint errors: the entries they are in are not compared.**')
  })

  it('what the base withholds is "not compared either" after what the head withholds', () => {
    const api = { secret: 'api', namespacesecretname: 'api' }
    const base = linted(`${STORE}externalsecrets:\n${entry(single())}${entry(single({ ...api, propery: 'y' }))}`)
    const head = linted(`${STORE}externalsecrets:\n${entry(single({ propery: 'x' }))}${entry(single(api))}`)
    const text = comment({ title: 't', findings: head.findings, diff: diffSides(base, head), sources })
    expect(text).toContain('Not compared: ClusterExternalSecret `db`')
    expect(text).toContain('⚠️ Not compared either, because the base version has lint errors: ClusterExternalSecret `api`')
  })

  it('without errors, the summary line is first', () => {
    const d = diffReleases([values(single())], [values(single({ keyvaultsecretname: 'v2' }))])
    expect(lines(comment({ title: 't', findings: [], diff: d }))[3]).toBe('**Secrets:** 0 added, 0 removed, 1 changed in 1 namespace.')
  })
})

describe('names at a glance', () => {
  it('the table names the Secrets added, removed and changed per namespace, "+N more" past three', () => {
    const many = Array.from({ length: 5 }, (_, i) => single({ secret: `s${i}`, namespacesecretname: `s${i}` }))
    const d = diffReleases([values(single({ namespace: 'old' }))], [values(...many)])
    const text = comment({ title: 't', findings: [], diff: d })
    expect(text).toContain('| `app` | `s0`, `s1`, `s2` +2 more |  |  |')
    expect(text).toContain('| `old` |  | `db` |  |')
  })

  it('a move is named with where it comes from and goes to, and said as a move', () => {
    const d = diffReleases([values(single({ namespace: 'orders' }))], [values(single({ namespace: 'fulfilment' }))])
    const text = comment({ title: 't', findings: [], diff: d })
    expect(text).toContain('**Secrets:** 0 added, 0 removed, 0 changed, 1 moved in 2 namespaces.')
    expect(text).toContain('| Namespace | Added | Removed | Changed | Moved |')
    expect(text).toContain('| `fulfilment` |  |  |  | `db` ← `orders` |')
    expect(text).toContain('| `orders` |  |  |  | `db` → `fulfilment` |')
    expect(text).toContain('| **Total** | 0 | 0 | 0 | 1 |')
    expect(text).toContain(
      '- ⚠️ `orders/db`: moved `orders` → `fulfilment`: deleted from the cluster in `orders` by ESO (creationPolicy Owner)'
    )
    expect(text).toContain('- ➕ `db` moved `orders` → `fulfilment`: single value from store `kv`, key `password`, remote ref `db-pass`')
  })

  it('a new Secret names the remote secrets it reads, the name a reviewer checks for a typo', () => {
    const d = diffReleases([], [values(single(), single({ secret: 'tls', namespacesecretname: 'tls', type: 'kubernetes.io/tls' }))])
    const text = comment({ title: 't', findings: [], diff: d })
    expect(text).toContain('- ➕ `db` added: single value from store `kv`, key `password`, remote ref `db-pass`')
    expect(text).toContain('- ➕ `tls` added: TLS from store `kv`, keys `tls.crt`, `tls.key`, remote refs `db-pass-crt`, `db-pass-key`')
  })
})

describe('needs attention', () => {
  it('names a changed store once: its note already says which store', () => {
    const kv = (url: string): string => STORE.replace('https://kv-main.vault.azure.net', url)
    const text = (url: string): string => `${kv(url)}externalsecrets:\n${entry(single())}`
    const d = diffSides(
      lintFiles([{ name: 'v.yaml', text: text('https://a.vault.azure.net') }]),
      lintFiles([{ name: 'v.yaml', text: text('https://b.vault.azure.net') }])
    )
    const out = formatCliMarkdown({ title: 't', findings: [], diff: d })
    expect(out).toContain('### ⚠️ Needs attention\n\n- ⚠️ changing store `kv` touches 1 Secret in 1 namespace\n')
    expect(out.match(/store `kv`/g)).toHaveLength(2) // the note, and the store change below
  })
})

describe('the GitOps result', () => {
  const diff: DiffResult = diffReleases([], [])
  const target = { branch: 'gitops', dir: 'clusters/prod', repositoryUrl: 'https://github.example/acme/gitops' }

  it('names the branch, links the commit and lists the files', () => {
    const text = formatSummary({
      title: 't',
      findings: [],
      diff,
      gitops: {
        status: 'published',
        target,
        commit: SHA,
        added: ['clusters/prod/a.yaml'],
        removed: [],
        changed: ['clusters/prod/kustomization.yaml']
      }
    })
    expect(text).toContain(
      '**GitOps publish:** published [`aaaaaaaaaaaa`](https://github.example/acme/gitops/commit/' +
        `${SHA}) to branch \`gitops\` (\`clusters/prod/\`): 1 file added, 0 removed, 1 changed.\n\n` +
        '- added: `clusters/prod/a.yaml`\n- changed: `clusters/prod/kustomization.yaml`'
    )
  })

  it('comes before the Secret summary as a labelled paragraph: under a heading, the Secret table would read as part of it', () => {
    const changes = diffReleases([values(single({ keyvaultsecretname: 'a' }))], [values(single({ keyvaultsecretname: 'b' }))])
    const text = formatSummary({ title: 't', findings: [], diff: changes, gitops: { status: 'unchanged', target, commit: SHA } })
    expect(text).not.toMatch(/^#+ .*GitOps/m)
    expect(text.indexOf('**GitOps publish:**')).toBeLessThan(text.indexOf('**Secrets:**'))
    expect(text.indexOf('**Secrets:**')).toBeLessThan(text.indexOf('| Namespace |'))
  })

  it('says "no change", a failure or why it was skipped', () => {
    const with_ = (gitops: Report['gitops']): string => formatSummary({ title: 't', findings: [], diff, ...(gitops ? { gitops } : {}) })
    expect(with_({ status: 'unchanged', target, commit: SHA })).toContain(
      '**GitOps publish:** no change: branch `gitops` (`clusters/prod/`) already holds these manifests at [`aaaaaaaaaaaa`]'
    )
    expect(with_({ status: 'failed', target, message: 'push rejected' })).toContain(
      '❌ **GitOps publish:** publishing to branch `gitops` (`clusters/prod/`) failed: push rejected'
    )
    expect(with_({ status: 'skipped', target, reason: 'lint found errors' })).toContain(
      '**GitOps publish:** not published to branch `gitops` (`clusters/prod/`): lint found errors'
    )
    expect(with_(undefined)).not.toContain('GitOps')
  })
})

describe('inline review comments', () => {
  const f: Finding = {
    file: 'v.yaml',
    line: 3,
    column: 5,
    severity: 'error',
    rule: 'unknown-key',
    message: 'unknown key "propery"; did you mean "property"?'
  }

  it('carry a one-click suggestion replacing the line when the finding has its exact fix', () => {
    expect(formatReviewComment({ ...f, fix: { line: 3, text: '    property: x' } })).toBe(
      '❌ **error** `unknown-key`: unknown key "propery"; did you mean "property"?\n\n```suggestion\n    property: x\n```'
    )
    expect(formatReviewComment(f)).toBe('❌ **error** `unknown-key`: unknown key "propery"; did you mean "property"?')
  })

  it('use a fence the line cannot close', () => {
    expect(formatReviewComment({ ...f, fix: { line: 3, text: 'a: "```"' } })).toContain('\n````suggestion\na: "```"\n````')
  })

  it('never suggest for another line than the finding is on', () => {
    expect(formatReviewComment({ ...f, fix: { line: 4, text: 'x' } })).not.toContain('suggestion')
  })
})
