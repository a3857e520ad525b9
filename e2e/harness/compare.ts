import type { Snapshot } from './eso.js'

/** What can be seen of a Secret from the cluster: its type, key names, labels and values. */
export type ObservedField = 'type' | 'keys' | 'labels' | 'values'

/** One Secret that differs between two snapshots of the cluster. */
export interface ObservedChange {
  namespace: string
  name: string
  change: 'added' | 'removed' | 'changed'
  fields: ObservedField[]
}

const sortStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort(sortStr)
  const kb = Object.keys(b).sort(sortStr)
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k])
}

/** The per-namespace change between two snapshots, sorted by namespace then name. */
export function observe(before: Snapshot, after: Snapshot): ObservedChange[] {
  const out: ObservedChange[] = []
  const namespaces = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(sortStr)
  for (const ns of namespaces) {
    const b = before[ns] ?? {}
    const a = after[ns] ?? {}
    for (const name of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort(sortStr)) {
      const x = b[name]
      const y = a[name]
      if (x === undefined) out.push({ namespace: ns, name, change: 'added', fields: [] })
      else if (y === undefined) out.push({ namespace: ns, name, change: 'removed', fields: [] })
      else {
        const fields: ObservedField[] = []
        if (x.type !== y.type) fields.push('type')
        if (Object.keys(x.data).sort(sortStr).join('\n') !== Object.keys(y.data).sort(sortStr).join('\n')) fields.push('keys')
        if (!sameRecord(x.labels, y.labels)) fields.push('labels')
        // Values of the keys both sides have; a renamed key is a `keys` change only.
        if (Object.keys(x.data).some((k) => Object.hasOwn(y.data, k) && x.data[k] !== y.data[k])) fields.push('values')
        if (fields.length > 0) out.push({ namespace: ns, name, change: 'changed', fields })
      }
    }
  }
  return out
}

/** The documented diff JSON, as far as this comparison reads it. */
export interface DiffJson {
  version: number
  secrets: Array<{
    namespace: string | null
    selector: string | null
    name: string
    change: 'added' | 'removed' | 'changed'
    changes: Array<{ field: string; before: unknown; after: unknown }>
  }>
}

/**
 * Which observable fields a predicted field change must show in the cluster.
 * A different remote reference or store means different fetched values (the
 * scenarios give every remote secret a distinct value); refresh settings,
 * policies and the ExternalSecret name leave the Secret's content alone.
 */
const OBSERVABLE: Record<string, ObservedField[]> = {
  type: ['type'],
  keys: ['keys'],
  labels: ['labels'],
  remoteRefs: ['values'],
  store: ['values']
}

/**
 * The change per namespace that the diff predicts, in the shape `observe`
 * returns. Needs namespaces resolved (run the diff with an inventory): a
 * record still keyed by selector is an error of the scenario.
 */
export function predicted(diff: DiffJson): ObservedChange[] {
  const out: ObservedChange[] = []
  for (const s of diff.secrets) {
    if (s.namespace === null) throw new Error(`diff kept selector ${s.selector ?? ''} unresolved; pass a namespace inventory`)
    if (s.change !== 'changed') {
      out.push({ namespace: s.namespace, name: s.name, change: s.change, fields: [] })
      continue
    }
    const fields = new Set<ObservedField>()
    for (const c of s.changes) for (const f of OBSERVABLE[c.field] ?? []) fields.add(f)
    if (fields.size > 0) {
      const order: ObservedField[] = ['type', 'keys', 'labels', 'values']
      out.push({ namespace: s.namespace, name: s.name, change: 'changed', fields: order.filter((f) => fields.has(f)) })
    }
  }
  return out.sort((a, b) => sortStr(a.namespace, b.namespace) || sortStr(a.name, b.name))
}
