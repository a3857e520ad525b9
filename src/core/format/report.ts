import type { DiffResult } from '../diff/types.js'
import type { Finding } from '../types.js'
import { clusterDriftSection, clusterStatusSection } from './cluster.js'
import { fitSections, type Section } from './fit.js'
import { gitopsSection } from './gitops.js'
import { findingsSection, reviewCommentText, verdictSection } from './lint.js'
import { attentionSection, detailsSection, storesSection, summaryLine, summaryTable, unavailableNote } from './secrets.js'
import { MARKDOWN, mdText, PLAIN } from './syntax.js'
import type { Report, SectionWriter, WriterContext } from './types.js'
import { wouldFailSection } from './verify.js'

export type { GitopsOutcome, GitopsTarget, Report, SectionWriter, SourceLinks, Target, WriterContext } from './types.js'

/** GitHub rejects issue comments longer than this many characters (UTF-16 code units). */
export const GITHUB_COMMENT_LIMIT = 65536
/**
 * GitHub accepts at most 1 MiB (1,048,576 bytes of UTF-8) of job summary per
 * step; the summary is fitted under this many bytes, which leaves room for
 * GitHub's own accounting.
 */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1_000_000
/** Name shown in the footer. */
export const TOOL_NAME = 'secrets-injector'

/** The sections in document order. */
const SECTIONS: SectionWriter[] = [
  title,
  verdictSection,
  wouldFailSection,
  gitopsSection,
  unavailableNote,
  summaryLine,
  summaryTable,
  attentionSection,
  clusterStatusSection,
  storesSection,
  detailsSection,
  clusterDriftSection,
  findingsSection,
  footer
]

/** In the size-limited comment, list at most this many Secrets per store change. */
const COMMENT_MAX_AFFECTS = 20
/**
 * In the comment, list at most this many danger notes at the top: a PR that
 * removes 500 Secrets should not push the lint findings out of the comment.
 * Every note is still in the namespace details.
 */
const COMMENT_MAX_DANGER = 25
/**
 * In the comment, the summary table names at most this many namespaces:
 * the danger notes and the cluster's state come after it and must stay in
 * sight. The summary line counts them all; the job summary lists them all.
 */
const COMMENT_MAX_TABLE_ROWS = 30

export interface CommentOptions {
  /** Hidden HTML comment the action finds its comment by; the first line of the output. */
  marker: string
  /** Default 65536 (GitHub's limit). */
  maxLength?: number
  /** Where the full report is (the job summary); linked from the trim notice. */
  detailsUrl?: string
  /** 'on-change': nothing to post when nothing changed and lint found no error or warning. Default 'always'. */
  mode?: 'always' | 'on-change'
  /** The job summary had to be shortened too (fitSummary), so the trim notice cannot send the reader there for everything. */
  summaryShortened?: boolean
}

/**
 * The PR comment: the sections of SECTIONS, with the marker first. It always
 * fits `maxLength` (measured like GitHub, in UTF-16 code units, with a
 * safety margin): detail blocks are dropped from the end first, then
 * findings, then store changes and the cluster's lists, then danger notes
 * and missing remote secrets, and a notice points to the job summary.
 * Returns null when `mode` is 'on-change' and there is nothing to say.
 */
export function formatComment(r: Report, o: CommentOptions): string | null {
  if (o.mode === 'on-change' && !worthPosting(r)) return null
  const sections = write(r, {
    x: MARKDOWN,
    target: 'comment',
    maxAffects: COMMENT_MAX_AFFECTS,
    maxDanger: COMMENT_MAX_DANGER,
    maxTableRows: COMMENT_MAX_TABLE_ROWS
  })
  const link = (text: string): string => (o.detailsUrl ? `[${text}](${o.detailsUrl})` : text)
  const notice =
    o.summaryShortened === true
      ? `> ℹ️ This comment was shortened to fit GitHub's size limit; more is in ${link('the job summary')}, ` +
        `which was shortened too. ${FULL_REPORT_ELSEWHERE}`
      : `> ℹ️ This comment was shortened to fit GitHub's size limit. ${link('Full report in the job summary')}.`
  return fitSections(withMarker(sections, o.marker), {
    maxLength: o.maxLength ?? GITHUB_COMMENT_LIMIT,
    notice,
    marker: o.marker
  })
}

const FULL_REPORT_ELSEWHERE = '`secrets-injector diff` on the same files prints the full report.'

/** The full report for the job summary: the comment's layout, trimmed only past GitHub's limit (see fitSummary). */
export function formatSummary(r: Report, marker?: string): string {
  return fitSummary(r, marker).text
}

/**
 * The job summary, and whether it had to be shortened: the full report,
 * unless its UTF-8 exceeds `maxBytes`; then the comment's way of dropping
 * detail, with a notice. fitSections counts UTF-16 code units, GitHub counts
 * the summary in bytes (an icon or a non-ASCII name is 2 to 4 bytes), so the
 * text is fitted, measured, and fitted again into a budget scaled by how
 * many bytes each unit really took.
 */
