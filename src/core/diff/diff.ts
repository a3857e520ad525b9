import { compareStrings } from '../compare.js'
import { ALL_KEYS } from '../kinds/index.js'
import type { LabelSelector, Release } from '../model.js'
import { NAMESPACE_NAME_LABEL } from '../render/ces.js'
import { compareTargets, describeSecrets, identityOf } from './describe.js'
import { ALL_NAMESPACES, selectorCovers, selectorToString } from './selector.js'
import { diffStores, storeSnapshots } from './stores.js'
import type {
  Comparison,
  DiffResult,
  DiffSide,
  FieldChange,
  NamespaceInventory,
  SecretChange,
  SecretRecord,
  StoreSnapshot
} from './types.js'
import { withhold } from './withheld.js'

/** The fields compared, in the order changes are listed (`selector` is compared only when it is the target). */
const FIELDS: ReadonlyArray<Exclude<FieldChange['field'], 'selector'>> = [
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
 * The per-namespace Secret diff (docs/diff-json.md) for releases without
 * lint errors (tests, tools); the shells use diffSides, which leaves out
 * what lint found broken.
 */
export function diffReleases(base: Release[], head: Release[], inventory?: NamespaceInventory): DiffResult {
  return diffSides({ releases: base, invalid: [] }, { releases: head, invalid: [] }, inventory)
}

/**
 * The per-namespace Secret diff (docs/diff-json.md). A Secret is identified
 * by (namespace, or selector when no namespace is known; Secret name):
 *
 * - renaming only its ClusterExternalSecret is a change;
 * - changing the selector of a ClusterExternalSecret is one change (field
 *   `selector`), with a note naming the namespaces that may lose the Secret
 *   unless the new selector provably selects every namespace the old did;
 *   so is switching it between named namespaces and a selector;
 * - moving a ClusterExternalSecret's Secret to another named namespace is a
 *   removal (`movedTo`) plus an addition (`movedFrom`): the old Secret really
 *   is deleted.
 *
 * Order of entries, keys and labels never matters. A change of a store's
 * settings is listed once in `stores`, never as a change of each Secret
 * reading from it. Entries, stores and files lint found errors in are left
 * out on both sides (withheld.ts) and listed in `invalid`. Pass an empty side
 * for a file the PR adds or deletes. `pairs` maps a base file's path to its
 * head version's where the two paths differ.
 */
export function diffSides(base: DiffSide, head: DiffSide, inventory?: NamespaceInventory, pairs?: ReadonlyMap<string, string>): DiffResult {
  return diffComparison(comparisonOf(base, head, inventory, pairs))
}

/** What diffSides compares: the records and stores of both sides, without what lint found broken. */
export function comparisonOf(
  base: DiffSide,
  head: DiffSide,
  inventory?: NamespaceInventory,
  pairs?: ReadonlyMap<string, string>
): Comparison {
  const usable = withhold(base, head, pairs)
  return {
    base: { records: describeSecrets(usable.base, inventory), stores: storeSnapshots(usable.base) },
    head: { records: describeSecrets(usable.head, inventory), stores: storeSnapshots(usable.head) },
    invalid: usable.invalid
  }
}

/** The diff of a comparison: every change, note and count is derived here, from the records alone. */
export function diffComparison(c: Comparison): DiffResult {
  return { ...diffRecords(c.base.records, c.head.records, c.base.stores, c.head.stores), invalid: c.invalid }
}

/**
 * Compare two sets of Secret records and stores, however they were obtained
 * (from values files, or read back from published manifests).
 */
export function diffRecords(
  baseRecords: SecretRecord[],
  headRecords: SecretRecord[],
  baseStores: StoreSnapshot[],
  headStores: StoreSnapshot[]
): DiffResult {
  const before = byIdentity(baseRecords)
  const after = byIdentity(headRecords)

  const secrets: SecretChange[] = []
  const removed: SecretRecord[] = []
  for (const [id, b] of before) {
    const a = after.get(id)
    if (!a) {
      removed.push(b)
      continue
    }
    const changes = compareRecords(b, a)
    if (changes.length > 0) secrets.push({ ...target(a), change: 'changed', changes, before: b, after: a, danger: changeDanger(b, a) })
  }
  const added = [...after].filter(([id]) => !before.has(id)).map(([, a]) => a)
  const paired = pairSelectorChanges(removed, added)
  const switched = pairTargetSwitches(paired.removed, paired.added)
  secrets.push(...paired.changed, ...switched.changed)
  secrets.push(...markMoves(switched.removed, switched.added))
  secrets.sort(compareTargets)

  const stores = diffStores(baseStores, headStores, baseRecords, headRecords)
  const count = (c: SecretChange['change']): number => secrets.filter((s) => s.change === c).length
  return {
    secrets,
    stores,
    invalid: [],
    counts: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      moved: secrets.filter((s) => s.movedTo !== undefined).length,
      storesChanged: stores.length
    }
  }
}

