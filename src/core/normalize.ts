import { decideKind, kindModule } from './kinds/index.js'
import {
  DEFAULTS,
  type AwsAuth,
  type AzureAuth,
  type CreationPolicy,
  type DeletionPolicy,
  type Entry,
  type EsoApiVersion,
  type LabelSelector,
  type Release,
  type SecretKeyRef,
  type ServiceAccountRef,
  type Store,
  type StoreCondition,
  type StoreProvider,
  type Target,
  type VaultAuth
} from './model.js'
import { asList, asRecord, asString, present, stringEntries } from './values.js'

/**
 * Turn the plain values of one file into the model. This is the place that
 * knows the chart's key names (`clustersecstore`, `keyvaultsecretname`, ...)
 * and the defaults; the keys only some kinds read (`property`, `type`,
 * `namespacesecretkeyname`) are read by the entry's kind module.
 *
 * It never throws and never invents a value the user must give: a missing
 * required string becomes '' (lint reports it; render is never called while
 * lint has errors). Values of the wrong type are treated as absent.
 */
export function normalizeRelease(file: string, values: unknown): Release {
  const root = asRecord(values)
  const stores: Store[] = []
  if (root.clustersecretstore !== undefined && root.clustersecretstore !== null) {
    stores.push(normalizeStore(file, ['clustersecretstore'], asRecord(root.clustersecretstore)))
  }
  asList(root.clustersecretstores).forEach((s, i) => stores.push(normalizeStore(file, ['clustersecretstores', i], asRecord(s))))

  const defaults = asRecord(root.defaults)
  const entries = asList(root.externalsecrets).map((e, i) => normalizeEntry(file, i, asRecord(e), defaults))
  const apiVersion: EsoApiVersion = root.esoApiVersion === 'v1beta1' ? 'v1beta1' : DEFAULTS.apiVersion
  return { file, apiVersion, stores, entries }
}

/** The provider type a store block selects (chart default azurekv). */
export function providerTypeOf(store: Record<string, unknown>): string {
  return asString(store.providerType) || DEFAULTS.providerType
}

function normalizeStore(file: string, path: Array<string | number>, s: Record<string, unknown>): Store {
  const type = providerTypeOf(s)
  let provider: StoreProvider
  if (type === 'aws') {
    const a = asRecord(s.aws)
    const auth = asRecord(a.auth)
    // Without a service account ESO authenticates as its own controller (IRSA, EKS Pod Identity).
    const awsAuth: AwsAuth =
      present(auth.serviceAccountName) || present(auth.serviceAccountNamespace)
        ? { mode: 'jwt', serviceAccount: { name: asString(auth.serviceAccountName), namespace: asString(auth.serviceAccountNamespace) } }
        : { mode: 'controller' }
    provider = {
      type: 'aws',
      region: asString(a.region) || DEFAULTS.awsRegion,
      service: a.service === 'ParameterStore' ? 'ParameterStore' : 'SecretsManager',
      auth: awsAuth
    }
  } else if (type === 'vault') {
    const v = asRecord(s.vault)
    const auth = asRecord(v.auth)
    let vaultAuth: VaultAuth
    if (auth.kubernetes !== undefined) {
      const k = asRecord(auth.kubernetes)
      vaultAuth = { mode: 'kubernetes', mountPath: asString(k.mountPath) || 'kubernetes', role: asString(k.role) }
      const sa = saRef(k)
      if (sa) vaultAuth.serviceAccount = sa
    } else if (auth.appRole !== undefined) {
      const r = asRecord(auth.appRole)
      vaultAuth = {
        mode: 'appRole',
        path: asString(r.path) || 'approle',
        roleId: asString(r.roleId),
        secretRef: keyRef(asRecord(r.secretRef), 'key')
      }
    } else {
      vaultAuth = {
        mode: 'token',
        tokenSecretRef: { name: asString(auth.tokenName), namespace: asString(auth.tokenNamespace), key: asString(auth.tokenKey) }
      }
    }
    provider = {
      type: 'vault',
      server: asString(v.server),
      path: asString(v.path),
      version: v.version === 'v1' ? 'v1' : 'v2',
      auth: vaultAuth
    }
  } else {
    const z = asRecord(s.azurekv)
    let auth: AzureAuth
    if (asString(z.identityid)) {
      auth = { mode: 'ManagedIdentity', identityId: asString(z.identityid) }
    } else if (z.workloadIdentity !== undefined) {
      auth = { mode: 'WorkloadIdentity', serviceAccount: saRef(asRecord(z.workloadIdentity)) ?? { name: '', namespace: '' } }
    } else {
      auth = {
        mode: 'ServicePrincipal',
        clientId: keyRef(asRecord(z.clientid), 'id'),
        clientSecret: keyRef(asRecord(z.clientsecret), 'id')
      }
    }
    provider = { type: 'azurekv', vaultUrl: asString(z.vaulturl), auth }
    if (asString(z.tenantid)) provider.tenantId = asString(z.tenantid)
  }
  const store: Store = { file, path, name: asString(s.name) || DEFAULTS.storeName, provider }
  if (Array.isArray(s.conditions)) store.conditions = s.conditions.map((c) => normalizeCondition(asRecord(c)))
  return store
}

