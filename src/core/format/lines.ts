import type { FieldChange, SecretChange, SecretRecord, StoreChange } from '../diff/types.js'
import { ALL_KEYS, isSecretKind, kindLabel } from '../kinds/index.js'
import { isRecord } from '../values.js'
import type { Syntax } from './syntax.js'

/**
 * The words for one Secret or store change, written once for every output
 * (Markdown or plain text through `Syntax`), so the comment, the job
 * summary, the CLI and the commit body say the same thing.
 */

/** One group of the report: a namespace, or a selector when namespaces are only known by label. */
export interface Group {
  namespace: string | null
  selector: string | null
  secrets: SecretChange[]
}

/** Group changes by namespace / selector, keeping the diff's order (named namespaces first). */
export function groupSecrets(secrets: SecretChange[]): Group[] {
  const groups: Group[] = []
  const byKey = new Map<string, Group>()
  for (const s of secrets) {
    const key = s.namespace !== null ? `ns\u0000${s.namespace}` : `sel\u0000${s.selector ?? ''}`
    let g = byKey.get(key)
    if (!g) {
      g = { namespace: s.namespace, selector: s.namespace === null ? s.selector : null, secrets: [] }
      byKey.set(key, g)
      groups.push(g)
    }
    g.secrets.push(s)
  }
  return groups
}

/** The group's name: `shop`, or selector `env=prod`. */
export function groupLabel(g: { namespace: string | null; selector: string | null }, x: Syntax): string {
  return g.namespace !== null ? `${x.markdown ? '' : 'namespace '}${x.code(g.namespace)}` : `selector ${x.code(g.selector ?? '')}`
}

/** What a reviewer counts: a move is one move, not an addition plus a removal. */
export interface ChangeCounts {
  added: number
  removed: number
  changed: number
  moved: number
}

/** Counts of one group's changes, each move counted once, as moved (its other half is in another group). */
export function countsOf(secrets: SecretChange[]): ChangeCounts {
  let added = 0
  let removed = 0
  let changed = 0
  let moved = 0
  for (const s of secrets) {
    if (s.change === 'changed') changed++
    else if (s.change === 'added' && s.movedFrom === undefined) added++
    else if (s.change === 'removed' && s.movedTo === undefined) removed++
    else moved++
  }
  return { added, removed, changed, moved }
}

/** Counts of a whole diff: each move is one added and one removed item of the diff but one move here. */
export function diffCounts(c: { added: number; removed: number; changed: number; moved: number }): ChangeCounts {
  return { added: c.added - c.moved, removed: c.removed - c.moved, changed: c.changed, moved: c.moved }
}

/** `1 added, 0 removed, 2 changed` and `, 1 moved` when there is a move. */
export function countsText(c: ChangeCounts): string {
  return `${c.added} added, ${c.removed} removed, ${c.changed} changed${c.moved > 0 ? `, ${c.moved} moved` : ''}`
}

/** `moved `orders` → `fulfilment``, for the moved half of a move. */
function moveText(s: SecretChange, x: Syntax): string | null {
  if (s.movedTo !== undefined) return `moved ${x.code(s.namespace ?? '')} → ${x.code(s.movedTo)}`
  if (s.movedFrom !== undefined) return `moved ${x.code(s.movedFrom)} → ${x.code(s.namespace ?? '')}`
  return null
}

/** A Secret's line plus sub-lines: field changes, then danger notes. */
export function secretLines(s: SecretChange, x: Syntax): { line: string; sub: string[] } {
  const r = s.after ?? s.before
  const what = r ? `${x.text(kindLabel(r.kind))} from store ${x.code(r.store)}` : ''
  const move = moveText(s, x)
  let line: string
  if (s.change === 'added' && r) {
    const keys = `${r.keys.length === 1 && r.keys[0] !== ALL_KEYS ? 'key' : 'keys'} ${r.keys.map((k) => keyText(k, r, x)).join(', ')}`
    line = `${x.icon('➕')}${x.code(s.name)} ${move ?? 'added'}: ${what}, ${keys}${refsText(r, x)}`
  } else if (s.change === 'removed') {
    line = `${x.icon('➖')}${x.code(s.name)} ${move ?? 'removed'} (was ${what})`
  } else {
    line = `${x.icon('✏️')}${x.code(s.name)} changed`
  }
  const sub = [...s.changes.map((c) => fieldChangeText(c, s, x)), ...s.danger.map((d) => `${x.icon('⚠️')}${x.note(d)}`)]
  return { line, sub }
}

/** A moved Secret as the summary table lists it: `db` → `shop` where it leaves, `db` ← `orders` where it arrives. */
export function moveName(s: SecretChange, x: Syntax): string {
  if (s.movedTo !== undefined) return `${x.code(s.name)} → ${x.code(s.movedTo)}`
  return `${x.code(s.name)} ← ${x.code(s.movedFrom ?? '')}`
}

