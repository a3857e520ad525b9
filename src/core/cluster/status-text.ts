import { describeDrift } from './drift.js'
import type { SecretState, SecretStatus } from './secret-status.js'
import type { StatusReport } from './status-report.js'

const STATE_WORD: Record<SecretState, string> = {
  ready: 'ready',
  failing: 'failing',
  pending: 'pending',
  'not-created': 'not created',
  unknown: 'unknown'
}
const WIDTH = Math.max(...Object.values(STATE_WORD).map((w) => w.length))

/** A state word padded to a column, so a terminal reader scans states down one column. */
export function stateWord(s: SecretState): string {
  return STATE_WORD[s].padEnd(WIDTH)
}

/** Why a status is what it is: `reason: message`, either part optional. */
export function statusDetail(s: { reason: string | null; message: string | null; state: SecretState }): string {
  if (s.state === 'ready') return ''
  const parts = [s.reason, s.message].filter((p): p is string => p !== null && p !== '')
  return parts.join(': ')
}

/** `secrets-injector status` for a terminal: counts, stores, ClusterExternalSecrets with their namespaces, drift, notices. */
export function formatStatusText(r: StatusReport): string {
  const out: string[] = [`Cluster context "${r.context}"`]
  if (!r.reachable) {
    out.push('The cluster could not be read:', ...r.notices.map((n) => `  ${n}`))
    return out.join('\n') + '\n'
  }
  const c = r.counts
  out.push(
    `Secrets: ${c.ready} ready, ${c.failing} failing, ${c.pending} pending, ${c.notCreated} not created, ${c.unknown} unknown. ` +
      `Drift: ${c.drift === 0 && r.drift.notChecked.length === 0 ? 'none' : c.drift}.`
  )
  if (r.inventory === 'file') out.push('Selectors expanded with the namespaces file (it wins over the cluster).')
  out.push('', 'ClusterSecretStores')
  if (r.stores.length === 0) out.push('  (none in the values)')
  for (const s of r.stores) out.push(`  ${stateWord(s.state)}  ${s.name} (${s.file})${suffix(statusDetail(s))}`)
  out.push('', 'ClusterExternalSecrets')
  if (r.clusterExternalSecrets.length === 0) out.push('  (none in the values)')
  for (const ces of r.clusterExternalSecrets) {
    const where = ces.inCluster === null ? 'presence unknown' : ces.inCluster ? 'in the cluster' : 'not in the cluster'
    out.push(`  ${ces.name} (${ces.file}; Secret ${ces.secretName}; store ${ces.store}; ${where})`)
    if (ces.note !== null) out.push(`    (${ces.note})`)
    if (ces.secrets.length === 0) out.push('    (no namespace)')
    for (const s of ces.secrets) out.push(`    ${secretLine(s)}`)
  }
  out.push('', 'Drift')
  if (r.drift.items.length === 0 && r.drift.notChecked.length === 0) out.push('  none')
  for (const d of r.drift.items) out.push(`  ${describeDrift(d)}`)
  for (const k of r.drift.notChecked) out.push(`  ${k}s not checked: they could not be read`)
  if (r.notices.length > 0) out.push('', 'Notices', ...r.notices.map((n) => `  ${n}`))
  return out.join('\n') + '\n'
}

function secretLine(s: SecretStatus): string {
  return `${stateWord(s.state)}  ${s.namespace}${suffix(statusDetail(s))}`
}

function suffix(detail: string): string {
  return detail === '' ? '' : `: ${detail}`
}