function normalizeCondition(c: Record<string, unknown>): StoreCondition {
  const out: StoreCondition = {}
  if (c.namespaceSelector !== undefined) out.namespaceSelector = labelSelector(c.namespaceSelector)
  if (Array.isArray(c.namespaces)) out.namespaces = c.namespaces.map(asString)
  if (Array.isArray(c.namespaceRegexes)) out.namespaceRegexes = c.namespaceRegexes.map(asString)
  return out
}

function normalizeEntry(file: string, index: number, e: Record<string, unknown>, defaults: Record<string, unknown>): Entry {
  // The one place an entry's kind is decided; lint, render and diff read entry.kind.
  const kind = decideKind(e)
  const entry: Entry = {
    file,
    index,
    path: ['externalsecrets', index],
    kind,
    name: asString(e.secret),
    store: asString(e.clustersecstore),
    target: targetOf(e),
    secretName: asString(e.namespacesecretname),
    remoteName: asString(e.keyvaultsecretname),
    labels: stringEntries(e.labels),
    refreshTime: asString(e.refreshTime) || asString(defaults.refreshTime) || DEFAULTS.refreshTime,
    refreshInterval: asString(e.refreshInterval) || asString(defaults.refreshInterval) || DEFAULTS.refreshInterval,
    creationPolicy: (asString(e.creationPolicy) || asString(defaults.creationPolicy) || DEFAULTS.creationPolicy) as CreationPolicy,
    ...kindModule(kind).read(e)
  }
  const deletionPolicy = asString(e.deletionPolicy) || asString(defaults.deletionPolicy)
  if (deletionPolicy) entry.deletionPolicy = deletionPolicy as DeletionPolicy
  return entry
}

/** A selector wins over a namespace, as in the chart's documentation; the `namespaces` list is our extension. */
export function targetOf(e: Record<string, unknown>): Target {
  if (e.namespaceSelector !== undefined && e.namespaceSelector !== null)
    return { kind: 'selector', selector: labelSelector(e.namespaceSelector) }
  if (Array.isArray(e.namespaces)) return { kind: 'namespaces', namespaces: [...new Set(e.namespaces.map(asString))].sort() }
  return { kind: 'namespaces', namespaces: asString(e.namespace) ? [asString(e.namespace)] : [] }
}

/**
 * The chart documents `namespaceSelector` as "a label selector". We accept a
 * Kubernetes LabelSelector (`matchLabels` / `matchExpressions`) and, as a
 * shorthand, a plain map of labels, which means `matchLabels`.
 */
export function labelSelector(v: unknown): LabelSelector {
  const o = asRecord(v)
  const keys = Object.keys(o)
  const isSelector = keys.length > 0 && keys.every((k) => k === 'matchLabels' || k === 'matchExpressions')
  if (!isSelector) return { matchLabels: stringEntries(o) }
  const out: LabelSelector = {}
  if (o.matchLabels !== undefined) out.matchLabels = stringEntries(o.matchLabels)
  if (Array.isArray(o.matchExpressions)) {
    out.matchExpressions = o.matchExpressions.map((x) => {
      const m = asRecord(x)
      const expr: NonNullable<LabelSelector['matchExpressions']>[number] = { key: asString(m.key), operator: asString(m.operator) as 'In' }
      if (Array.isArray(m.values)) expr.values = m.values.map(asString)
      return expr
    })
  }
  return out
}

function keyRef(o: Record<string, unknown>, keyField: string): SecretKeyRef {
  return { name: asString(o.name), namespace: asString(o.namespace), key: asString(o[keyField]) }
}

function saRef(o: Record<string, unknown>): ServiceAccountRef | undefined {
  if (!asString(o.serviceAccountName)) return undefined
  return { name: asString(o.serviceAccountName), namespace: asString(o.serviceAccountNamespace) }
}
