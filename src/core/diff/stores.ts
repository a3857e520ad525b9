import { compareStrings } from '../compare.js'
import type { Release, Store } from '../model.js'
import { isRecord } from '../values.js'
import { compareTargets, identityOf } from './describe.js'
import type { SecretRecord, StoreChange } from './types.js'

/**
 * Compare ClusterSecretStores by name. A store holds no secret values, only
 * where and how to read them, so every field is shown. Each change lists the
 * Secrets that read from the store: those of head, or of base when the store
 * is removed.
 */
export function diffStores(base: Release[], head: Release[], baseRecords: SecretRecord[], headRecords: SecretRecord[]): StoreChange[] {
  const before = storesByName(base)
  const after = storesByName(head)
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings)
  const out: StoreChange[] = []
  for (const name of names) {
    const b = before.get(name)
    const a = after.get(name)
    const bf = b ? storeFields(b) : {}
    const af = a ? storeFields(a) : {}
    const changes = fieldOrder(bf, af)
      .filter((f) => bf[f] !== af[f])
      .map((f) => ({ field: f, before: bf[f] ?? null, after: af[f] ?? null }))
    if (changes.length === 0) continue
    const change: StoreChange['change'] = !b ? 'added' : !a ? 'removed' : 'changed'
    const affects = readersOf(name, change === 'removed' ? baseRecords : headRecords)
    const danger: string[] = []
    if (change === 'changed' && affects.length > 0) danger.push(`changing store ${name} touches ${spread(affects)}`)
    if (change === 'removed') {
      const still = readersOf(name, headRecords)
      if (still.length > 0) danger.push(`store ${name} is no longer defined, but ${spread(still)} still read from it`)
    }
    out.push({ name, change, changes, affects, danger })
  }
  return out
}

/** "3 Secrets in 2 namespaces and 1 selector" */
export function spread(targets: Array<{ namespace: string | null; selector: string | null }>): string {
  const ns = new Set(targets.filter((t) => t.namespace !== null).map((t) => t.namespace))
  const sel = new Set(targets.filter((t) => t.namespace === null).map((t) => t.selector))
  const parts: string[] = []
  if (ns.size > 0 || sel.size === 0) parts.push(plural(ns.size, 'namespace'))
  if (sel.size > 0) parts.push(plural(sel.size, 'selector'))
  return `${plural(targets.length, 'Secret')} in ${parts.join(' and ')}`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function readersOf(store: string, records: SecretRecord[]): StoreChange['affects'] {
  const seen = new Map<string, StoreChange['affects'][number]>()
  for (const r of records) {
    if (r.store !== store) continue
    const t = { namespace: r.namespace, selector: r.namespace === null ? r.selector : null, name: r.name }
    if (!seen.has(identityOf(t))) seen.set(identityOf(t), t)
  }
  return [...seen.values()].sort(compareTargets)
}

/** First definition wins: two releases defining one store name is a lint error reported elsewhere. */
function storesByName(releases: Release[]): Map<string, Store> {
  const m = new Map<string, Store>()
  for (const r of releases) for (const s of r.stores) if (!m.has(s.name)) m.set(s.name, s)
  return m
}

/**
 * A store as flat, comparable fields: `provider` (its type), the provider's
 * settings (`vaultUrl`, `region`, `auth.mode`, `auth.clientId.name`, ...) and
 * `conditions` as canonical JSON. Where the store is written (file, path) is
 * not part of it: moving a store between files changes nothing in the cluster.
 */
export function storeFields(s: Store): Record<string, string> {
  const out: Record<string, string> = { provider: s.provider.type }
  const { type: _type, ...settings } = s.provider
  flatten(settings, '', out)
  if (s.conditions !== undefined) out.conditions = canonicalJson(s.conditions)
  return out
}

function flatten(v: unknown, prefix: string, out: Record<string, string>): void {
  if (v === undefined) return
  if (isRecord(v)) {
    for (const [k, val] of Object.entries(v)) flatten(val, prefix ? `${prefix}.${k}` : k, out)
    return
  }
  out[prefix] = typeof v === 'string' ? v : canonicalJson(v)
}

/** JSON with object keys sorted, so equal values always print the same. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(sortDeep(v))
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep)
  if (isRecord(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, val] of Object.entries(v).sort(([x], [y]) => compareStrings(x, y))) out[k] = sortDeep(val)
    return out
  }
  return v
}

/** `provider` first, then the other fields in name order. */
function fieldOrder(a: Record<string, string>, b: Record<string, string>): string[] {
  const rest = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== 'provider').sort(compareStrings)
  return ['provider', ...rest]
}
