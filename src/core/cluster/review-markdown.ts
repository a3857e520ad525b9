import { mdCode as code, mdText as escapeMd } from '../format/syntax.js'
import { describeDrift, type DriftItem, type DriftResult } from './drift.js'
import type { ClusterReview } from './review.js'
import type { SecretState, SecretStatus } from './secret-status.js'

/** A Markdown section whose items a size-limited document may cut from the end. */
export interface ClusterSectionText {
  header: string
  items: string[]
  sep: string
  more: (n: number) => string
}

const ICON: Record<SecretState, string> = { ready: '✅', failing: '❌', pending: '⏳', 'not-created': '➖', unknown: '❔' }
const WORD: Record<SecretState, string> = {
  ready: 'ready',
  failing: 'failing',
  pending: 'pending',
  'not-created': 'not created yet',
  unknown: 'unknown'
}
/** Names of untouched failing Secrets shown inline; the count says the rest. */
const MAX_ELSEWHERE_NAMES = 5
/** More unmarked resources than this are summed up in one line (typical right after moving from the chart). */
const MAX_UNMARKED_LINES = 3

/** `failing: SecretSyncedError: could not get secret data`, for one Secret's status. */
export function stateText(s: SecretStatus): string {
  const detail = [s.reason, s.message].filter((p): p is string => p !== null && p !== '').join(': ')
  return s.state === 'ready' || detail === '' ? WORD[s.state] : `${WORD[s.state]}: ${detail}`
}

/**
 * The "cluster now" section of a review: where selector namespaces came
 * from, how many of the touched Secrets are ready, failing or not created,
 * one item per touched Secret that is not ready, and the failing Secrets the
 * change does not touch. Unreachable: the notice alone.
 */
export function clusterStatusSection(r: ClusterReview): ClusterSectionText {
  const lead: string[] = [`### Cluster now (context ${code(r.context)})`, '']
  for (const n of r.notices) lead.push(`> ⚠️ ${escapeMd(n)}`)
  if (!r.reachable) {
    lead.push('', 'The review above is made without the cluster.')
    return { header: lead.join('\n'), items: [], sep: '\n', more: () => '' }
  }
  if (r.notices.length > 0) lead.push('')
  if (r.inventory === 'cluster') lead.push("Label selectors were expanded with the cluster's namespaces.")
  else if (r.inventory === 'file' && r.fileWon)
    lead.push("Label selectors were expanded with the namespaces file, which wins over the cluster's namespaces when both are given.")
  lead.push(summary(r))
  const elsewhere = elsewhereLine(r.failingElsewhere)
  if (elsewhere !== null) lead.push(elsewhere)
  const items = r.changes
    .filter((c) => c.status.state !== 'ready' && !(c.change === 'added' && c.status.state === 'not-created'))
    .map(
      (c) => `- ${ICON[c.status.state]} ${code(`${c.status.namespace}/${c.status.name}`)} (${c.change}): ${escapeMd(stateText(c.status))}`
    )
  return {
    header: lead.join('\n') + (items.length > 0 ? '\n' : ''),
    items,
    sep: '\n',
    more: (n) => `- … ${n} more in the full report`
  }
}

function summary(r: ClusterReview): string {
  if (r.changes.length === 0) return 'No Secret in a known namespace is touched by this change.'
  const n = (state: SecretState): number => r.changes.filter((c) => c.status.state === state).length
  const parts = (['ready', 'failing', 'pending', 'not-created', 'unknown'] as const)
    .filter((s) => n(s) > 0)
    .map((s) => `${n(s)} ${WORD[s]}`)
  const touched = r.changes.length
  const lines = [`Today, of the ${touched} ${touched === 1 ? 'Secret' : 'Secrets'} this change touches: ${parts.join(', ')}.`]
  const failingChanged = r.changes.filter((c) => c.change === 'changed' && c.status.state === 'failing').length
  const failingRemoved = r.changes.filter((c) => c.change === 'removed' && c.status.state === 'failing').length
  if (failingChanged > 0)
    lines.push(`This change alters ${failingChanged} ${failingChanged === 1 ? 'Secret that is' : 'Secrets that are'} failing today.`)
  if (failingRemoved > 0)
    lines.push(`This change removes ${failingRemoved} ${failingRemoved === 1 ? 'Secret that is' : 'Secrets that are'} failing today.`)
  return lines.join(' ')
}

function elsewhereLine(failing: SecretStatus[]): string | null {
  if (failing.length === 0) return null
  const names = failing.slice(0, MAX_ELSEWHERE_NAMES).map((s) => code(`${s.namespace}/${s.name}`))
  const more = failing.length > MAX_ELSEWHERE_NAMES ? ` +${failing.length - MAX_ELSEWHERE_NAMES} more` : ''
  const n = failing.length
  return `Already failing and not touched by this change: ${n} ${n === 1 ? 'Secret' : 'Secrets'} (${names.join(', ')}${more}).`
}

/**
 * The drift section: what the cluster holds that the base values do not
 * describe, and the other way round. Null when the cluster was not read.
 */
export function clusterDriftSection(r: ClusterReview): ClusterSectionText | null {
  if (!r.reachable) return null
  if (r.drift === null) {
    return {
      header: `### Drift (cluster vs. the base branch)\n\nNot checked: ${r.driftNote ?? 'no base'}.`,
      items: [],
      sep: '\n',
      more: () => ''
    }
  }
  return driftSection(r.drift, 'the base branch')
}

/** Drift as a Markdown list against `against` ("the base branch", "the values"). */
export function driftSection(d: DriftResult, against: string): ClusterSectionText {
  const items: string[] = []
  const unmarked = d.items.filter((i) => i.drift === 'unmarked')
  for (const i of d.items) {
    if (i.drift === 'unmarked' && unmarked.length > MAX_UNMARKED_LINES) continue
    items.push(`- ${driftMarkdown(i)}`)
  }
  if (unmarked.length > MAX_UNMARKED_LINES) {
    const names = unmarked.slice(0, MAX_UNMARKED_LINES).map((i) => code(i.name))
    items.push(
      `- ${unmarked.length} resources are in the cluster but were not applied from this tool's render ` +
        `(no \`app.kubernetes.io/managed-by: secrets-injector\` label): ${names.join(', ')} +${unmarked.length - MAX_UNMARKED_LINES} more`
    )
  }
  for (const k of d.notChecked) items.push(`- ${k}s not checked: they could not be read`)
  const none = d.items.length === 0 && d.notChecked.length === 0
  const header = `### Drift (cluster vs. ${against})\n` + (none ? `\nNone: the cluster holds what ${against} renders.` : '')
  return { header, items, sep: '\n', more: (n) => `- … ${n} more in the full report` }
}

function driftMarkdown(i: DriftItem): string {
  // describeDrift is plain text; put the resource name and field paths in code spans.
  const text = describeDrift(i)
  const prefix = `${i.kind} ${i.name}`
  const rest = escapeMd(text.slice(prefix.length))
  return `${i.kind} ${code(i.name)}${rest}`
}

/** A whole section as text (header, then the items), for shells that need no size limit. */
export function sectionText(s: ClusterSectionText): string {
  return s.items.length === 0 ? s.header : `${s.header}\n${s.items.join(s.sep)}`
}
