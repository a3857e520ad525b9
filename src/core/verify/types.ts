import type { SecretKind } from '../kinds/index.js'
import type { Position } from '../types.js'

/**
 * Types of `verify`: which remote secrets the values read, where each one
 * lives, and what the providers answered. Names and metadata only: no type
 * here can hold a secret value.
 */

/** Where a store's remote secrets live, as the provider addresses them. */
export type RemoteLocation =
  | { provider: 'azurekv'; vaultUrl: string }
  | { provider: 'aws'; service: 'SecretsManager' | 'ParameterStore'; region: string }
  | { provider: 'vault'; server: string; mount: string; version: 'v1' | 'v2' }

/** A Kubernetes Secret by where it goes: a namespace, or a selector when only that is known. */
export interface SecretTarget {
  namespace: string | null
  /** Kubernetes selector syntax, when the target is a selector. */
  selector: string | null
  name: string
}

/** One entry that reads a remote secret, and the Kubernetes Secrets that entry makes. */
export interface RemoteReader extends Position {
  file: string
  /** ClusterExternalSecret name. */
  entry: string
  kind: SecretKind
  /** Each Secret the entry makes (one per namespace, or one for its selector). */
  secrets: SecretTarget[]
  /** Properties taken from the remote secret (cannot be checked without reading the value). */
  properties: string[]
}

/** One remote secret to check, with everyone who reads it. */
export interface RemoteCheck {
  /** The name the provider knows it by (for Vault: the path inside the mount, as ESO builds it). */
  name: string
  /** The key as written in the values (differs from `name` only for Vault paths that repeat the mount). */
  key: string
  /** In values-file order. */
  readers: RemoteReader[]
}

/** Everything to check in one store. */
export interface StorePlan extends Position {
  store: string
  /** Where the store is defined, or, for a store no given file defines, the first entry that names it. */
  file: string
  /** null when no given file defines the store: its provider is unknown. */
  location: RemoteLocation | null
  /** How ESO authenticates to Vault in the cluster (says why CI may lack a credential). */
  vaultAuth?: 'token' | 'kubernetes' | 'appRole'
  /** Sorted by name. */
  checks: RemoteCheck[]
}

/** What `verify` checks: one plan per store that some entry reads from, in the order the stores are first read. */
export interface VerifyPlan {
  stores: StorePlan[]
}

/** What a provider said about one remote secret. */
export type Presence = { state: 'present' } | { state: 'missing'; note?: string }

/** Why a store, or some of its secrets, could not be checked. */
export interface Unchecked {
  /** Remote secret names left unchecked (every name of the store when the store as a whole failed). */
  names: string[]
  /** One sentence: what was tried and what was missing or went wrong (never a token). */
  reason: string
}

/** The answer for one store of the plan. */
export interface StoreResult {
  store: string
  /** Per remote secret name that was checked. */
  presence: Record<string, Presence>
  unchecked?: Unchecked
}

/** How `verify` reports a missing remote secret: `error` fails the run, `warning` does not. */
export type VerifyLevel = 'error' | 'warning'
