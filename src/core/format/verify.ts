import type { SecretTarget } from '../verify/types.js'
import type { Section } from './fit.js'
import { plural, secretRef } from './lines.js'
import { location } from './lint.js'
import type { Report, WriterContext } from './types.js'
import type { Syntax } from './syntax.js'

/** Secrets named per missing remote secret before "and N more". */
const MAX_SECRETS = 10

/**
 * "Would fail after merge" (`verify`): each remote secret that does not exist
 * in its store, where the values read it (linked) and every Secret that would
 * sit in SecretSyncedError; then each store that could not be checked, the
 * Secrets that read from it, and why. When nothing is missing or unchecked,
 * one line that says how many were checked. Not in the GitOps commit body,
 * which describes the manifests.
 */
export function wouldFailSection(r: Report, c: WriterContext): Section | null {
  const v = r.verify
  if (v === undefined || c.target === 'commit') return null
  const x = c.x
  if (v.missing.length === 0 && v.unchecked.length === 0) return { kind: 'fixed', text: allFound(v.checked, x) }
  const icon = v.level === 'error' && v.missing.length > 0 ? '❌' : '⚠️'
  const items = v.missing.map((m) => {
    const note = m.note === undefined ? '' : ` (${x.text(m.note)})`
    const read = location(m.file, m.line, x, r.sources, 'head', m.column)
    return (
      `- ${x.icon(icon)}${x.code(m.remote)} does not exist${note} in ${x.text(m.location)} (store ${x.code(m.store)}), ` +
      `read at ${read}: ${secretList(m.secrets, x)} would fail to sync (SecretSyncedError).`
    )
  })
  for (const u of v.unchecked) {
    // Worded like a missing one (where, which store, who reads it), then why.
    const where = u.location === null ? `of store ${x.code(u.store)}` : `in ${x.text(u.location)} (store ${x.code(u.store)})`
    const readers = u.secrets.length === 0 ? '' : `, read by ${secretList(u.secrets, x)}`
    items.push(`- ${x.icon('⚠️')}Not checked: ${plural(u.count, 'remote secret')} ${where}${readers}: ${x.text(u.reason)}.`)
  }
  const title = v.missing.length > 0 ? 'Would fail after merge' : 'Remote secrets not verified'
  return {
    kind: 'list',
    header: x.markdown ? `### ${icon} ${title}\n` : `${title}:`,
    items,
    sep: '\n',
    more: (n) => `- … ${n} more in the full report`,
    keep: 0
  }
}

/** The one line when nothing is missing; no check mark for zero checks, which proves nothing. */
function allFound(checked: number, x: Syntax): string {
  if (checked === 0) return 'No remote secret to check: no entry reads one.'
  if (checked === 1) return `${x.icon('✅')}The 1 remote secret exists in its store.`
  return `${x.icon('✅')}All ${checked} remote secrets exist in their stores.`
}

function secretList(secrets: SecretTarget[], x: Syntax): string {
  const names = secrets.map((s) => secretRef(s, x))
  const shown = names.slice(0, MAX_SECRETS)
  return names.length > shown.length ? `${shown.join(', ')} and ${names.length - shown.length} more` : shown.join(', ')
}
