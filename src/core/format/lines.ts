import type { FieldChange, SecretChange, SecretRecord, StoreChange } from '../diff/types.js'
import { ALL_KEYS, isSecretKind, kindLabel } from '../kinds/index.js'
import { isRecord } from '../values.js'
import { code, escapeMd, htmlCode } from './markdown.js'

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

/** The group's name in Markdown text. */
export function groupLabel(g: { namespace: string | null; selector: string | null }): string {
  return g.namespace !== null ? code(g.namespace) : `selector ${code(g.selector ?? '')}`
}

/** The group's name inside raw HTML (`<summary>`). */
export function groupLabelHtml(g: { namespace: string | null; selector: string | null }): string {
  return g.namespace !== null ? `<b>${htmlCode(g.namespace)}</b>` : `selector <b>${htmlCode(g.selector ?? '')}</b>`
}

export function countsOf(secrets: SecretChange[]): { added: number; removed: number; changed: number } {
  const n = (c: SecretChange['change']): number => secrets.filter((s) => s.change === c).length
  return { added: n('added'), removed: n('removed'), changed: n('changed') }
}

const ICON: Record<SecretChange['change'], string> = { added: '➕', removed: '➖', changed: '✏️' }

/** A Secret's line plus sub-bullets: field changes, then danger notes. */
export function secretLines(s: SecretChange): string[] {
  const r = s.after ?? s.before
  const what = r ? `${kindLabel(r.kind)} from store ${code(r.store)}` : ''
  const lines: string[] = []
  if (s.change === 'added' && r)
    lines.push(
      `- ${ICON.added} ${code(s.name)} added: ${what}, ` +
        `${r.keys.length === 1 && r.keys[0] !== ALL_KEYS ? 'key' : 'keys'} ${keyList(r.keys, r)}`
    )
  else if (s.change === 'removed') lines.push(`- ${ICON.removed} ${code(s.name)} removed (was ${what})`)
  else lines.push(`- ${ICON.changed} ${code(s.name)} changed`)
  for (const c of s.changes) lines.push(`  - ${fieldChangeText(c, s)}`)
  for (const d of s.danger) lines.push(`  - ⚠️ ${escapeMd(d)}`)
  return lines
}

const FIELD_LABEL: Record<FieldChange['field'], string> = {
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
export function fieldChangeText(c: FieldChange, s: SecretChange): string {
  const label = FIELD_LABEL[c.field]
  if (c.field === 'keys' || c.field === 'remoteRefs') {
    const b = strings(c.before)
    const a = strings(c.after)
    const fmt = (k: string, r: SecretRecord | null): string => (c.field === 'keys' ? keyText(k, r) : code(k))
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
    for (const [k, v] of Object.entries(a)) {
      if (!(k in b)) parts.push(`+${code(`${k}=${v}`)}`)
      else if (b[k] !== v) parts.push(`${code(k)}: ${code(b[k] ?? '')} → ${code(v)}`)
    }
    for (const [k, v] of Object.entries(b)) if (!(k in a)) parts.push(`-${code(`${k}=${v}`)}`)
    return `${label}: ${parts.join(', ')}`
  }
  if (c.field === 'kind') return `${label}: ${kindText(c.before)} → ${kindText(c.after)}`
  return `${label}: ${valueText(c.before)} → ${valueText(c.after)}`
}

function keyList(keys: string[], r: SecretRecord): string {
  return keys.map((k) => keyText(k, r)).join(', ')
}

/** A multivalue Secret's keys are not known before run time: name where they come from. */
function keyText(k: string, r: SecretRecord | null): string {
  if (k !== ALL_KEYS) return code(k)
  return `(all keys of ${code(r?.remoteRefs[0] ?? 'the remote secret')})`
}

function kindText(v: unknown): string {
  return isSecretKind(v) ? kindLabel(v) : valueText(v)
}

function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(none)'
  return code(typeof v === 'string' ? v : JSON.stringify(v))
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (isRecord(v)) for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val
  return out
}

const STORE_ICON: Record<StoreChange['change'], string> = { added: '➕', removed: '➖', changed: '✏️' }

/** A store change: its line, its field changes (its danger notes are in the attention list), and (up to `maxAffects`) who reads from it. */
export function storeLines(s: StoreChange, maxAffects: number): string[] {
  const lines = [`- ${STORE_ICON[s.change]} store ${code(s.name)} ${s.change}`]
  for (const c of s.changes) {
    if (s.change === 'added') lines.push(`  - ${escapeMd(c.field)}: ${valueText(c.after)}`)
    else if (s.change === 'changed') lines.push(`  - ${escapeMd(c.field)}: ${valueText(c.before)} → ${valueText(c.after)}`)
  }
  if (s.affects.length > 0) {
    const shown = s.affects
      .slice(0, maxAffects)
      .map((a) => (a.namespace !== null ? code(`${a.namespace}/${a.name}`) : `${code(a.name)} (selector ${code(a.selector ?? '')})`))
    const more = s.affects.length - shown.length
    const verb = s.change === 'removed' ? 'was read by' : 'read by'
    lines.push(`  - ${verb} ${plural(s.affects.length, 'Secret')}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`)
  }
  return lines
}

/** `app/db` or `db (selector env=prod)`, for the danger list. */
export function secretRef(s: { namespace: string | null; selector: string | null; name: string }): string {
  return s.namespace !== null ? code(`${s.namespace}/${s.name}`) : `${code(s.name)} (selector ${code(s.selector ?? '')})`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