const FIELD_LABEL: Record<FieldChange['field'], string> = {
  selector: 'selector',
  externalSecret: 'ClusterExternalSecret',
  kind: 'kind',
  type: 'type',
  store: 'store',
  keys: 'keys',
  remoteRefs: 'remote refs',
  labels: 'labels',
  refreshInterval: 'refreshInterval',
  refreshTime: 'refreshTime',
  creationPolicy: 'creationPolicy',
  deletionPolicy: 'deletionPolicy'
}

/** `keys: +a, -b`, `store: x → y`, `labels: +k=v, -k=v, k: a → b`. */
export function fieldChangeText(c: FieldChange, s: SecretChange, x: Syntax): string {
  const label = FIELD_LABEL[c.field]
  if (c.field === 'keys' || c.field === 'remoteRefs') {
    const b = strings(c.before)
    const a = strings(c.after)
    const fmt = (k: string, r: SecretRecord | null): string => (c.field === 'keys' ? keyText(k, r, x) : x.code(k))
    const parts = [
      ...a.filter((k) => !b.includes(k)).map((k) => `+${fmt(k, s.after)}`),
      ...b.filter((k) => !a.includes(k)).map((k) => `-${fmt(k, s.before)}`)
    ]
    return `${label}: ${parts.join(', ')}`
  }
  if (c.field === 'labels') {
    const b = stringMap(c.before)
    const a = stringMap(c.after)
    const parts: string[] = []
    for (const [k, v] of a) {
      const old = b.get(k)
      if (old === undefined) parts.push(`+${x.code(`${k}=${v}`)}`)
      else if (old !== v) parts.push(`${x.code(k)}: ${x.code(old)} → ${x.code(v)}`)
    }
    for (const [k, v] of b) if (!a.has(k)) parts.push(`-${x.code(`${k}=${v}`)}`)
    return `${label}: ${parts.join(', ')}`
  }
  if (c.field === 'kind') return `${label}: ${kindText(c.before, x)} → ${kindText(c.after, x)}`
  return `${label}: ${valueText(c.before, x)} → ${valueText(c.after, x)}`
}

/**
 * `, remote ref `db-password``: what a new Secret reads, the name a reviewer
 * checks for typos (a changed one shows its `remote refs` change). Left out
 * when the keys already name it (all keys of one remote secret).
 */
function refsText(r: SecretRecord, x: Syntax): string {
  if (r.remoteRefs.length === 0 || (r.keys.length === 1 && r.keys[0] === ALL_KEYS && r.remoteRefs.length === 1)) return ''
  return `, ${r.remoteRefs.length === 1 ? 'remote ref' : 'remote refs'} ${r.remoteRefs.map((k) => x.code(k)).join(', ')}`
}

/** A multivalue Secret's keys are not known before run time: name where they come from. */
function keyText(k: string, r: SecretRecord | null, x: Syntax): string {
  if (k !== ALL_KEYS) return x.code(k)
  return `(all keys of ${x.code(r?.remoteRefs[0] ?? 'the remote secret')})`
}

function kindText(v: unknown, x: Syntax): string {
  return isSecretKind(v) ? x.text(kindLabel(v)) : valueText(v, x)
}

/** A field value: `(none)` when unset. */
export function valueText(v: unknown, x: Syntax): string {
  if (v === null || v === undefined || v === '') return '(none)'
  return x.code(typeof v === 'string' ? v : JSON.stringify(v))
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((y): y is string => typeof y === 'string') : []
}

/** A label map as a Map, so label names like `constructor` are just names. */
function stringMap(v: unknown): Map<string, string> {
  const out = new Map<string, string>()
  if (isRecord(v)) for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out.set(k, val)
  return out
}

const STORE_ICON: Record<StoreChange['change'], string> = { added: '➕', removed: '➖', changed: '✏️' }

/** A store change: its line, its field changes (its danger notes are in the attention list), and (up to `maxAffects`) who reads from it. */
export function storeLines(s: StoreChange, maxAffects: number, x: Syntax): { line: string; sub: string[] } {
  const sub: string[] = []
  for (const c of s.changes) {
    if (s.change === 'added') sub.push(`${x.text(c.field)}: ${valueText(c.after, x)}`)
    else if (s.change === 'changed') sub.push(`${x.text(c.field)}: ${valueText(c.before, x)} → ${valueText(c.after, x)}`)
  }
  if (s.affects.length > 0) {
    const shown = s.affects.slice(0, maxAffects).map((a) => secretRef(a, x))
    const more = s.affects.length - shown.length
    const verb = s.change === 'removed' ? 'was read by' : 'read by'
    sub.push(`${verb} ${plural(s.affects.length, 'Secret')}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`)
  }
  return { line: `${x.icon(STORE_ICON[s.change])}store ${x.code(s.name)} ${s.change}`, sub }
}

/** `app/db` or `db` (selector `env=prod`), for the attention list. */
export function secretRef(s: { namespace: string | null; selector: string | null; name: string }, x: Syntax): string {
  return s.namespace !== null ? x.code(`${s.namespace}/${s.name}`) : `${x.code(s.name)} (selector ${x.code(s.selector ?? '')})`
}

/** `1 Secret`, `2 Secrets`: for the nouns the report counts, which all take an -s. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
