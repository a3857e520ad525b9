import type { SecretKind } from '../kinds/index.js'
import type { LabelSelector, Release } from '../model.js'
import type { InvalidItem } from '../types.js'

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
  /** The selector itself, to decide what a change of it removes; absent for a named namespace. Not part of the JSON. */
  labelSelector?: LabelSelector
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
    | 'selector'
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
  /**
   * Consequences a reviewer must not miss. User values in them are set in
   * backticks (`orders`), which the formatter shows as code.
   */
  danger: string[]
  /** On a removal: the ClusterExternalSecret now makes this Secret in that namespace instead (a move). */
  movedTo?: string
  /** On an addition: the namespace the ClusterExternalSecret made this Secret in before (a move). */
  movedFrom?: string
}

/** A ClusterSecretStore added, removed or changed, with the Secrets that read from it. */
export interface StoreChange {
  name: string
  change: 'added' | 'removed' | 'changed'
  changes: Array<{ field: string; before: unknown; after: unknown }>
  affects: Array<{ namespace: string | null; selector: string | null; name: string }>
  danger: string[]
}

/** An entry, store or file left out of the comparison because lint found an error in it, on either side. */
export interface WithheldItem extends InvalidItem {
  side: 'base' | 'head'
}

export interface DiffResult {
  secrets: SecretChange[]
  stores: StoreChange[]
  /** What was left out of the comparison, base items first; `secrets` and `stores` never describe any of it. */
  invalid: WithheldItem[]
  /** `moved` counts pairs: each move is also one of `added` and one of `removed`. */
  counts: { added: number; removed: number; changed: number; moved: number; storesChanged: number }
}

/** One side of a comparison as the diff sees it: the Secrets it makes and the stores it defines. */
export interface RecordSet {
  records: SecretRecord[]
  stores: StoreSnapshot[]
}

/**
 * What a diff compares, as plain data: both sides and what was left out.
 * `diffComparison` turns it into the diff; a report bundle carries it
 * between workflow runs, so the trusted side writes every word itself.
 */
export interface Comparison {
  base: RecordSet
  head: RecordSet
  invalid: WithheldItem[]
}

/** One side of a comparison as lint hands it over: the models, and what its errors make unusable. */
export interface DiffSide {
  releases: Release[]
  invalid: InvalidItem[]
}

/** A ClusterSecretStore as compared: its name and flat, comparable fields. */
export interface StoreSnapshot {
  name: string
  fields: Record<string, string>
}

/** Namespaces of a cluster with their labels, used to expand selector targets. */
export interface NamespaceInventory {
  namespaces: Array<{ name: string; labels: Record<string, string> }>
}
