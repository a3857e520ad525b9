import { finding } from '../lint/rules.js'
import type { Finding } from '../types.js'
import { describeLocation } from './plan.js'
import type { RemoteCheck, SecretTarget, StorePlan, StoreResult, VerifyLevel, VerifyPlan } from './types.js'
import { compareFindings } from '../compare.js'

/** Secrets named in one message; the rest are counted, so a selector over many namespaces stays one readable line. */
const MAX_SECRETS_LISTED = 10
/** Remote names listed in one `remote-unchecked` message. */
const MAX_NAMES_LISTED = 5

/**
 * Turn what the providers answered into findings: one `remote-missing` per
 * remote secret that does not exist (at the first entry that reads it,
 * naming every Secret that would fail), one `remote-unchecked` per store
 * that could not be (fully) checked. `level` is the severity of
 * `remote-missing`; `remote-unchecked` is always a warning, since nothing is
 * known to be wrong. Sorted like lint findings.
 */
export function verifyFindings(plan: VerifyPlan, results: StoreResult[], level: VerifyLevel = 'error'): Finding[] {
  const byStore = new Map(results.map((r) => [r.store, r]))
  const out: Finding[] = []
  for (const store of plan.stores) {
    const result = byStore.get(store.store)
    if (result === undefined) {
      out.push(unchecked(store, store.checks, 'it was not checked (internal error: no answer for this store; please report it)'))
      continue
    }
    for (const check of store.checks) {
      const p = result.presence[check.name]
      if (p?.state === 'missing') out.push(missing(store, check, level, p.note))
    }
    if (result.unchecked !== undefined && result.unchecked.names.length > 0) {
      const names = new Set(result.unchecked.names)
      out.push(
        unchecked(
          store,
          store.checks.filter((c) => names.has(c.name)),
          result.unchecked.reason
        )
      )
    }
  }
  const order = new Map<string, number>()
  for (const s of plan.stores) {
    if (!order.has(s.file)) order.set(s.file, order.size)
    for (const c of s.checks) for (const r of c.readers) if (!order.has(r.file)) order.set(r.file, order.size)
  }
  return out.sort(compareFindings(order))
}

function missing(store: StorePlan, check: RemoteCheck, level: VerifyLevel, note: string | undefined): Finding {
  const [first, ...others] = check.readers
  const where = store.location === null ? '' : ` in ${describeLocation(store.location)}`
  const what = note === undefined ? 'does not exist' : `does not exist (${note})`
  const name = check.key === check.name ? `"${check.name}"` : `"${check.key}" (path "${check.name}")`
  const properties = [...new Set(check.readers.flatMap((r) => r.properties))]
  const secrets = [...new Set(check.readers.flatMap((r) => r.secrets.map(secretText)))]
  let message =
    `remote secret ${name} ${what}${where} (store "${store.store}"); ` +
    `${secrets.length === 1 ? 'this Secret' : `these ${secrets.length} Secrets`} would fail to sync (SecretSyncedError): ${listed(secrets)}`
  if (properties.length > 0) message += `; properties read from it: ${properties.join(', ')}`
  if (others.length > 0)
    message += `; also read at ${listed(
      others.map((r) => `${r.file}:${r.line}:${r.column}`),
      MAX_NAMES_LISTED
    )}`
  // `level` is the action's and CLI's choice: at `warning` a missing secret never fails the run.
  return { ...finding('remote-missing', first?.file ?? store.file, first ?? store, message), severity: level }
}

function unchecked(store: StorePlan, checks: RemoteCheck[], reason: string): Finding {
  const where = store.location === null ? '' : ` (${describeLocation(store.location)})`
  const names = checks.map((c) => c.key)
  const secrets = new Set(checks.flatMap((c) => c.readers.flatMap((r) => r.secrets.map(secretText))))
  const shown = names.slice(0, MAX_NAMES_LISTED).map((n) => `"${n}"`)
  if (names.length > MAX_NAMES_LISTED) shown.push(`${names.length - MAX_NAMES_LISTED} more`)
  return finding(
    'remote-unchecked',
    store.file,
    store,
    `store "${store.store}"${where} was not checked: ${reason}; ` +
      `${names.length} remote ${names.length === 1 ? 'secret' : 'secrets'} read by ${secrets.size} ` +
      `${secrets.size === 1 ? 'Secret' : 'Secrets'} unverified: ${shown.join(', ')}`
  )
}

/** `namespace/name`, or `name (selector env=prod)`. */
export function secretText(s: SecretTarget): string {
  return s.namespace !== null ? `${s.namespace}/${s.name}` : `${s.name} (selector ${s.selector ?? ''})`
}

function listed(texts: string[], max = MAX_SECRETS_LISTED): string {
  const shown = texts.slice(0, max)
  return texts.length > max ? `${shown.join(', ')} and ${texts.length - max} more` : shown.join(', ')
}
