import type { SecretKind } from '../kinds/index.js'

/**
 * Types of the per-namespace Secret diff. The action shell and the CLI import
 * them, and docs/diff-json.md documents their JSON form: rename nothing
 * without bumping DIFF_JSON_VERSION.
 */

/** One Kubernetes Secret that a ClusterExternalSecret makes in one target. */
export interface SecretRecord {
  /** Target namespace; null when the target is only known by a label selector. */
  namespace: string | null
  /** Readable selector text (Kubernetes selector syntax) when the target is a selector, else null. */
  selector: string | null
  /** Secret name. */
  name: string
  /** ClusterExternalSecret name. */
  externalSecret: string
  kind: SecretKind
  type: string
  keys: string[]
  store: string
  remoteRefs: string[]
  labels: Record<string, string>
  refreshInterval: string
  refreshTime: string
  creationPolicy: string
  deletionPolicy: string | null
  file: string
}

/** One field of a Secret that differs between base and head. */
export interface FieldChange {
  field:
    | 'keys'
    | 'type'
    | 'kind'
    | 'store'
    | 'remoteRefs'
    | 'labels'
    | 'refreshInterval'
    | 'refreshTime'
    | 'creationPolicy'
    | 'deletionPolicy'
    | 'externalSecret'
  before: unknown
  after: unknown
}

/** A Secret added, removed or changed, identified by (namespace or selector, name). */
export interface SecretChange {
  namespace: string | null
  selector: string | null
  name: string
  change: 'added' | 'removed' | 'changed'
  changes: FieldChange[]
  before: SecretRecord | null
  after: SecretRecord | null
  danger: string[]
}

/** A ClusterSecretStore added, removed or changed, with the Secrets that read from it. */
export interface StoreChange {
  name: string
  change: 'added' | 'removed' | 'changed'
  changes: Array<{ field: string; before: unknown; after: unknown }>
  affects: Array<{ namespace: string | null; selector: string | null; name: string }>
  danger: string[]
}

export interface DiffResult {
  secrets: SecretChange[]
  stores: StoreChange[]
  counts: { added: number; removed: number; changed: number; storesChanged: number }
}

/** Namespaces of a cluster with their labels, used to expand selector targets. */
export interface NamespaceInventory {
  namespaces: Array<{ name: string; labels: Record<string, string> }>
}