export function fitSummary(r: Report, marker?: string, maxBytes = GITHUB_SUMMARY_LIMIT_BYTES): { text: string; shortened: boolean } {
  const written = write(r, { x: MARKDOWN, target: 'summary', maxAffects: Infinity, maxDanger: Infinity, maxTableRows: Infinity })
  const sections = marker === undefined ? written : withMarker(written, marker)
  const full = fitSections(sections, { maxLength: Infinity, notice: '', marker: '' })
  if (utf8Length(full) <= maxBytes) return { text: full, shortened: false }
  const notice = `> ℹ️ This summary was shortened to fit GitHub's size limit. ${FULL_REPORT_ELSEWHERE}`
  let units = Math.min(full.length, maxBytes)
  for (let tries = 0; tries < 4; tries++) {
    const text = fitSections(sections, { maxLength: units, notice, marker: marker ?? '' })
    const bytes = utf8Length(text)
    if (bytes <= maxBytes) return { text, shortened: true }
    units = Math.floor((units * maxBytes) / bytes) - 1
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8: this always fits.
  return { text: fitSections(sections, { maxLength: Math.floor(maxBytes / 3), notice, marker: marker ?? '' }), shortened: true }
}

/** Bytes of `text` in UTF-8, at most (see the surrogates), without encoding it. */
function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A surrogate counts 3, as a lone one is encoded (U+FFFD); a pair, 4 bytes, counts 6: an upper bound is all fitting needs.
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3
  }
  return n
}

/** The report as Markdown for a terminal or a file (`secrets-injector diff`): headings instead of `<details>`, findings left to stderr. */
export function formatCliMarkdown(r: Report): string {
  return fitSections(write(r, { x: MARKDOWN, target: 'cli', maxAffects: Infinity, maxDanger: Infinity, maxTableRows: Infinity }), {
    maxLength: Infinity,
    notice: '',
    marker: ''
  })
}

/**
 * The body of a GitOps commit: the same summary, attention notes, store
 * changes and per-namespace lines as the comment, in plain text ('' when
 * nothing changed).
 */
export function formatCommitBody(diff: DiffResult): string {
  if (!hasChanges(diff)) return ''
  const sections = write(
    { title: '', findings: [], diff },
    { x: PLAIN, target: 'commit', maxAffects: 20, maxDanger: Infinity, maxTableRows: Infinity }
  )
  return fitSections(sections, { maxLength: Infinity, notice: '', marker: '' }).trimEnd()
}

/** The marker is the first line, right above the title. */
function withMarker(sections: Section[], marker: string): Section[] {
  const [first, ...rest] = sections
  if (first?.kind !== 'fixed') return [{ kind: 'fixed', text: marker }, ...sections]
  return [{ kind: 'fixed', text: `${marker}\n${first.text}` }, ...rest]
}

function write(r: Report, c: WriterContext): Section[] {
  return SECTIONS.map((w) => w(r, c)).filter((s): s is Section => s !== null)
}

function hasChanges(d: DiffResult): boolean {
  return d.secrets.length > 0 || d.stores.length > 0
}

/**
 * Whether the report has news for a reviewer (comment: on-change): a Secret
 * or store change, something left out of the comparison, a lint error or
 * warning (an info needs no action, so it alone is no reason), a GitOps
 * result, a diff that could not be computed, or a remote secret verify found
 * missing or could not check.
 */
export function worthPosting(r: Report): boolean {
  const findings = r.findings.some((f) => f.severity !== 'info')
  const remote = r.verify !== undefined && r.verify.missing.length + r.verify.unchecked.length > 0
  return r.diff === null || hasChanges(r.diff) || r.diff.invalid.length > 0 || findings || r.gitops !== undefined || remote
}

function title(r: Report, c: WriterContext): Section | null {
  if (c.target === 'commit') return null
  const text = r.title.length > 200 ? `${r.title.slice(0, 200)}…` : r.title
  return { kind: 'fixed', text: `## ${mdText(text)}` }
}

function footer(r: Report, c: WriterContext): Section | null {
  if (c.target !== 'comment' && c.target !== 'summary') return null
  const at = r.commit ? ` for commit ${c.x.code(r.commit.slice(0, 12))}` : ''
  const from = r.computedBy === undefined ? '' : ` from data computed by ${c.x.link("the pull request's own workflow run", r.computedBy)}`
  return { kind: 'fixed', text: `---\n<sub>Generated by ${TOOL_NAME}${at}${from}.</sub>` }
}

/** The inline review comment for one finding (the shell adds its marker). */
export function formatReviewComment(f: Finding): string {
  return reviewCommentText(f, MARKDOWN)
}
