import { compareStrings } from '../compare.js'
import { describeLocation } from './plan.js'
import type { SecretTarget, StoreResult, VerifyLevel, VerifyPlan } from './types.js'

/** One remote secret that does not exist, with what reads it: a line of "would fail after merge". */
export interface MissingRemote {
  store: string
  /** describeLocation() of the store, e.g. `Azure Key Vault https://x.vault.azure.net`. */
  location: string
  /** The key as written in the values. */
  remote: string
  /** Why it counts as missing although listed (scheduled for deletion, deleted version...). */
  note?: string
  /** The first entry that reads it. */
  file: string
  line: number
  column: number
  /** Every Secret that would fail to sync, sorted (named namespaces first). */
  secrets: SecretTarget[]
}

/** A store (or part of one) that could not be checked. */
export interface UncheckedStore {
  store: string
  location: string | null
  reason: string
  /** Remote secrets left unverified. */
  count: number
  /** The Secrets that read them, sorted like `MissingRemote.secrets`. */
  secrets: SecretTarget[]
}

/**
 * What `verify` found, as plain data for the PR comment and the report
 * bundle: no secret value, only names, places and reasons.
 */
export interface VerifyReport {
  level: VerifyLevel
  /** Remote secrets checked in all. */
  checked: number
  missing: MissingRemote[]
  unchecked: UncheckedStore[]
}

/** The report of one verify run; deterministic (sorted by store, then remote name). */
export function verifyReport(plan: VerifyPlan, results: StoreResult[], level: VerifyLevel): VerifyReport {
  const byStore = new Map(results.map((r) => [r.store, r]))
  const missing: MissingRemote[] = []
  const unchecked: UncheckedStore[] = []
  let checked = 0
  for (const store of plan.stores) {
    const result = byStore.get(store.store)
    const location = store.location === null ? null : describeLocation(store.location)
    checked += store.checks.length
    for (const check of store.checks) {
      const p = result?.presence[check.name]
      const first = check.readers[0]
      if (p?.state !== 'missing' || first === undefined) continue
      const secrets = uniqueTargets(check.readers.flatMap((r) => r.secrets))
      missing.push({
        store: store.store,
        location: location ?? '',
        remote: check.key,
        ...(p.note !== undefined ? { note: p.note } : {}),
        file: first.file,
        line: first.line,
        column: first.column,
        secrets
      })
    }
    const names = result === undefined ? null : new Set(result.unchecked?.names ?? [])
    const left = store.checks.filter((c) => names === null || names.has(c.name))
    if (left.length > 0)
      unchecked.push({
        store: store.store,
        location,
        reason: result?.unchecked?.reason ?? 'no answer (internal error)',
        count: left.length,
        secrets: uniqueTargets(left.flatMap((c) => c.readers.flatMap((r) => r.secrets)))
      })
  }
  missing.sort((a, b) => compareStrings(a.store, b.store) || compareStrings(a.remote, b.remote))
  unchecked.sort((a, b) => compareStrings(a.store, b.store))
  return { level, checked, missing, unchecked }
}

function uniqueTargets(targets: SecretTarget[]): SecretTarget[] {
  const seen = new Map<string, SecretTarget>()
  for (const t of targets) seen.set(`${t.namespace ?? ''}\0${t.selector ?? ''}\0${t.name}`, t)
  return [...seen.values()].sort(
    (a, b) =>
      Number(a.namespace === null) - Number(b.namespace === null) ||
      compareStrings(a.namespace ?? '', b.namespace ?? '') ||
      compareStrings(a.selector ?? '', b.selector ?? '') ||
      compareStrings(a.name, b.name)
  )
}
