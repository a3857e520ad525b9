/**
 * Shapes of the ESO objects we render. Only the fields we write are typed;
 * the renderer builds each object literal in the order its keys should
 * appear in YAML, so output order never depends on insertion accidents.
 */

/** One item of `externalSecretSpec.data`. */
export interface DataItem {
  secretKey: string
  remoteRef: { key: string; property?: string }
}

/** One item of `externalSecretSpec.dataFrom`. */
export interface DataFromItem {
  extract: { key: string }
}

/** `externalSecretSpec.target.template` (engine v2). */
export interface SecretTemplate {
  engineVersion: 'v2'
  /** Omitted for Opaque, Kubernetes' default: ESO then keeps the type of a Secret it merges into. */
  type?: string
  metadata?: { labels: Record<string, string> }
  data?: Record<string, string>
}

/**
 * What one secret kind decides: where the values come from and how the
 * Secret is shaped. The CES wrapper (ces.ts) adds everything every kind shares.
 */
export interface ExternalSecretBody {
  data?: DataItem[]
  dataFrom?: DataFromItem[]
  template?: SecretTemplate
}

/**
 * A rendered Kubernetes object, as plain data. Keys are written in the order
 * they should appear in YAML (apiVersion, kind, metadata, spec, then a fixed
 * order inside spec), so serializing needs no sorting.
 */
export interface Resource {
  apiVersion: string
  kind: 'ClusterSecretStore' | 'ClusterExternalSecret'
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> }
  spec: Record<string, unknown>
}