/**
 * Without a namespaces file a selector target is known only by its text, so
 * a new selector makes a new identity. A removal and an addition of the same
 * Secret by the same ClusterExternalSecret, both under a selector, are one
 * change of its selector.
 */
function pairSelectorChanges(
  removed: SecretRecord[],
  added: SecretRecord[]
): { changed: SecretChange[]; removed: SecretRecord[]; added: SecretRecord[] } {
  const key = (r: SecretRecord): string | null => (r.namespace === null ? `${r.externalSecret}\u0000${r.name}` : null)
  const addedByKey = new Map<string, SecretRecord>()
  for (const a of added) {
    const k = key(a)
    if (k !== null && !addedByKey.has(k)) addedByKey.set(k, a)
  }
  const changed: SecretChange[] = []
  const used = new Set<SecretRecord>()
  const stillRemoved: SecretRecord[] = []
  for (const b of removed) {
    const k = key(b)
    const a = k === null ? undefined : addedByKey.get(k)
    if (a === undefined || used.has(a)) {
      stillRemoved.push(b)
      continue
    }
    used.add(a)
    const changes: FieldChange[] = [{ field: 'selector', before: b.selector, after: a.selector }, ...compareRecords(b, a)]
    changed.push({
      ...target(a),
      change: 'changed',
      changes,
      before: b,
      after: a,
      danger: [...selectorDanger(b, a), ...changeDanger(b, a)]
    })
  }
  return { changed, removed: stillRemoved, added: added.filter((a) => !used.has(a)) }
}

/**
 * Without a namespaces file, a ClusterExternalSecret whose target switches
 * between named namespaces and a label selector makes records under
 * unrelated identities (`billing`, selector `team=billing`), so the switch
 * would read as a removal from the named namespaces. That is not provable:
 * a named namespace the selector also selects keeps its ExternalSecret, and
 * its Secret. So the pair (same ClusterExternalSecret and Secret name, the
 * named records on one side, the one selector record on the other) is one
 * change of the selector, as a changed selector is.
 *
 * The named side is written as the selector the renderer makes of it
 * (render/ces.ts): `kubernetes.io/metadata.name=N` or
 * `kubernetes.io/metadata.name in (a,b)`, the label Kubernetes sets on
 * every namespace. That is also what lets selectorCovers decide the
 * switch, and it keeps the `selector` change and the records' `selector`
 * the same text, as for any other selector change.
 *
 * Grouping: one changed item per ClusterExternalSecret and Secret name,
 * filed under the selector (whichever side has it), not one per named
 * namespace. Only the selector side's namespaces are unknown; filing the
 * change under each named namespace would claim a change in a namespace
 * where the Secret may simply stay, count one edit several times, repeat the
 * note, and hide the selector's other namespaces, which may gain or lose the
 * Secret. The note lists the named namespaces that may lose it.
 */
function pairTargetSwitches(
  removed: SecretRecord[],
  added: SecretRecord[]
): { changed: SecretChange[]; removed: SecretRecord[]; added: SecretRecord[] } {
  const came = targetsByKey(added)
  const changed: SecretChange[] = []
  const used = new Set<SecretRecord>()
  for (const [k, b] of targetsByKey(removed)) {
    const a = came.get(k)
    const pair = a === undefined ? null : targetSwitch(b, a)
    if (pair === null) continue
    // A selector that names exactly the namespaces named before renders the same ClusterExternalSecret: no change of target.
    if (pair.change.changes.length > 0) changed.push(pair.change)
    for (const r of pair.records) used.add(r)
  }
  return { changed, removed: removed.filter((r) => !used.has(r)), added: added.filter((r) => !used.has(r)) }
}

/** What one ClusterExternalSecret makes under one Secret name on one side: in named namespaces, or under one unexpanded selector. */
interface Targets {
  named: SecretRecord[]
  selector: SecretRecord | null
}

/**
 * Removed and added records by ClusterExternalSecret and Secret name. Two
 * selector records of one key (two entries with one name, a lint error) pair
 * nothing.
 */
