import type { SecretKind } from './kinds/index.js'
import type { ValuePath } from './types.js'

/**
 * The normalized model of a values file ("release"). Lint builds it from the
 * parsed YAML; render, diff and publish only ever see this model, never raw
 * values, so the chart's loose key names live in normalize.ts and, for the
 * keys only some kinds read, in the kind modules (kinds/).
 */

/** Reference to one key of a Kubernetes Secret. */
export interface SecretKeyRef {
  name: string
  namespace: string
  key: string
}

export interface ServiceAccountRef {
  name: string
  namespace: string
}

/** A Kubernetes LabelSelector, as ESO and Kubernetes spell it. */
export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: Array<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>
}

export type AzureAuth =
  | { mode: 'ManagedIdentity'; identityId: string }
  | { mode: 'ServicePrincipal'; clientId: SecretKeyRef; clientSecret: SecretKeyRef }
  | { mode: 'WorkloadIdentity'; serviceAccount: ServiceAccountRef }

/**
 * `controller`: no auth in the store, so ESO uses the credentials of its own
 * controller pod (IRSA on its service account, EKS Pod Identity).
 */
export type AwsAuth = { mode: 'jwt'; serviceAccount: ServiceAccountRef } | { mode: 'controller' }

export type VaultAuth =
  | { mode: 'token'; tokenSecretRef: SecretKeyRef }
  | { mode: 'kubernetes'; mountPath: string; role: string; serviceAccount?: ServiceAccountRef }
  | { mode: 'appRole'; path: string; roleId: string; secretRef: SecretKeyRef }

export type StoreProvider =
  | { type: 'azurekv'; vaultUrl: string; tenantId?: string; auth: AzureAuth }
  | { type: 'aws'; region: string; service: 'SecretsManager' | 'ParameterStore'; auth: AwsAuth }
  | { type: 'vault'; server: string; path: string; version: 'v1' | 'v2'; auth: VaultAuth }

/** ESO `spec.conditions` item of a ClusterSecretStore: who may use the store. */
export interface StoreCondition {
  namespaceSelector?: LabelSelector
  namespaces?: string[]
  namespaceRegexes?: string[]
}

export interface Store {
  file: string
  /** Where the store is defined, e.g. ['clustersecretstore'] or ['clustersecretstores', 1]. */
  path: ValuePath
  name: string
  provider: StoreProvider
  conditions?: StoreCondition[]
}

export type CreationPolicy = 'Owner' | 'Orphan' | 'Merge' | 'None'
export type DeletionPolicy = 'Retain' | 'Delete' | 'Merge'

/** Where the ExternalSecrets of one ClusterExternalSecret go. */
export type Target = { kind: 'namespaces'; namespaces: string[] } | { kind: 'selector'; selector: LabelSelector }

export interface Entry {
  file: string
  /** Index in `externalsecrets`. */
  index: number
  /** ['externalsecrets', index] */
  path: ValuePath
  /** Decided once, by normalize (kinds/index.ts); lint, render and diff read it from here. */
  kind: SecretKind
  /** ClusterExternalSecret name (`secret`). */
  name: string
  /** ClusterSecretStore it reads from (`clustersecstore`). */
  store: string
  target: Target
  /** Name of the Kubernetes Secret created (`namespacesecretname`). */
  secretName: string
  /** Remote secret name (`keyvaultsecretname`). */
  remoteName: string
  /** Key inside the Secret (`namespacesecretkeyname`), for single, property and custom-type. */
  key?: string
  property?: string
  /** Secret type for custom-type and tls. */
  type?: string
  labels: Record<string, string>
  refreshTime: string
  refreshInterval: string
  creationPolicy: CreationPolicy
  deletionPolicy?: DeletionPolicy
}

export type EsoApiVersion = 'v1' | 'v1beta1'

export interface Release {
  file: string
  apiVersion: EsoApiVersion
  stores: Store[]
  entries: Entry[]
}

/** Defaults: the chart's (store name, provider, AWS region, Vault version, refresh, creation policy) and the ESO API version. */
export const DEFAULTS = {
  storeName: 'cluster-azure-backend',
  providerType: 'azurekv',
  awsRegion: 'us-east-1',
  vaultVersion: 'v2',
  refreshTime: '1m',
  refreshInterval: '5m',
  creationPolicy: 'Owner',
  apiVersion: 'v1'
} as const
