import { identityOf } from './describe.js'
import { canonicalJson } from './stores.js'
import type { Comparison, SecretRecord, StoreSnapshot } from './types.js'

/**
 * The part of a comparison its diff depends on, so a report bundle stays
 * small however large the repository: a Secret described the same on both
 * sides changes nothing and is left out, unless it reads from a store that
 * changed (a store change lists the Secrets reading from it); a store defined
 * the same on both sides is left out too. `diffComparison` gives the same
 * diff for the result as for the whole comparison: the diff only ever looks
 * at the first record of an identity and the first store of a name, and the
 * order of what is kept does not change.
 */
export function essentialComparison(c: Comparison): Comparison {
  const baseStores = firstBy(c.base.stores, (s) => s.name)
  const headStores = firstBy(c.head.stores, (s) => s.name)
  const changedStores = new Set(
    [...new Set([...baseStores.keys(), ...headStores.keys()])].filter((n) => !sameJson(baseStores.get(n), headStores.get(n)))
  )
  const baseFirst = firstBy(c.base.records, identityOf)
  const headFirst = firstBy(c.head.records, identityOf)
  const unchanged = (id: string): boolean => sameJson(baseFirst.get(id), headFirst.get(id))
  const records = (rs: SecretRecord[], first: Map<string, SecretRecord>): SecretRecord[] =>
    rs.filter((r) => changedStores.has(r.store) || (first.get(identityOf(r)) === r && !unchanged(identityOf(r))))
  const stores = (ss: StoreSnapshot[], first: Map<string, StoreSnapshot>): StoreSnapshot[] =>
    ss.filter((s) => first.get(s.name) === s && changedStores.has(s.name))
  return {
    base: { records: records(c.base.records, baseFirst), stores: stores(c.base.stores, baseStores) },
    head: { records: records(c.head.records, headFirst), stores: stores(c.head.stores, headStores) },
    invalid: c.invalid
  }
}

function firstBy<T>(items: T[], key: (item: T) => string): Map<string, T> {
  const m = new Map<string, T>()
  for (const item of items) if (!m.has(key(item))) m.set(key(item), item)
  return m
}

/** Both present and equal as data (absent on one side is a difference). */
function sameJson(a: object | undefined, b: object | undefined): boolean {
  return a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b)
}
