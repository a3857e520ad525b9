import { places } from '../diff/stores.js'
import type { SecretChange } from '../diff/types.js'
import type { Section } from './fit.js'
import {
  countsOf,
  countsText,
  diffCounts,
  groupLabel,
  groupSecrets,
  plural,
  secretLines,
  moveName,
  secretRef,
  storeLines,
  type Group
} from './lines.js'
import { nowLine } from './cluster.js'
import type { Report, WriterContext } from './types.js'
import { htmlCode } from './syntax.js'

/** Names per table cell before "+N more". */
const TABLE_NAMES = 3

/** Said when the diff could not be computed, so no one reads "no change" into an empty report. */
export function unavailableNote(r: Report, c: WriterContext): Section | null {
  if (r.diff !== null || c.target === 'commit') return null
  return { kind: 'fixed', text: '> **Note:** the Secret diff could not be computed (see the warnings of this run).' }
}

/** `**Secrets:** 1 added, 0 removed, 2 changed, 1 moved in 2 namespaces and 1 selector. 1 store change.` */
export function summaryLine(r: Report, c: WriterContext): Section | null {
  const d = r.diff
  if (d === null) return null
  const n = d.counts.storesChanged
  const stores = n > 0 ? ` ${plural(n, 'store change')}.` : ''
  if (d.secrets.length === 0) {
    const partial = d.invalid.length > 0 ? ' among the entries compared' : ''
    return { kind: 'fixed', text: `No Secret changes${partial}.${stores}` }
  }
  return { kind: 'fixed', text: `${c.x.strong('Secrets:')} ${countsText(diffCounts(d.counts))} in ${places(d.secrets)}.${stores}` }
}

/**
 * Per namespace, the names of the Secrets added, removed, changed and (when
 * there is a move) moved, so a reviewer sees what changes without expanding
 * anything. A move is listed in both its namespaces (`db` → `shop` where it
 * leaves, `db` ← `orders` where it arrives) and counted once.
 */
export function summaryTable(r: Report, c: WriterContext): Section | null {
  const d = r.diff
  if (d === null || d.secrets.length === 0 || c.target === 'commit') return null
  const x = c.x
  const cell = (names: string[]): string => {
    const more = names.length - TABLE_NAMES
    return `${names.slice(0, TABLE_NAMES).join(', ')}${more > 0 ? ` +${more} more` : ''}`
  }
  const total = diffCounts(d.counts)
  const moves = total.moved > 0
  const names = (secrets: SecretChange[]): string[] => secrets.map((s) => x.code(s.name))
  return {
    kind: 'table',
    header: moves
      ? '| Namespace | Added | Removed | Changed | Moved |\n| --- | --- | --- | --- | --- |'
      : '| Namespace | Added | Removed | Changed |\n| --- | --- | --- | --- |',
    rows: groupSecrets(d.secrets).map((g) => {
      const plain = (change: SecretChange['change']): SecretChange[] =>
        g.secrets.filter((s) => s.change === change && s.movedTo === undefined && s.movedFrom === undefined)
      const cells = [groupLabel(g, x), cell(names(plain('added'))), cell(names(plain('removed'))), cell(names(plain('changed')))]
      if (moves) cells.push(cell(g.secrets.flatMap((s) => (s.movedTo !== undefined || s.movedFrom !== undefined ? [moveName(s, x)] : []))))
      return `| ${cells.join(' | ')} |`
    }),
    total: `| **Total** | ${total.added} | ${total.removed} | ${total.changed} |${moves ? ` ${total.moved} |` : ''}`,
    more: (n) => `| … ${n} more | | | |${moves ? ' |' : ''}`,
    cap: c.maxTableRows
  }
}

