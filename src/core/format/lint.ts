import type { WithheldItem } from '../diff/types.js'
import { countFindings } from '../lint/format.js'
import type { Finding } from '../types.js'
import type { Section } from './fit.js'
import type { Report, SourceLinks, WriterContext } from './types.js'
import { encodePath, type Syntax } from './syntax.js'

/** Error locations linked in the verdict line before "and N more". */
const VERDICT_LINKS = 10

/** `values/prod.yaml:14`, linked to that line of the file at the commit when the report knows the repository. */
export function location(
  file: string,
  line: number,
  x: Syntax,
  sources?: SourceLinks,
  side: 'head' | 'base' = 'head',
  column?: number
): string {
  const label = x.code(`${file}:${line}${column === undefined ? '' : `:${column}`}`)
  const sha = side === 'head' ? sources?.head : sources?.base
  if (sources === undefined || sha === undefined) return label
  return x.link(label, blobUrl(sources, sha, file, line))
}

/** `<server>/<owner>/<repo>/blob/<sha>/<path>#L<line>` */
export function blobUrl(s: SourceLinks, sha: string, file: string, line: number): string {
  return `${s.server.replace(/\/+$/, '')}/${s.repository}/blob/${encodeURIComponent(sha)}/${encodePath(file)}#L${line}`
}

/**
 * The verdict, first under the title when lint found errors: how many, where
 * (each linked), and that what they are in is not compared; then what was
 * left out, head and base.
 */
export function verdictSection(r: Report, c: WriterContext): Section | null {
  if (c.target === 'commit') return null
  const x = c.x
  const errors = r.findings.filter((f) => f.severity === 'error')
  const invalid = r.diff?.invalid ?? []
  if (errors.length === 0 && invalid.length === 0) return null
  const head = invalid.filter((i) => i.side === 'head')
  const base = invalid.filter((i) => i.side === 'base')
  const lines: string[] = []
  if (errors.length > 0) {
    // The errors are the head's; what the base withholds has its own line.
    const what = `${errors.length === 1 ? '1 lint error' : `${errors.length} lint errors`}: ${containers(head, errors)} not compared.`
    // One link per line: several errors on one line need one look.
    const places = [...new Map(errors.map((f) => [`${f.file}\u0000${f.line}`, f])).values()]
    const shown = places.slice(0, VERDICT_LINKS).map((f) => location(f.file, f.line, x, r.sources))
    // Below only where the findings table is; the CLI prints findings to stderr.
    const below = c.target === 'comment' || c.target === 'summary' ? ' below' : ''
    const left = places.length - shown.length
    const more = left > 0 ? `, and ${left} more ${left === 1 ? 'line' : 'lines'}${below}` : ''
    lines.push(`${x.icon('❌')}${x.strong(x.text(what))} ${shown.join(', ')}${more}`)
  }
  if (head.length > 0) lines.push(`Not compared: ${head.map((i) => withheldText(i, x)).join(', ')}.`)
  if (base.length > 0) {
    const where = base.map((i) => `${withheldText(i, x)} at ${location(i.file, i.line, x, r.sources, 'base')}`)
    // "either" only after what the head leaves out; alone it would point at a list that is not there.
    const either = lines.length > 0 ? ' either' : ''
    lines.push(`${x.icon('⚠️')}Not compared${either}, because the base version has lint errors: ${where.join(', ')}.`)
  }
  return { kind: 'fixed', text: lines.join('\n\n') }
}

/**
 * "the entry it is in is", "the entries and files they are in are": what the
 * errors sit in, named by the scopes that were withheld, so a file that does
 * not parse is never called an entry.
 */
function containers(invalid: WithheldItem[], errors: Finding[]): string {
  const one = errors.length === 1
  const own = (i: WithheldItem): boolean => errors.some((f) => f.file === i.file && f.line === i.line)
  const scopes = new Set((one ? invalid.filter(own) : invalid).map((i) => i.scope))
  const words = (['entry', 'store', 'file'] as const)
    .filter((s) => scopes.has(s) || (scopes.size === 0 && s === 'entry'))
    .map((s) => (one ? s : s === 'entry' ? 'entries' : `${s}s`))
  const what = words.length <= 1 ? (words[0] ?? 'entry') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
  return one && words.length <= 1 ? `the ${what} it is in is` : `the ${what} they are in are`
}

/** Rules that mean the file could not be read at all (not parsed, refused, or over a size limit). */
const PARSE_RULES = new Set([
  'yaml-syntax',
  'yaml-tab',
  'yaml-duplicate-key',
  'yaml-alias-bomb',
  'empty-file',
  'not-a-mapping',
  'unsafe-file',
  'limit-exceeded'
])

/** What one withheld item is, in a few words. */
function withheldText(i: WithheldItem, x: Syntax): string {
  switch (i.scope) {
    case 'entry':
      return i.externalSecret !== null
        ? `ClusterExternalSecret ${x.code(i.externalSecret)} (${x.code(i.file)})`
        : `${x.code(`externalsecrets[${i.index ?? 0}]`)} of ${x.code(i.file)}`
    case 'store':
      return `the settings of store ${x.code(i.store ?? '')} (${x.code(i.file)}; the Secrets reading from it are compared)`
    case 'file': {
      const why = PARSE_RULES.has(i.rule) ? 'it cannot be read as a values file' : 'its error is not inside one entry'
      return `all of ${x.code(i.file)} (${why})`
    }
  }
}

const SEVERITY_CELL: Record<Finding['severity'], string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' }
const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 }

/** Every finding as a table row, errors, then warnings, then infos, with a linked location. */
export function findingsSection(r: Report, c: WriterContext): Section | null {
  if (c.target !== 'comment' && c.target !== 'summary') return null
  const x = c.x
  const { errors, warnings, infos } = countFindings(r.findings)
  // Infos are rare notes; the count is shown only when there is one, so a report without them reads as before.
  const notes = infos > 0 ? `, ${infos} info` : ''
  const header =
    `### Lint findings (${errors} ${errors === 1 ? 'error' : 'errors'}, ` +
    `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${notes})\n\n` +
    '| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |'
  return {
    kind: 'list',
    header,
    // Errors first (file order within each severity): a table trimmed to fit loses warnings and infos before an error.
    items: [...r.findings]
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
      .map(
        (f) =>
          `| ${location(f.file, f.line, x, r.sources, 'head', f.column)} | ${SEVERITY_CELL[f.severity]} | ` +
          `${x.code(f.rule)} | ${x.text(f.message)} |`
      ),
    sep: '\n',
    more: (n) => `| … | | | ${n} more ${n === 1 ? 'finding' : 'findings'} in the full report |`,
    keep: 2
  }
}

/** Body of the inline review comment for one finding, with a one-click suggestion when the finding carries its fix. */
export function reviewCommentText(f: Finding, x: Syntax): string {
  const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'
  const head = `${icon} ${x.strong(f.severity)} ${x.code(f.rule)}: ${x.text(f.message)}`
  if (f.fix === undefined || f.fix.line !== f.line) return head
  return `${head}\n\n${suggestion(f.fix.text)}`
}

/** A GitHub suggestion block; its fence is longer than any backtick run in the line, so the line cannot close it. */
function suggestion(line: string): string {
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}suggestion\n${line.replace(/\r?\n|\r/g, ' ')}\n${fence}`
}
