import type { LiveClusterExternalSecret, LiveCondition, LiveExternalSecret, LiveNamespace, LiveStore } from '../core/cluster/snapshot.js'
import { isRecord } from '../core/values.js'

/**
 * Raw API objects (parsed JSON, unknown shape) to the snapshot's types.
 * Every field is checked before use; an object without a name is skipped
 * (null), a field of the wrong type reads as absent.
 */

function field(o: unknown, ...path: string[]): unknown {
  let cur = o
  for (const k of path) {
    if (!isRecord(cur)) return undefined
    cur = cur[k]
  }
  return cur
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isRecord(v)) return out
  for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val
  return out
}

function readyCondition(status: unknown): LiveCondition | null {
  const conds = field(status, 'conditions')
  if (!Array.isArray(conds)) return null
  for (const c of conds) {
    if (field(c, 'type') !== 'Ready') continue
    return {
      type: 'Ready',
      status: str(field(c, 'status')) ?? 'Unknown',
      reason: str(field(c, 'reason')) ?? '',
      message: str(field(c, 'message')) ?? ''
    }
  }
  return null
}

function meta(o: unknown): { name: string; namespace: string | null; labels: Record<string, string> } | null {
  const name = str(field(o, 'metadata', 'name'))
  if (name === null || name === '') return null
  return { name, namespace: str(field(o, 'metadata', 'namespace')), labels: stringMap(field(o, 'metadata', 'labels')) }
}

export function toNamespace(o: unknown): LiveNamespace | null {
  const m = meta(o)
  return m === null ? null : { name: m.name, labels: m.labels }
}

export function toStore(o: unknown): LiveStore | null {
  const m = meta(o)
  if (m === null) return null
  return { name: m.name, labels: m.labels, spec: field(o, 'spec') ?? null, ready: readyCondition(field(o, 'status')) }
}

export function toClusterExternalSecret(o: unknown): LiveClusterExternalSecret | null {
  const m = meta(o)
  if (m === null) return null
  const provisioned = field(o, 'status', 'provisionedNamespaces')
  const failed = field(o, 'status', 'failedNamespaces')
  return {
    name: m.name,
    labels: m.labels,
    spec: field(o, 'spec') ?? null,
    provisionedNamespaces: Array.isArray(provisioned) ? provisioned.filter((n): n is string => typeof n === 'string') : [],
    failedNamespaces: Array.isArray(failed)
      ? failed.flatMap((f) => {
          const namespace = str(field(f, 'namespace'))
          return namespace === null ? [] : [{ namespace, reason: str(field(f, 'reason')) ?? '' }]
        })
      : [],
    ready: readyCondition(field(o, 'status'))
  }
}

export function toExternalSecret(o: unknown): LiveExternalSecret | null {
  const m = meta(o)
  if (m === null || m.namespace === null) return null
  const owners = field(o, 'metadata', 'ownerReferences')
  const owner = Array.isArray(owners)
    ? (owners.map((r) => (field(r, 'kind') === 'ClusterExternalSecret' ? str(field(r, 'name')) : null)).find((n) => n !== null) ?? null)
    : null
  const generation = field(o, 'metadata', 'generation')
  // "<generation>-<hash of the spec>" (ESO's format), so the part before the dash is the synced generation.
  const synced = str(field(o, 'status', 'syncedResourceVersion'))
  const syncedGeneration = synced !== null && /^\d+-/.test(synced) ? Number(synced.slice(0, synced.indexOf('-'))) : null
  const target = str(field(o, 'spec', 'target', 'name'))
  return {
    namespace: m.namespace,
    name: m.name,
    owner,
    targetName: target !== null && target !== '' ? target : m.name,
    generation: typeof generation === 'number' ? generation : null,
    syncedGeneration,
    ready: readyCondition(field(o, 'status')),
    boundSecret: str(field(o, 'status', 'binding', 'name')) || null,
    refreshTime: str(field(o, 'status', 'refreshTime'))
  }
}