/** Every danger note of stores and Secrets, at the top. */
export function attentionSection(r: Report, c: WriterContext): Section | null {
  const d = r.diff
  if (d === null) return null
  const x = c.x
  const items: string[] = []
  // A store's notes name the store themselves ("changing store `kv` touches ..."): no prefix to say it twice.
  for (const s of d.stores) for (const text of s.danger) items.push(`- ${x.icon('⚠️')}${x.note(text)}`)
  for (const s of d.secrets) for (const text of s.danger) items.push(`- ${x.icon('⚠️')}${secretRef(s, x)}: ${x.note(text)}`)
  return {
    kind: 'list',
    header: x.markdown ? '### ⚠️ Needs attention\n' : 'Needs attention:',
    items,
    sep: '\n',
    // Once the comment is shortened, the details no longer hold every Secret.
    more: (n, shortened) => `- … ${n} more in the ${shortened ? 'full report' : 'details'}`,
    cap: c.maxDanger,
    keep: 0
  }
}

/** Each store change with its fields and readers; its danger notes are at the top, in the attention list. */
export function storesSection(r: Report, c: WriterContext): Section | null {
  const d = r.diff
  if (d === null) return null
  return {
    kind: 'list',
    header: c.x.markdown ? '### Store changes\n' : 'Store changes:',
    items: d.stores.map((s) => bullets(storeLines(s, c.maxAffects, c.x))),
    sep: '\n',
    more: (n) => `- … ${n} more store ${n === 1 ? 'change' : 'changes'} in the full report`,
    keep: 1
  }
}

/**
 * Every change, one block per namespace or selector (collapsed in the comment
 * and job summary, a heading in the CLI, a paragraph in a commit body), with
 * what the cluster says now when it was read. Trimmed from the end first.
 */
export function detailsSection(r: Report, c: WriterContext): Section | null {
  const d = r.diff
  if (d === null) return null
  const groups = groupSecrets(d.secrets)
  return {
    kind: 'list',
    header: c.x.markdown ? '### Details\n' : '',
    items: groups.map((g) => groupBlock(g, c, nowOf(r, c))),
    sep: '\n\n',
    // Blocks are dropped from the end, where the selectors are: name what was dropped.
    more: (n) => `_… ${places(groups.slice(groups.length - n))} more in the full report._`,
    keep: 3
  }
}

/** A line and its sub-lines as a nested list. */
function bullets(l: { line: string; sub: string[] }): string {
  return [`- ${l.line}`, ...l.sub.map((s) => `  - ${s}`)].join('\n')
}

/** With a cluster, each Secret's line gets what the cluster says about it now (not in the commit body). */
function nowOf(r: Report, c: WriterContext): (s: SecretChange) => string[] {
  const cl = r.cluster
  if (cl === undefined || !cl.reachable || c.target === 'commit') return () => []
  const byKey = new Map(cl.changes.map((ch) => [`${ch.status.namespace}\u0000${ch.status.name}`, ch.status]))
  return (s) => {
    const st = s.namespace === null ? undefined : byKey.get(`${s.namespace}\u0000${s.name}`)
    return st === undefined ? [] : [nowLine(st, c.x)]
  }
}

function groupBlock(g: Group, c: WriterContext, now: (s: SecretChange) => string[]): string {
  const x = c.x
  const counts = countsText(countsOf(g.secrets))
  const body = g.secrets
    .map((s) => {
      const l = secretLines(s, x)
      return bullets({ line: l.line, sub: [...l.sub, ...now(s)] })
    })
    .join('\n')
  if (c.target === 'commit') return `${groupLabel(g, x)} (${counts}):\n${body}`
  if (c.target === 'cli') return `#### ${groupLabel(g, x)} (${counts})\n\n${body}`
  return `<details>\n<summary>${groupLabelHtml(g)}: ${counts}</summary>\n\n${body}\n\n</details>`
}

/** The group's name inside raw HTML (`<summary>`). */
function groupLabelHtml(g: Group): string {
  return g.namespace !== null ? `<b>${htmlCode(g.namespace)}</b>` : `selector <b>${htmlCode(g.selector ?? '')}</b>`
}
