import type { DiffResult } from '../diff/types.js'
import { countFindings } from '../lint/format.js'
import type { Finding } from '../types.js'
import { code, escapeMd } from './markdown.js'
import { countsOf, groupLabel, groupLabelHtml, groupSecrets, secretLines, secretRef, storeLines, type Group } from './lines.js'
import { fitSections, type ListSection, type Parts } from './fit.js'

/** GitHub rejects issue comments longer than this many characters (UTF-16 code units). */
export const GITHUB_COMMENT_LIMIT = 65536
/** Name shown in the footer. */
export const TOOL_NAME = 'secrets-injector'
/** In the size-limited comment, list at most this many Secrets per store change. */
const COMMENT_MAX_AFFECTS = 20
/**
 * In the comment, list at most this many danger notes at the top: a PR that
 * removes 500 Secrets should not push the lint findings out of the comment.
 * Every note is still in the namespace details.
 */
const COMMENT_MAX_DANGER = 25

export interface CommentInput {
  diff: DiffResult
  findings: Finding[]
  /** Hidden HTML comment the action finds its comment by; the first line of the output. */
  marker: string
  title: string
  /** Default 65536 (GitHub's limit). */
  maxLength?: number
  /** Where the full report is (the job summary); linked from the trim notice. */
  detailsUrl?: string
  commit?: string
  /** 'on-change': nothing to post when nothing changed and lint found no error or warning. Default 'always'. */
  mode?: 'always' | 'on-change'
}

interface Options {
  marker: string | null
  title: string
  findings: Finding[]
  commit: string | undefined
  /** `<details>` per namespace (comment, job summary) or a heading (terminal). */
  collapsible: boolean
  maxAffects: number
  /** Danger notes listed at the top; the rest stay in the details. */
  maxDanger: number
}

/**
 * The PR comment: marker, summary table, danger notes, store changes,
 * collapsible details per namespace, lint findings, footer. It always fits
 * `maxLength` (measured like GitHub, in UTF-16 code units, with a safety
 * margin): namespace sections are dropped from the end first, then findings,
 * then danger notes and store changes, and a notice points to the job
 * summary. The summary table is always kept (rows are cut only if the table
 * alone is too long). Returns null when `mode` is 'on-change' and there is
 * neither a change nor a finding.
 */
export function formatComment(input: CommentInput): string | null {
  const { diff, findings } = input
  // An info needs no action, so it alone is no reason to post.
  if (input.mode === 'on-change' && !hasChanges(diff) && findings.every((f) => f.severity === 'info')) return null
  const maxLength = input.maxLength ?? GITHUB_COMMENT_LIMIT
  const parts = buildParts(diff, {
    marker: input.marker,
    title: input.title,
    findings,
    commit: input.commit,
    collapsible: true,
    maxAffects: COMMENT_MAX_AFFECTS,
    maxDanger: COMMENT_MAX_DANGER
  })
  const notice = input.detailsUrl
    ? `> ℹ️ This comment was shortened to fit GitHub's size limit. [Full report in the job summary](${input.detailsUrl}).`
    : "> ℹ️ This comment was shortened to fit GitHub's size limit. Full report in the job summary."
  return fitSections(parts, { maxLength, notice, marker: input.marker })
}

/** The full report for the job summary: the same layout as the comment, never trimmed. */
export function formatReport(input: Omit<CommentInput, 'maxLength'>): string {
  const parts = buildParts(input.diff, {
    marker: input.marker,
    title: input.title,
    findings: input.findings,
    commit: input.commit,
    collapsible: true,
    maxAffects: Infinity,
    maxDanger: Infinity
  })
  return fitSections(parts, { maxLength: Infinity, notice: '', marker: input.marker })
}

/** The diff alone as Markdown, for `secrets-injector diff --format markdown` (headings instead of `<details>`). */
export function formatDiffMarkdown(d: DiffResult): string {
  const parts = buildParts(d, {
    marker: null,
    title: 'Secrets diff',
    findings: [],
    commit: undefined,
    collapsible: false,
    maxAffects: Infinity,
    maxDanger: Infinity
  })
  return fitSections(parts, { maxLength: Infinity, notice: '', marker: '' })
}

function hasChanges(d: DiffResult): boolean {
  return d.secrets.length > 0 || d.stores.length > 0
}

