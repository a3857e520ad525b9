import { remoteSecretsOf } from '../kinds/index.js'
import type { Entry, LabelSelector, Release, Store } from '../model.js'
import type { ValuePath } from '../types.js'
import { LIMITS } from '../limits.js'
import type { FileLint } from './context.js'
import type { NamespaceRegexes } from './namespace-regex.js'
import { didYouMean } from './suggest.js'
import { isRecord, present } from '../values.js'
import { ownerLabel, quote } from './wording.js'

/** One linted file with its model, for checks that look across entries and files. */
export interface LintedFile {
  lint: FileLint
  release: Release
}

interface Seen {
  lint: FileLint
  /** Where the name is written. */
  path: ValuePath
  /** The entry or store it belongs to (its label is built only for messages). */
  owner: ValuePath
  anchor?: 'key' | 'value'
}

const labelOf = (s: Seen): string => ownerLabel(s.lint.root, s.owner)

/**
 * Rules across entries and files: duplicate store and ClusterExternalSecret
 * names (cluster-wide), two entries making the same Secret, and store
 * references nobody defines. Each uses a map keyed by name, so the cost is
 * linear in the number of entries.
 */
export function checkAcrossFiles(files: LintedFile[], regexes: NamespaceRegexes): void {
  const stores = new Map<string, Seen & { store: Store }>()
  for (const { lint, release } of files) {
    for (const store of release.stores) {
      const raw = valueAt(lint.root, store.path)
      const named = isRecord(raw) && present(raw.name)
      const path = named ? [...store.path, 'name'] : store.path
      const here: Seen = { lint, path, owner: store.path, anchor: named ? 'value' : 'key' }
      const first = stores.get(store.name)
      if (first === undefined) {
        stores.set(store.name, { ...here, store })
        continue
      }
      const how = named ? '' : ' (the default name, as "name" is not set)'
      lint.report(
        'duplicate-store',
        path,
        `${labelOf(here)}: ClusterSecretStore name ${quote(store.name)}${how} is already used by ` +
          `${labelOf(first)} at ${first.lint.where(first.path, first.anchor)}; store names are ` +
          `cluster-wide, rename one`,
        named ? 'value' : 'key'
      )
    }
  }

  const guessStore = storeGuesser(stores)
  const names = new Map<string, Seen>()
  const secrets = new Map<string, { seen: Seen; entry: Entry }>()
  for (const { lint, release } of files) {
    for (const entry of release.entries) {
      const label = (): string => ownerLabel(lint.root, entry.path)
      if (entry.name !== '') {
        const here: Seen = { lint, path: [...entry.path, 'secret'], owner: entry.path }
        const first = names.get(entry.name)
        if (first === undefined) names.set(entry.name, here)
        else {
          lint.report(
            'duplicate-name',
            here.path,
            `${label()}: ClusterExternalSecret name ${quote(entry.name)} is already used by ` +
              `${labelOf(first)} at ${first.lint.where(first.path)}; names are cluster-wide, rename one`
          )
        }
      }
      const store = entry.store === '' ? undefined : stores.get(entry.store)
      if (entry.store !== '' && store === undefined) {
        const guess = guessStore(entry.store)
        const hint =
          guess !== undefined
            ? `; did you mean ${quote(guess)}?`
            : ' (fine if another release installs it; otherwise add it to clustersecretstore)'
        lint.report(
          'unknown-store',
          [...entry.path, 'clustersecstore'],
          `${label()}: store ${quote(entry.store)} is not defined in any of the given files${hint}`,
          'value',
          guess
        )
      }
      if (store !== undefined) {
        checkRemoteName(lint, entry, store.store, label)
        checkStoreConditions(lint, entry, store.store, label, regexes)
        checkVaultWholeEntry(lint, entry, store.store, label)
      }
      if (entry.secretName !== '') checkSameSecret(secrets, lint, entry)
    }
  }
}

/** Store-name comparisons "did you mean" may make in one run (each compares one name with one store). */
const GUESS_COMPARISONS = 200_000

