import type { Release } from '../model.js'
import { compareTargets, describeSecrets, identityOf } from './describe.js'
import { diffStores } from './stores.js'
import type { DiffResult, FieldChange, NamespaceInventory, SecretChange, SecretRecord } from './types.js'

/** The fields compared, in the order changes are listed. */
const FIELDS: ReadonlyArray<FieldChange['field']> = [
  'externalSecret',
  'kind',
  'type',
  'store',
  'keys',
  'remoteRefs',
  'labels',
  'refreshInterval',
  'refreshTime',
  'creationPolicy',
  'deletionPolicy'
]

/**
 * The per-namespace Secret diff (docs/diff-json.md). A Secret is identified
 * by (namespace, or selector when no namespace is known; Secret name): moving
 * an entry to another namespace is a removal plus an addition, renaming only
 * its ClusterExternalSecret is a change. Order of entries, keys and labels
 * never matters. A change of a store's settings is listed once in `stores`,
 * never as a change of each Secret reading from it. Pass `[]` for the base of
 * a file the PR adds, or for the head of a file it deletes.
 */
export function diffReleases(base: Release[], head: Release[], inventory?: NamespaceInventory): DiffResult {
  const baseRecords = describeSecrets(base, inventory)
  const headRecords = describeSecrets(head, inventory)
  const before = byIdentity(baseRecords)
  const after = byIdentity(headRecords)

  const secrets: SecretChange[] = []
  for (const [id, b] of before) {
    const a = after.get(id)
    if (!a) {
      secrets.push({ ...target(b), change: 'removed', changes: [], before: b, after: null, danger: removalDanger(b) })
      continue
    }
    const changes = compareRecords(b, a)
    if (changes.length > 0) secrets.push({ ...target(a), change: 'changed', changes, before: b, after: a, danger: changeDanger(b, a) })
  }
  for (const [id, a] of after) {
    if (!before.has(id)) secrets.push({ ...target(a), change: 'added', changes: [], before: null, after: a, danger: [] })
  }
  secrets.sort(compareTargets)

  const stores = diffStores(base, head, baseRecords, headRecords)
  const count = (c: SecretChange['change']): number => secrets.filter((s) => s.change === c).length
  return {
    secrets,
    stores,
    counts: { added: count('added'), removed: count('removed'), changed: count('changed'), storesChanged: stores.length }
  }
}

/** Records are sorted, so when two entries make the same Secret (a lint error) the first one wins every time. */
function byIdentity(records: SecretRecord[]): Map<string, SecretRecord> {
  const m = new Map<string, SecretRecord>()
  for (const r of records) if (!m.has(identityOf(r))) m.set(identityOf(r), r)
  return m
}

function target(r: SecretRecord): Pick<SecretChange, 'namespace' | 'selector' | 'name'> {
  return { namespace: r.namespace, selector: r.selector, name: r.name }
}

function compareRecords(b: SecretRecord, a: SecretRecord): FieldChange[] {
  const out: FieldChange[] = []
  for (const field of FIELDS) {
    if (!sameValue(b[field], a[field])) out.push({ field, before: b[field], after: a[field] })
  }
  return out
}

function sameValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i])
  if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
    const xe = Object.entries(x)
    const ye = new Map(Object.entries(y))
    return xe.length === ye.size && xe.every(([k, v]) => ye.has(k) && ye.get(k) === v)
  }
  return x === y
}

/** What happens in the cluster when the Secret's ExternalSecret goes away. */
function removalDanger(r: SecretRecord): string[] {
  switch (r.creationPolicy) {
    case 'Owner':
      return ['deleted from the cluster by ESO (creationPolicy Owner)']
    case 'Orphan':
      return ['stays in the cluster but is no longer refreshed (creationPolicy Orphan)']
    case 'Merge':
      return ['keys merged by ESO stay in the Secret but are no longer refreshed (creationPolicy Merge)']
    default:
      return []
  }
}

function changeDanger(b: SecretRecord, a: SecretRecord): string[] {
  const out: string[] = []
  if (b.type !== a.type)
    out.push(
      `Kubernetes does not allow changing the type of an existing Secret (${b.type} → ${a.type}): ` +
        'ESO cannot update it until it is deleted'
    )
  if (b.externalSecret !== a.externalSecret && b.creationPolicy === 'Owner') {
    out.push(
      `ClusterExternalSecret renamed (${b.externalSecret} → ${a.externalSecret}): the old ` +
        `ExternalSecret is deleted, and with it the Secret (creationPolicy Owner), before the new ` +
        `one recreates it`
    )
  }
  if (b.store !== a.store) out.push(`reads from another store (${b.store} → ${a.store}): the remote secrets must exist there`)
  const gone = b.keys.filter((k) => !a.keys.includes(k))
  if (gone.length > 0 && a.kind === b.kind)
    out.push(`keys no longer provided: ${gone.map((k) => (k === '*' ? '(all keys of the remote secret)' : k)).join(', ')}`)
  if (b.creationPolicy !== a.creationPolicy) {
    if (b.creationPolicy === 'Owner')
      out.push(`creationPolicy Owner → ${a.creationPolicy}: ESO no longer owns the Secret; it stays when its ExternalSecret is deleted`)
    else if (a.creationPolicy === 'Owner')
      out.push(`creationPolicy ${b.creationPolicy} → Owner: ESO takes ownership; the Secret is deleted with its ExternalSecret`)
  }
  if (a.deletionPolicy === 'Delete' && b.deletionPolicy !== 'Delete')
    out.push('deletionPolicy Delete: ESO deletes the Secret when its remote secrets are gone from the provider')
  return out
}
