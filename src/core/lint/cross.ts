import type { Entry, LabelSelector, Release } from '../model.js'
import type { ValuePath } from '../types.js'
import type { FileLint } from './context.js'
import { didYouMean } from './suggest.js'
import { isRecord, ownerLabel, present, quote } from './text.js'

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
export function checkAcrossFiles(files: LintedFile[]): void {
  const stores = new Map<string, Seen>()
  for (const { lint, release } of files) {
    for (const store of release.stores) {
      const raw = valueAt(lint.root, store.path)
      const named = isRecord(raw) && present(raw.name)
      const path = named ? [...store.path, 'name'] : store.path
      const here: Seen = { lint, path, owner: store.path, anchor: named ? 'value' : 'key' }
      const first = stores.get(store.name)
      if (first === undefined) {
        stores.set(store.name, here)
        continue
      }
      const how = named ? '' : ' (the default name, as "name" is not set)'
      lint.report(
        'duplicate-store',
        path,
        `${labelOf(here)}: ClusterSecretStore name ${quote(store.name)}${how} is already used by ${labelOf(first)} at ${first.lint.where(first.path, first.anchor)}; store names are cluster-wide, rename one`,
        named ? 'value' : 'key'
      )
    }
  }

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
            `${label()}: ClusterExternalSecret name ${quote(entry.name)} is already used by ${labelOf(first)} at ${first.lint.where(first.path)}; names are cluster-wide, rename one`
          )
        }
      }
      if (entry.store !== '' && !stores.has(entry.store)) {
        const guess = didYouMean(entry.store, stores.keys())
        const hint = guess !== undefined ? `; did you mean ${quote(guess)}?` : ' (fine if another release installs it; otherwise add it to clustersecretstore)'
        lint.report('unknown-store', [...entry.path, 'clustersecstore'], `${label()}: store ${quote(entry.store)} is not defined in any of the given files${hint}`)
      }
      if (entry.secretName !== '') checkSameSecret(secrets, lint, entry)
    }
  }
}

/**
 * Two ExternalSecrets owning one Secret overwrite each other. Writing into
 * a Secret another entry owns is the documented use of creationPolicy
 * Merge, so a pair where either side merges is allowed.
 */
function checkSameSecret(secrets: Map<string, { seen: Seen; entry: Entry }>, lint: FileLint, entry: Entry): void {
  const targets = entry.target.kind === 'namespaces' ? entry.target.namespaces.map((ns) => `ns:${ns}`) : [`sel:${selectorId(entry.target.selector)}`]
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
      `${labelOf(here)}: Secret ${quote(entry.secretName)} in ${where} is also created by ${labelOf(first.seen)} at ${first.seen.lint.where(first.seen.path)}; the two ExternalSecrets would overwrite each other. Rename one Secret (or use creationPolicy: Merge)`
    )
    return
  }
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