/**
 * "Did you mean" for unknown store names, once per name. It compares the
 * name with every store, so thousands of stores and thousands of different
 * unknown names would make lint quadratic (2,000 of each took 41 s): past a
 * budget of comparisons, further names get no guess.
 */
function storeGuesser(stores: ReadonlyMap<string, unknown>): (name: string) => string | undefined {
  const guesses = new Map<string, string | undefined>()
  let comparisons = 0
  return (name) => {
    if (guesses.has(name)) return guesses.get(name)
    if (comparisons + stores.size > GUESS_COMPARISONS) return undefined
    comparisons += stores.size
    const guess = didYouMean(name, stores.keys())
    guesses.set(name, guess)
    return guess
  }
}

/**
 * Two ExternalSecrets owning one Secret overwrite each other. Writing into
 * a Secret another entry owns is the documented use of creationPolicy
 * Merge, so a pair where either side merges is allowed.
 */
function checkSameSecret(secrets: Map<string, { seen: Seen; entry: Entry }>, lint: FileLint, entry: Entry): void {
  const targets =
    entry.target.kind === 'namespaces' ? entry.target.namespaces.map((ns) => `ns:${ns}`) : [`sel:${selectorId(entry.target.selector)}`]
  const here: Seen = { lint, path: [...entry.path, 'namespacesecretname'], owner: entry.path }
  for (const t of targets) {
    const id = `${t}\u0000${entry.secretName}`
    const first = secrets.get(id)
    if (first === undefined) {
      secrets.set(id, { seen: here, entry })
      continue
    }
    if (first.entry.creationPolicy === 'Merge' || entry.creationPolicy === 'Merge') continue
    const where = t.startsWith('ns:') ? `namespace ${quote(t.slice(3))}` : 'the namespaces of the same namespaceSelector'
    lint.report(
      'duplicate-secret',
      here.path,
      `${labelOf(here)}: Secret ${quote(entry.secretName)} in ${where} is also created by ` +
        `${labelOf(first.seen)} at ${first.seen.lint.where(first.seen.path)}; the two ` +
        `ExternalSecrets would overwrite each other. Rename one Secret (or use creationPolicy: Merge)`
    )
    return
  }
}

/** Remote secret names each provider accepts; Azure also takes an object-type prefix (`secret/`, `cert/`, `key/`). */
const AZURE_NAME = /^((secret|cert|key)\/)?[0-9a-zA-Z-]{1,127}$/
const AWS_SM_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/
const AWS_PS_NAME = /^[A-Za-z0-9/_.-]{1,2048}$/

/** The provider would reject the remote name at sync time; say so now. */
function checkRemoteName(lint: FileLint, entry: Entry, store: Store, label: () => string): void {
  const name = entry.remoteName
  if (name === '' || /\{\{|\}\}/.test(name)) return
  const p = store.provider
  const refused = (probe: string): string | undefined => {
    if (p.type === 'azurekv' && !AZURE_NAME.test(probe))
      return 'Azure Key Vault secret names use only letters, digits and "-" (at most 127)'
    if (p.type === 'aws' && p.service === 'SecretsManager' && !AWS_SM_NAME.test(probe))
      return 'AWS Secrets Manager names use only letters, digits and /_+=.@- (at most 512)'
    if (p.type === 'aws' && p.service === 'ParameterStore' && !AWS_PS_NAME.test(probe))
      return 'AWS Parameter Store names use only letters, digits and /_.-'
    return undefined
  }
  // The kind decides which names are read (TLS reads `<name>-crt` and `<name>-key`); one finding is enough.
  const rule = remoteSecretsOf(entry)
    .map(refused)
    .find((r) => r !== undefined)
  if (rule === undefined) return
  lint.report(
    'remote-name',
    [...entry.path, 'keyvaultsecretname'],
    `${label()}: "keyvaultsecretname": ${quote(name)} cannot exist in store ${quote(store.name)}: ${rule}`
  )
}

/**
 * Vault secrets are maps of fields. ESO's Vault provider answers a remoteRef
 * without `property` with the whole entry as JSON (`{"value":"..."}`), seen
 * in the end-to-end suite against the real controller. For a single-value
 * entry that is almost never what the user meant; `property` picks a field.
 */
