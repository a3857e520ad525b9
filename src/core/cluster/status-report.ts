import { describeSecrets } from '../diff/describe.js'
import type { NamespaceInventory } from '../diff/types.js'
import type { Release } from '../model.js'
import type { Resource } from '../render/types.js'
import { detectDrift, type DriftResult } from './drift.js'
import { oneLine, secretStatus, type SecretState, type SecretStatus } from './secret-status.js'
import { sortedBy, type ClusterSnapshot } from './snapshot.js'

/** Where the namespaces that selectors were expanded against came from. */
export type InventorySource = 'cluster' | 'file' | 'none'

export interface StoreStatus {
  name: string
  file: string
  state: SecretState
  reason: string | null
  message: string | null
}

export interface ClusterExternalSecretStatus {
  name: string
  file: string
  store: string
  /** Name of the Secret it makes in each namespace. */
  secretName: string
  /** Whether the ClusterExternalSecret is in the cluster; null when that could not be read. */
  inCluster: boolean | null
  /** One per target namespace (from the inventory, else from the ExternalSecrets it owns), sorted by namespace. */
  secrets: SecretStatus[]
  /** Why `secrets` may be incomplete, or null. */
  note: string | null
}

export interface StatusCounts {
  ready: number
  failing: number
  pending: number
  notCreated: number
  unknown: number
  drift: number
}

/** `secrets-injector status`: the values set as the cluster sees it now. */
export interface StatusReport {
  context: string
  reachable: boolean
  inventory: InventorySource
  stores: StoreStatus[]
  clusterExternalSecrets: ClusterExternalSecretStatus[]
  drift: DriftResult
  counts: StatusCounts
  notices: string[]
}

/**
 * The status of every ClusterSecretStore, ClusterExternalSecret and Secret
 * the releases define, plus drift between their render and the cluster.
 * Selectors are expanded with `inventory` (the cluster's namespaces, or a
 * namespaces file); without one, a selector's namespaces are the ones where
 * the ClusterExternalSecret has an ExternalSecret.
 */
export function buildStatusReport(
  releases: readonly Release[],
  rendered: readonly Resource[],
  snapshot: ClusterSnapshot,
  inventory: { inventory: NamespaceInventory | null; source: InventorySource }
): StatusReport {
  const stores = sortedBy(
    releases.flatMap((r) => r.stores.map((s) => storeStatus(s.name, s.file, snapshot))),
    (s) => s.name
  )
  const records = describeSecrets([...releases], inventory.inventory ?? undefined)
  const entries = sortedBy(
    releases.flatMap((r) => r.entries),
    (e) => e.name
  )
  const clusterExternalSecrets: ClusterExternalSecretStatus[] = []
  for (const e of entries) {
    const mine = records.filter((r) => r.externalSecret === e.name && r.file === e.file)
    const secrets: SecretStatus[] = []
    let note: string | null = null
    const named = new Set<string>()
    for (const r of mine) {
      if (r.namespace !== null) {
        if (!named.has(r.namespace)) secrets.push(secretStatus(snapshot, r.namespace, r.name, e.name))
        named.add(r.namespace)
        continue
      }
      // A selector with no inventory: the namespaces where it has ExternalSecrets are all the cluster can say.
      const owned = (snapshot.externalSecrets ?? []).filter((x) => x.owner === e.name)
      for (const ns of new Set(owned.map((x) => x.namespace))) {
        if (!named.has(ns)) secrets.push(secretStatus(snapshot, ns, r.name, e.name))
        named.add(ns)
      }
      note = 'namespaces not known (no inventory): listed where it has ExternalSecrets'
    }
    const inCluster = snapshot.clusterExternalSecrets === null ? null : snapshot.clusterExternalSecrets.some((c) => c.name === e.name)
    clusterExternalSecrets.push({
      name: e.name,
      file: e.file,
      store: e.store,
      secretName: e.secretName,
      inCluster,
      secrets: sortedBy(secrets, (s) => s.namespace),
      note
    })
  }
  const drift = detectDrift(rendered, snapshot)
  const all = clusterExternalSecrets.flatMap((c) => c.secrets)
  const count = (s: SecretState): number => all.filter((x) => x.state === s).length
  return {
    context: snapshot.context,
    reachable: snapshot.reachable,
    inventory: inventory.source,
    stores,
    clusterExternalSecrets,
    drift,
    counts: {
      ready: count('ready'),
      failing: count('failing'),
      pending: count('pending'),
      notCreated: count('not-created'),
      unknown: count('unknown'),
      drift: drift.items.length
    },
    notices: [...snapshot.notices]
  }
}

function storeStatus(name: string, file: string, snapshot: ClusterSnapshot): StoreStatus {
  const base = { name, file, reason: null, message: null }
  if (snapshot.stores === null) return { ...base, state: 'unknown', message: 'ClusterSecretStores could not be read' }
  const live = snapshot.stores.find((s) => s.name === name)
  if (live === undefined) return { ...base, state: 'not-created', message: 'not in the cluster' }
  const ready = live.ready
  if (ready?.status === 'True') return { ...base, state: 'ready', reason: ready.reason || null }
  if (ready?.status === 'False') {
    return { ...base, state: 'failing', reason: ready.reason || null, message: ready.message ? oneLine(ready.message) : null }
  }
  return { ...base, state: 'pending', message: 'ESO has not validated the store yet' }
}
