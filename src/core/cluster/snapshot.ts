import { compareStrings } from '../compare.js'
import type { NamespaceInventory } from '../diff/types.js'

/**
 * What the Kubernetes wrapper (src/kube) read from a cluster, as plain data:
 * only the fields the status and drift analysis use. Each list is null when
 * it could not be read (a permission missing, ESO's CRDs not installed); the
 * reason is one line of `notices`. Secrets are never read: ExternalSecret
 * status says whether ESO wrote them (docs/cluster.md says why).
 */
export interface ClusterSnapshot {
  /** kubeconfig context the snapshot was read through. */
  context: string
  /** False when nothing could be read (unreachable, refused credentials, timeout); `notices` says what was tried. */
  reachable: boolean
  namespaces: LiveNamespace[] | null
  stores: LiveStore[] | null
  clusterExternalSecrets: LiveClusterExternalSecret[] | null
  externalSecrets: LiveExternalSecret[] | null
  /** One line per list that could not be read, naming what was tried. */
  notices: string[]
}

/** A status condition as ESO writes it. */
export interface LiveCondition {
  type: string
  status: string
  reason: string
  message: string
}

export interface LiveNamespace {
  name: string
  labels: Record<string, string>
}

export interface LiveStore {
  name: string
  labels: Record<string, string>
  spec: unknown
  /** The `Ready` condition, or null when ESO has not reported one. */
  ready: LiveCondition | null
}

export interface LiveClusterExternalSecret {
  name: string
  labels: Record<string, string>
  spec: unknown
  provisionedNamespaces: string[]
  failedNamespaces: Array<{ namespace: string; reason: string }>
  ready: LiveCondition | null
}

export interface LiveExternalSecret {
  namespace: string
  name: string
  /** Name of the ClusterExternalSecret that owns it (ownerReferences), or null. */
  owner: string | null
  /** `spec.target.name`, or the ExternalSecret's name when unset (ESO's default). */
  targetName: string
  generation: number | null
  /** Generation of the spec ESO last synced (from `status.syncedResourceVersion`, "<generation>-<hash>"). */
  syncedGeneration: number | null
  ready: LiveCondition | null
  /** `status.binding.name`: the Secret ESO wrote, or null before the first sync. */
  boundSecret: string | null
  /** `status.refreshTime`: when ESO last read the provider. */
  refreshTime: string | null
}

/** A snapshot of a cluster that could not be read at all: one notice, every list unknown. */
export function unreachableSnapshot(context: string, notice: string): ClusterSnapshot {
  return {
    context,
    reachable: false,
    namespaces: null,
    stores: null,
    clusterExternalSecrets: null,
    externalSecrets: null,
    notices: [notice]
  }
}

/** Kubernetes sets this label on every namespace; a namespaces file may leave it out. */
const NAME_LABEL = 'kubernetes.io/metadata.name'

/**
 * The cluster's namespaces as the inventory selectors are expanded with,
 * normalized exactly as `parseNamespaceInventory` normalizes a namespaces
 * file (sorted by name, labels sorted, the name label added when absent, the
 * first of two equal names kept), so a live inventory and a file holding the
 * same namespaces expand every selector the same way.
 */
export function liveInventory(namespaces: readonly LiveNamespace[]): NamespaceInventory {
  const seen = new Map<string, Record<string, string>>()
  for (const ns of namespaces) {
    if (seen.has(ns.name)) continue
    const labels = NAME_LABEL in ns.labels ? { ...ns.labels } : { ...ns.labels, [NAME_LABEL]: ns.name }
    seen.set(ns.name, sortLabels(labels))
  }
  const names = [...seen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return { namespaces: names.map((name) => ({ name, labels: seen.get(name) ?? {} })) }
}

function sortLabels(l: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of Object.keys(l).sort()) out[k] = l[k] ?? ''
  return out
}

/** Sorted copy by a string key, for deterministic output whatever order the API server lists in. */
export function sortedBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  return [...items].sort((a, b) => compareStrings(key(a), key(b)))
}
