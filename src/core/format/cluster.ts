import { describeDrift, type DriftResult } from '../cluster/drift.js'
import type { ClusterReview } from '../cluster/review.js'
import type { SecretState, SecretStatus } from '../cluster/secret-status.js'
import type { Section } from './fit.js'
import { plural } from './lines.js'
import type { Syntax } from './syntax.js'
import type { Report, WriterContext } from './types.js'

/**
 * The cluster's part of the report (docs/cluster.md), when a kubeconfig was
 * given: what the cluster says now about the Secrets the change touches,
 * and drift between the cluster and the base. Not in the GitOps commit body:
 * a commit records the change, not the cluster's state of the day.
 */

// Not ➖ for "not created": the details use it for a removed Secret.
const ICON: Record<SecretState, string> = { ready: '✅', failing: '❌', pending: '⏳', 'not-created': '⚪', unknown: '❔' }
/** The order of the per-Secret lines: what is broken first. */
const URGENCY: Record<SecretState, number> = { failing: 0, unknown: 1, pending: 2, 'not-created': 3, ready: 4 }
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

/** `failing: SecretSyncedError: could not get secret data`, for one Secret's status, as plain words. */
export function stateText(s: SecretStatus): string {
  const detail = [s.reason, s.message].filter((p): p is string => p !== null && p !== '').join(': ')
  return s.state === 'ready' || detail === '' ? WORD[s.state] : `${WORD[s.state]}: ${detail}`
}

/** The sub-line of a Secret in the details: what the cluster says about it now. */
export function nowLine(s: SecretStatus, x: Syntax): string {
  return `now: ${x.icon(ICON[s.state])}${x.text(stateText(s))}`
}

/**
 * "Cluster now": where the namespaces of selectors came from, how many of
 * the touched Secrets are ready, failing or not created, one item per
 * touched Secret that is not fine (failing first), and the failing Secrets
 * the change does not touch. Unreachable: the notice, and that the review
 * is made without the cluster.
 */
export function clusterStatusSection(r: Report, c: WriterContext): Section | null {
  const cl = r.cluster
  if (cl === undefined || c.target === 'commit') return null
  const x = c.x
  // One paragraph each: Markdown runs lines that are not separated by a blank line together.
  const lead: string[] = [`### Cluster now (context ${x.code(cl.context)})`]
  for (const n of cl.notices) lead.push(`> ${x.icon('⚠️')}${x.text(n)}`)
  if (!cl.reachable) {
    lead.push('This review is made without the cluster.')
    return { kind: 'fixed', text: lead.join('\n\n') }
  }
  if (cl.inventory === 'cluster') lead.push("Label selectors were expanded with the cluster's namespaces.")
  else if (cl.inventory === 'file' && cl.fileWon)
    lead.push("Label selectors were expanded with the namespaces file, which wins over the cluster's namespaces when both are given.")
  lead.push(summary(cl, r.diff?.secrets.filter((s) => s.namespace === null).length ?? 0))
  const elsewhere = elsewhereLine(cl.failingElsewhere, x)
  if (elsewhere !== null) lead.push(elsewhere)
  const items = cl.changes
    .filter((ch) => ch.status.state !== 'ready' && !(ch.change === 'added' && ch.status.state === 'not-created'))
    .sort((a, b) => URGENCY[a.status.state] - URGENCY[b.status.state])
    .map((ch) => {
      const name = x.code(`${ch.status.namespace}/${ch.status.name}`)
      return `- ${x.icon(ICON[ch.status.state])}${name} (${ch.change}): ${x.text(stateText(ch.status))}`
    })
  if (items.length === 0) return { kind: 'fixed', text: lead.join('\n\n') }
  return { kind: 'list', header: lead.join('\n\n') + '\n', items, sep: '\n', more: (n) => `- … ${n} more in the full report`, keep: 1 }
}