function targetsByKey(rs: SecretRecord[]): Map<string, Targets> {
  const out = new Map<string, Targets & { selectors: number }>()
  for (const r of rs) {
    const k = `${r.externalSecret}\u0000${r.name}`
    const t = out.get(k) ?? { named: [], selector: null, selectors: 0 }
    if (r.namespace === null && r.labelSelector !== undefined) {
      t.selector = r
      t.selectors++
    } else if (r.namespace !== null && r.selector === null) {
      t.named.push(r)
    }
    out.set(k, t)
  }
  return new Map([...out].filter(([, t]) => t.selectors <= 1))
}

/** The switch between named namespaces and a selector, if that is what the two sides of one key are; null otherwise. */
function targetSwitch(b: Targets, a: Targets): { change: SecretChange; records: SecretRecord[] } | null {
  if (b.named.length > 0 && b.selector === null && a.named.length === 0 && a.selector !== null) {
    const before = namedAsSelector(b.named)
    if (before === null) return null
    const change = switchChange(before, a.selector, a.selector, namedToSelectorDanger(b.named, a.selector))
    return { change, records: [...b.named, a.selector] }
  }
  if (b.named.length === 0 && b.selector !== null && a.named.length > 0 && a.selector === null) {
    const after = namedAsSelector(a.named)
    if (after === null) return null
    const change = switchChange(b.selector, after, b.selector, selectorToNamedDanger(b.selector, a.named))
    return { change, records: [b.selector, ...a.named] }
  }
  return null
}

function switchChange(before: SecretRecord, after: SecretRecord, filedUnder: SecretRecord, danger: string[]): SecretChange {
  const selector: FieldChange[] =
    before.selector === after.selector ? [] : [{ field: 'selector', before: before.selector, after: after.selector }]
  return {
    ...target(filedUnder),
    change: 'changed',
    changes: [...selector, ...compareRecords(before, after)],
    before,
    after,
    danger: [...danger, ...changeDanger(before, after)]
  }
}

/**
 * The records of one ClusterExternalSecret in named namespaces as one record
 * under the selector the renderer writes for them; null when they differ in
 * more than their namespace (not one entry's records).
 */
function namedAsSelector(named: SecretRecord[]): SecretRecord | null {
  const first = named[0]
  if (first === undefined || named.some((r) => r.file !== first.file || compareRecords(first, r).length > 0)) return null
  const labelSelector = nameSelector(namespacesOf(named))
  return { ...first, namespace: null, selector: selectorToString(labelSelector), labelSelector }
}

/** Sorted, so notes read the same however the records were ordered. */
function namespacesOf(named: SecretRecord[]): string[] {
  return [...new Set(named.map((r) => r.namespace ?? ''))].sort(compareStrings)
}

/** The selector of namespaces by name (sorted), as render/ces.ts writes it: Kubernetes gives every namespace this label. */
function nameSelector(names: string[]): LabelSelector {
  const [only] = names
  if (names.length === 1 && only !== undefined) return { matchLabels: { [NAMESPACE_NAME_LABEL]: only } }
  return { matchExpressions: [{ key: NAMESPACE_NAME_LABEL, operator: 'In', values: names }] }
}

/** Named namespaces → selector: each named namespace the selector does not provably select may lose the Secret. */
function namedToSelectorDanger(named: SecretRecord[], s: SecretRecord): string[] {
  const now = s.labelSelector
  if (now === undefined) return []
  const lost = namespacesOf(named).filter((ns) => !selectorCovers(nameSelector([ns]), now))
  const [one] = lost
  if (one === undefined) return []
  const match = `\`${s.selector ?? ''}\``
  const where =
    lost.length === 1
      ? `in namespace \`${one}\` unless it matches ${match}`
      : `in namespaces ${codeList(lost)}, each unless it matches ${match}`
  return removalDanger(named[0] ?? s).map((d) => `${where}: ${d}`)
}

/** Selector → named namespaces: the namespaces the old selector selects, other than the named ones, may lose the Secret. */
function selectorToNamedDanger(s: SecretRecord, named: SecretRecord[]): string[] {
  const old = s.labelSelector
  const names = namespacesOf(named)
  if (old === undefined || selectorCovers(old, nameSelector(names))) return []
  const where =
    s.selector === ALL_NAMESPACES
      ? `in every namespace but ${codeList(names)}`
      : `in namespaces matching \`${s.selector ?? ''}\` other than ${codeList(names)}`
  return removalDanger(s).map((d) => `${where}: ${d}`)
}