function buildParts(d: DiffResult, o: Options): Parts {
  const groups = groupSecrets(d.secrets)
  const title = o.title.length > 200 ? `${o.title.slice(0, 200)}…` : o.title
  const head = [o.marker, `## ${escapeMd(title)}`, '', summaryLine(d, groups.length)].filter((l): l is string => l !== null).join('\n')
  return {
    head,
    table: d.secrets.length > 0 ? summaryTable(groups, d) : null,
    danger: dangerSection(d, o.maxDanger),
    stores: {
      header: '### Store changes\n',
      items: d.stores.map((s) => storeLines(s, o.maxAffects).join('\n')),
      sep: '\n',
      more: (n) => `- … ${n} more store ${n === 1 ? 'change' : 'changes'} in the full report`
    },
    details: {
      header: '### Details\n',
      items: groups.map((g) => groupBlock(g, o.collapsible)),
      sep: '\n\n',
      more: (n) => `_… ${n} more ${n === 1 ? 'namespace' : 'namespaces'} in the full report._`
    },
    findings: findingsSection(o.findings),
    footer: o.marker === null ? '' : footer(o.commit)
  }
}

function summaryLine(d: DiffResult, groupCount: number): string {
  const n = d.counts.storesChanged
  const stores = n > 0 ? ` ${n} store ${n === 1 ? 'change' : 'changes'}.` : ''
  if (d.secrets.length === 0) return `No Secret changes.${stores}`
  const where = `${groupCount} ${groupCount === 1 ? 'namespace' : 'namespaces'}`
  return `**Secrets:** ${d.counts.added} added, ${d.counts.removed} removed, ${d.counts.changed} changed in ${where}.${stores}`
}

function summaryTable(groups: Group[], d: DiffResult): NonNullable<Parts['table']> {
  return {
    header: '| Namespace | Added | Removed | Changed |\n| --- | ---: | ---: | ---: |',
    rows: groups.map((g) => {
      const c = countsOf(g.secrets)
      return `| ${groupLabel(g)} | ${c.added} | ${c.removed} | ${c.changed} |`
    }),
    total: `| **Total** | ${d.counts.added} | ${d.counts.removed} | ${d.counts.changed} |`
  }
}

function dangerSection(d: DiffResult, cap: number): ListSection {
  const items: string[] = []
  for (const s of d.stores) for (const text of s.danger) items.push(`- ⚠️ store ${code(s.name)}: ${escapeMd(text)}`)
  for (const s of d.secrets) for (const text of s.danger) items.push(`- ⚠️ ${secretRef(s)}: ${escapeMd(text)}`)
  return { header: '### ⚠️ Needs attention\n', items, sep: '\n', more: (n) => `- … ${n} more in the details`, cap }
}

function groupBlock(g: Group, collapsible: boolean): string {
  const c = countsOf(g.secrets)
  const counts = `${c.added} added, ${c.removed} removed, ${c.changed} changed`
  const body = g.secrets.flatMap(secretLines).join('\n')
  if (!collapsible) return `#### ${groupLabel(g)} (${counts})\n\n${body}`
  return `<details>\n<summary>${groupLabelHtml(g)}: ${counts}</summary>\n\n${body}\n\n</details>`
}

const SEVERITY_CELL: Record<Finding['severity'], string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' }

function findingsSection(findings: Finding[]): ListSection {
  const { errors, warnings, infos } = countFindings(findings)
  // Infos are rare notes; the count is shown only when there is one, so a report without them reads as before.
  const notes = infos > 0 ? `, ${infos} info` : ''
  const header =
    `### Lint findings (${errors} ${errors === 1 ? 'error' : 'errors'}, ` +
    `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${notes})\n\n| Location | Severity | ` +
    `Rule | Message |\n| --- | --- | --- | --- |`
  return {
    header,
    items: findings.map(
      (f) => `| ${code(`${f.file}:${f.line}:${f.column}`)} | ${SEVERITY_CELL[f.severity]} | ${code(f.rule)} | ${escapeMd(f.message)} |`
    ),
    sep: '\n',
    more: (n) => `| … | | | ${n} more ${n === 1 ? 'finding' : 'findings'} in the full report |`
  }
}

function footer(commit: string | undefined): string {
  const at = commit ? ` for commit ${code(commit.slice(0, 12))}` : ''
  return `---\n<sub>Generated by ${TOOL_NAME}${at}.</sub>`
}
