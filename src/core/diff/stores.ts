import { compareStrings } from '../compare.js'
import type { Release } from '../model.js'
import { renderClusterSecretStore } from '../render/store.js'
import { isRecord } from '../values.js'
import { compareTargets, identityOf } from './describe.js'
import type { SecretRecord, StoreChange, StoreSnapshot } from './types.js'

/**
 * Compare ClusterSecretStores by name. A store holds no secret values, only
 * where and how to read them, so every field is shown. Each change lists the
 * Secrets that read from the store: those of head, or of base when the store
 * is removed.
 */
export function diffStores(
  before: StoreSnapshot[],
  after: StoreSnapshot[],
  baseRecords: SecretRecord[],
  headRecords: SecretRecord[]
): StoreChange[] {
  const b0 = byName(before)
  const a0 = byName(after)
  const names = [...new Set([...b0.keys(), ...a0.keys()])].sort(compareStrings)
  const out: StoreChange[] = []
  for (const name of names) {
    const b = b0.get(name)
    const a = a0.get(name)
    const bf = b?.fields ?? {}
    const af = a?.fields ?? {}
    const changes = fieldOrder(bf, af)
      .filter((f) => bf[f] !== af[f])
      .map((f) => ({ field: f, before: bf[f] ?? null, after: af[f] ?? null }))
    if (changes.length === 0) continue
    const change: StoreChange['change'] = !b ? 'added' : !a ? 'removed' : 'changed'
    const affects = readersOf(name, change === 'removed' ? baseRecords : headRecords)
    const danger: string[] = []
    if (change === 'changed' && affects.length > 0) danger.push(`changing store \`${name}\` touches ${spread(affects)}`)
    if (change === 'removed') {
      const still = readersOf(name, headRecords)
      const verb = still.length === 1 ? 'reads' : 'read'
      if (still.length > 0) danger.push(`store \`${name}\` is no longer defined, but ${spread(still)} still ${verb} from it`)
    }
    out.push({ name, change, changes, affects, danger })
  }
  return out
}

/** The stores of some releases as compared; the first definition of a name wins (two are a lint error reported elsewhere). */
export function storeSnapshots(releases: Release[]): StoreSnapshot[] {
  const seen = new Set<string>()
  const out: StoreSnapshot[] = []
  for (const r of releases) {
    for (const s of r.stores) {
      if (seen.has(s.name)) continue
      seen.add(s.name)
      out.push({ name: s.name, fields: storeSpecFields(renderClusterSecretStore(s, r.apiVersion).spec) })
    }
  }
  return out
}

function byName(stores: StoreSnapshot[]): Map<string, StoreSnapshot> {
  const m = new Map<string, StoreSnapshot>()
  for (const s of stores) if (!m.has(s.name)) m.set(s.name, s)
  return m
}

/** "3 Secrets in 2 namespaces and 1 selector" */
function spread(targets: Array<{ namespace: string | null; selector: string | null }>): string {
  return `${plural(targets.length, 'Secret')} in ${places(targets)}`
}

/** "2 namespaces and 1 selector": where some Secrets are, a selector counted only where no namespace is known. */
export function places(targets: Array<{ namespace: string | null; selector: string | null }>): string {
  const ns = new Set(targets.filter((t) => t.namespace !== null).map((t) => t.namespace))
  const sel = new Set(targets.filter((t) => t.namespace === null).map((t) => t.selector))
  const parts: string[] = []
  if (ns.size > 0 || sel.size === 0) parts.push(plural(ns.size, 'namespace'))
  if (sel.size > 0) parts.push(plural(sel.size, 'selector'))
  return parts.join(' and ')
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

/**
 * A store as flat, comparable fields, read from its ClusterSecretStore
 * spec, so a store rendered from values and one read back from a published
 * manifest are described in the same words: `provider` (`azurekv`, `aws`,
 * `vault`), then the provider's settings with ESO's names, dotted
 * (`vaultUrl`, `authType`, `auth.jwt.serviceAccountRef.name`), and
 * `conditions` as canonical JSON. Where the store is written (file) is not
 * part of it: moving a store between files changes nothing in the cluster.
 */
export function storeSpecFields(spec: Record<string, unknown>): Record<string, string> {
  const provider = isRecord(spec.provider) ? spec.provider : {}
  const types = Object.keys(provider)
  const type = types.length <= 1 ? (types[0] ?? '') : canonicalJson(types.sort(compareStrings))
  const out: Record<string, string> = { provider: type }
  const settings = types.length === 1 ? provider[type] : provider
  if (isRecord(settings)) for (const [k, v] of Object.entries(settings)) flatten(v, k, out)
  if (spec.conditions !== undefined) out.conditions = canonicalJson(spec.conditions)
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