/** `a`, `b` and `c`. */
function codeList(names: string[]): string {
  const quoted = names.map((n) => `\`${n}\``)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`
}

/**
 * The same ClusterExternalSecret making the same Secret in another named
 * namespace is a move. Only an unambiguous pair is called one: one removal
 * and one addition of that ClusterExternalSecret and Secret name.
 */
function markMoves(removed: SecretRecord[], added: SecretRecord[]): SecretChange[] {
  const key = (r: SecretRecord): string | null =>
    r.namespace !== null && r.selector === null ? `${r.externalSecret}\u0000${r.name}` : null
  const tally = (rs: SecretRecord[]): Map<string, SecretRecord[]> => {
    const m = new Map<string, SecretRecord[]>()
    for (const r of rs) {
      const k = key(r)
      if (k !== null) m.set(k, [...(m.get(k) ?? []), r])
    }
    return m
  }
  const gone = tally(removed)
  const came = tally(added)
  const partner = (r: SecretRecord, other: Map<string, SecretRecord[]>, own: Map<string, SecretRecord[]>): SecretRecord | undefined => {
    const k = key(r)
    if (k === null || own.get(k)?.length !== 1) return undefined
    const o = other.get(k)
    return o?.length === 1 ? o[0] : undefined
  }
  const out: SecretChange[] = []
  for (const b of removed) {
    const to = partner(b, came, gone)
    const change: SecretChange = { ...target(b), change: 'removed', changes: [], before: b, after: null, danger: removalDanger(b) }
    if (to?.namespace) {
      change.movedTo = to.namespace
      change.danger = removalDanger(b, `in \`${b.namespace ?? ''}\``).map(
        (d) => `moved \`${b.namespace ?? ''}\` → \`${to.namespace ?? ''}\`: ${d}`
      )
    }
    out.push(change)
  }
  for (const a of added) {
    const from = partner(a, gone, came)
    const change: SecretChange = { ...target(a), change: 'added', changes: [], before: null, after: a, danger: [] }
    if (from?.namespace) change.movedFrom = from.namespace
    out.push(change)
  }
  return out
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

/**
 * What happens in the cluster when the Secret's ExternalSecret goes away,
 * optionally said for some namespaces only (`in \`orders\``).
 */
function removalDanger(r: SecretRecord, where?: string): string[] {
  const at = where === undefined ? '' : ` ${where}`
  switch (r.creationPolicy) {
    case 'Owner':
      return [`deleted from the cluster${at} by ESO (creationPolicy Owner)`]
    case 'Orphan':
      return [`stays in the cluster${at} but is no longer refreshed (creationPolicy Orphan)`]
    case 'Merge':
      return [`keys merged by ESO stay in the Secret${at} but are no longer refreshed (creationPolicy Merge)`]
    default:
      return []
  }
}

/** A narrowed (or not provably widened) selector: the namespaces only the old one selects lose the Secret. */
function selectorDanger(b: SecretRecord, a: SecretRecord): string[] {
  if (b.labelSelector === undefined || a.labelSelector === undefined) return []
  if (selectorCovers(b.labelSelector, a.labelSelector)) return []
  const old = b.selector ?? ''
  const now = a.selector ?? ''
  const where = old === ALL_NAMESPACES ? `in namespaces not matching \`${now}\`` : `in namespaces matching \`${old}\` but not \`${now}\``
  return removalDanger(b).map((d) => `${where}: ${d}`)
}

function changeDanger(b: SecretRecord, a: SecretRecord): string[] {
  const out: string[] = []
  if (b.type !== a.type)
    out.push(
      `Kubernetes does not allow changing the type of an existing Secret (\`${b.type}\` → \`${a.type}\`): ` +
        'ESO cannot update it until it is deleted'
    )
  if (b.externalSecret !== a.externalSecret && b.creationPolicy === 'Owner') {
    out.push(
      `ClusterExternalSecret renamed (\`${b.externalSecret}\` → \`${a.externalSecret}\`): the old ` +
        `ExternalSecret is deleted, and with it the Secret (creationPolicy Owner), before the new ` +
        `one recreates it`
    )
  }
  if (b.store !== a.store) out.push(`reads from another store (\`${b.store}\` → \`${a.store}\`): the remote secrets must exist there`)
  // A multivalue Secret's keys are those of its remote JSON, unknown here: a key it may still hold is not called gone.
  const gone = a.keys.includes(ALL_KEYS) ? [] : b.keys.filter((k) => !a.keys.includes(k))
  if (gone.length > 0) {
    const text = (k: string): string => (k === ALL_KEYS ? `(all keys of \`${b.remoteRefs[0] ?? ''}\`)` : `\`${k}\``)
    out.push(`keys no longer provided: ${gone.map(text).join(', ')}`)
  }
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