function checkVaultWholeEntry(lint: FileLint, entry: Entry, store: Store, label: () => string): void {
  if (store.provider.type !== 'vault' || entry.kind !== 'single') return
  lint.report(
    'vault-whole-entry',
    [...entry.path, 'keyvaultsecretname'],
    `${label()}: store ${quote(store.name)} is a Vault store, whose secrets are maps of ` +
      `fields: without "property" the key ${quote(entry.key ?? '')} receives the whole entry ` +
      `${quote(entry.remoteName)} as JSON. Set "property" to the field to read`
  )
}

/**
 * A store with `conditions` serves only the namespaces they allow. Named
 * target namespaces can be checked here; selector conditions and selector
 * targets depend on cluster labels, so they are not judged.
 */
function checkStoreConditions(lint: FileLint, entry: Entry, store: Store, label: () => string, regexes: NamespaceRegexes): void {
  if (entry.target.kind !== 'namespaces') return
  const allow = allowedBy(store, regexes)
  if (allow === null) return
  const refused = entry.target.namespaces.filter((ns) => !allow.allows(ns))
  if (refused.length === 0) return
  lint.report(
    'store-conditions',
    [...entry.path, 'clustersecstore'],
    `${label()}: store ${quote(store.name)} may not be used from ` +
      `${refused.length > 1 ? 'namespaces' : 'namespace'} ${listed(refused.map(quote))}: its ` +
      `conditions allow only ${allow.described}; ESO will not sync there. Add the namespace to the ` +
      `store's conditions or use another store`
  )
}

interface Allowed {
  allows(namespace: string): boolean
  /** The names and /regexes/, for the message (cut after a few). */
  described: string
}
// Per store, built once: many entries read from the same store.
const allowedCache = new WeakMap<Store, Allowed | null>()

/**
 * What a store's conditions allow by name, or null when unrestricted,
 * label-dependent, too large to check (a limit-exceeded finding), holding a
 * pattern past a regex limit (limit-exceeded: not compiled, so unknown, never
 * "allows nothing") or one ESO would refuse (an invalid-regex finding).
 */
function allowedBy(store: Store, regexes: NamespaceRegexes): Allowed | null {
  const cached = allowedCache.get(store)
  if (cached !== undefined) return cached
  const conditions = store.conditions ?? []
  let result: Allowed | null = null
  const patterns = conditions.flatMap((c) => c.namespaceRegexes ?? [])
  const names = new Set(conditions.flatMap((c) => c.namespaces ?? []))
  const size = patterns.length + names.size + conditions.filter((c) => c.namespaceSelector !== undefined).length
  if (conditions.length > 0 && !conditions.some((c) => c.namespaceSelector !== undefined) && size <= LIMITS.conditionItems) {
    const compiled = patterns.map((p) => regexes.get(p))
    if (compiled.every((r) => r.ok)) {
      // Many entries share a few namespaces: decide each namespace once.
      const decided = new Map<string, boolean>()
      const allows = (ns: string): boolean => {
        let yes = decided.get(ns)
        if (yes === undefined) {
          yes = names.has(ns) || compiled.some((r) => r.ok && r.test(ns))
          decided.set(ns, yes)
        }
        return yes
      }
      result = { allows, described: listed([...names, ...patterns.map((r) => `/${r}/`)]) }
    }
  }
  allowedCache.set(store, result)
  return result
}

/** At most eight items, then "and N more": a message must not grow with the input. */
function listed(items: string[]): string {
  return items.length <= 8 ? items.join(', ') : `${items.slice(0, 8).join(', ')} and ${items.length - 8} more`
}

/** Stable text of a selector: normalize.ts already sorts label maps. */
function selectorId(s: LabelSelector): string {
  return JSON.stringify([s.matchLabels ?? {}, s.matchExpressions ?? []])
}

function valueAt(root: unknown, path: ValuePath): unknown {
  let node = root
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg]
    else if (isRecord(node)) node = node[String(seg)]
    else return undefined
  }
  return node
}