/** `unplaced`: changed Secrets under a selector no namespace list expanded; the cluster was not asked about them. */
function summary(r: ClusterReview, unplaced: number): string {
  if (r.changes.length === 0) return 'No Secret in a known namespace is touched by this change.'
  const n = (state: SecretState): number => r.changes.filter((ch) => ch.status.state === state).length
  const parts = (['ready', 'failing', 'pending', 'not-created', 'unknown'] as const)
    .filter((s) => n(s) > 0)
    .map((s) => `${n(s)} ${WORD[s]}`)
  const where = unplaced > 0 ? ' in named namespaces' : ''
  const lines = [`Today, of the ${plural(r.changes.length, 'Secret')} this change touches${where}: ${parts.join(', ')}.`]
  if (unplaced > 0)
    lines.push(
      unplaced === 1
        ? 'The 1 under a label selector is not looked up: its namespaces are not known.'
        : `The ${unplaced} under label selectors are not looked up: their namespaces are not known.`
    )
  const failing = (change: string): number => r.changes.filter((ch) => ch.change === change && ch.status.state === 'failing').length
  const altered = failing('changed')
  const removed = failing('removed')
  if (altered > 0) lines.push(`This change alters ${altered} ${altered === 1 ? 'Secret that is' : 'Secrets that are'} failing today.`)
  if (removed > 0) lines.push(`This change removes ${removed} ${removed === 1 ? 'Secret that is' : 'Secrets that are'} failing today.`)
  return lines.join(' ')
}

function elsewhereLine(failing: SecretStatus[], x: Syntax): string | null {
  if (failing.length === 0) return null
  const names = failing.slice(0, MAX_ELSEWHERE_NAMES).map((s) => x.code(`${s.namespace}/${s.name}`))
  const more = failing.length > MAX_ELSEWHERE_NAMES ? ` +${failing.length - MAX_ELSEWHERE_NAMES} more` : ''
  return `Already failing and not touched by this change: ${plural(failing.length, 'Secret')} (${names.join(', ')}${more}).`
}

/** "Drift": the cluster against the base values, its own short section. Absent when the cluster was not read. */
export function clusterDriftSection(r: Report, c: WriterContext): Section | null {
  const cl = r.cluster
  if (cl === undefined || !cl.reachable || c.target === 'commit') return null
  const against = cl.driftAgainst === 'base' ? 'the base branch' : 'the values'
  const head = `### Drift (cluster vs. ${against})`
  if (cl.drift === null) return { kind: 'fixed', text: `${head}\n\nNot checked: ${c.x.text(cl.driftNote ?? 'no values')}.` }
  return driftSection(cl.drift, head, against, c.x)
}

/** Drift as a list: an item per drifted resource, unmarked ones summed up past a few. */
function driftSection(d: DriftResult, head: string, against: string, x: Syntax): Section {
  const items: string[] = []
  const unmarked = d.items.filter((i) => i.drift === 'unmarked')
  for (const i of d.items) if (i.drift !== 'unmarked' || unmarked.length <= MAX_UNMARKED_LINES) items.push(`- ${describeDrift(i, x)}`)
  if (unmarked.length > MAX_UNMARKED_LINES) {
    const names = unmarked.slice(0, MAX_UNMARKED_LINES).map((i) => x.code(i.name))
    const label = x.code('app.kubernetes.io/managed-by: secrets-injector')
    const more = unmarked.length - MAX_UNMARKED_LINES
    items.push(
      `- ${unmarked.length} resources are in the cluster but were not applied from this tool's render ` +
        `(no ${label} label): ${names.join(', ')} +${more} more`
    )
  }
  for (const k of d.notChecked) items.push(`- ${k}s not checked: they could not be read`)
  if (items.length === 0) return { kind: 'fixed', text: `${head}\n\nNone: the cluster holds what ${against} renders.` }
  return { kind: 'list', header: `${head}\n`, items, sep: '\n', more: (n) => `- … ${n} more in the full report`, keep: 1 }
}
