import { decideKind } from './kind.js'
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

/**
 * Turn the plain values of one file into the model. This is the single
 * place that knows the chart's key names (`clustersecstore`,
 * `keyvaultsecretname`, ...) and the defaults.
 *
 * It never throws and never invents a value the user must give: a missing
 * required string becomes '' (lint reports it; render is never called while
 * lint has errors). Values of the wrong type are treated as absent.
 */
export function normalizeRelease(file: string, values: unknown): Release {
  const root = obj(values)
  const stores: Store[] = []
  if (root.clustersecretstore !== undefined && root.clustersecretstore !== null) {
    stores.push(normalizeStore(file, ['clustersecretstore'], obj(root.clustersecretstore)))
  }
  arr(root.clustersecretstores).forEach((s, i) => stores.push(normalizeStore(file, ['clustersecretstores', i], obj(s))))

  const defaults = obj(root.defaults)
  const entries = arr(root.externalsecrets).map((e, i) => normalizeEntry(file, i, obj(e), defaults))
  const apiVersion: EsoApiVersion = root.esoApiVersion === 'v1beta1' ? 'v1beta1' : DEFAULTS.apiVersion
  return { file, apiVersion, stores, entries }
}

/** The provider type a store block selects (chart default azurekv). */
export function providerTypeOf(store: Record<string, unknown>): string {
  return str(store.providerType) || DEFAULTS.providerType
}

function normalizeStore(file: string, path: Array<string | number>, s: Record<string, unknown>): Store {
  const type = providerTypeOf(s)
  let provider: StoreProvider
  if (type === 'aws') {
    const a = obj(s.aws)
    const auth = obj(a.auth)
    const jwt: AwsAuth = {
      mode: 'jwt',
      serviceAccount: { name: str(auth.serviceAccountName), namespace: str(auth.serviceAccountNamespace) }
    }
    provider = {
      type: 'aws',
      region: str(a.region) || DEFAULTS.awsRegion,
      service: a.service === 'ParameterStore' ? 'ParameterStore' : 'SecretsManager',
      auth: jwt
    }
  } else if (type === 'vault') {
    const v = obj(s.vault)
    const auth = obj(v.auth)
    let vaultAuth: VaultAuth
    if (auth.kubernetes !== undefined) {
      const k = obj(auth.kubernetes)
      vaultAuth = { mode: 'kubernetes', mountPath: str(k.mountPath) || 'kubernetes', role: str(k.role) }
      const sa = saRef(k)
      if (sa) vaultAuth.serviceAccount = sa
    } else if (auth.appRole !== undefined) {
      const r = obj(auth.appRole)
      vaultAuth = { mode: 'appRole', path: str(r.path) || 'approle', roleId: str(r.roleId), secretRef: keyRef(obj(r.secretRef), 'key') }
    } else {
      vaultAuth = {
        mode: 'token',
        tokenSecretRef: { name: str(auth.tokenName), namespace: str(auth.tokenNamespace), key: str(auth.tokenKey) }
      }
    }
    provider = { type: 'vault', server: str(v.server), path: str(v.path), version: v.version === 'v1' ? 'v1' : 'v2', auth: vaultAuth }
  } else {
    const z = obj(s.azurekv)
    let auth: AzureAuth
    if (str(z.identityid)) {
      auth = { mode: 'ManagedIdentity', identityId: str(z.identityid) }
    } else if (z.workloadIdentity !== undefined) {
      auth = { mode: 'WorkloadIdentity', serviceAccount: saRef(obj(z.workloadIdentity)) ?? { name: '', namespace: '' } }
    } else {
      auth = { mode: 'ServicePrincipal', clientId: keyRef(obj(z.clientid), 'id'), clientSecret: keyRef(obj(z.clientsecret), 'id') }
    }
    provider = { type: 'azurekv', vaultUrl: str(z.vaulturl), auth }
    if (str(z.tenantid)) provider.tenantId = str(z.tenantid)
  }
  const store: Store = { file, path, name: str(s.name) || DEFAULTS.storeName, provider }
  if (Array.isArray(s.conditions)) store.conditions = s.conditions.map((c) => normalizeCondition(obj(c)))
  return store
}

function normalizeCondition(c: Record<string, unknown>): StoreCondition {
  const out: StoreCondition = {}
  if (c.namespaceSelector !== undefined) out.namespaceSelector = labelSelector(c.namespaceSelector)
  if (Array.isArray(c.namespaces)) out.namespaces = c.namespaces.map(str)
  if (Array.isArray(c.namespaceRegexes)) out.namespaceRegexes = c.namespaceRegexes.map(str)
  return out
}

function normalizeEntry(file: string, index: number, e: Record<string, unknown>, defaults: Record<string, unknown>): Entry {
  const kind = decideKind(e)
  const entry: Entry = {
    file,
    index,
    path: ['externalsecrets', index],
    kind,
    name: str(e.secret),
    store: str(e.clustersecstore),
    target: targetOf(e),
    secretName: str(e.namespacesecretname),
    remoteName: str(e.keyvaultsecretname),
    labels: stringMap(e.labels),
    refreshTime: str(e.refreshTime) || str(defaults.refreshTime) || DEFAULTS.refreshTime,
    refreshInterval: str(e.refreshInterval) || str(defaults.refreshInterval) || DEFAULTS.refreshInterval,
    creationPolicy: (str(e.creationPolicy) || str(defaults.creationPolicy) || DEFAULTS.creationPolicy) as CreationPolicy
  }
  const deletionPolicy = str(e.deletionPolicy) || str(defaults.deletionPolicy)
  if (deletionPolicy) entry.deletionPolicy = deletionPolicy as DeletionPolicy
  if (kind === 'single' || kind === 'property' || kind === 'custom-type') entry.key = str(e.namespacesecretkeyname)
  if (kind === 'property') entry.property = str(e.property)
  if (kind === 'custom-type' || kind === 'tls') entry.type = str(e.type)
  return entry
}

/** SPEC: a selector wins over a namespace; the `namespaces` list is our extension. */
export function targetOf(e: Record<string, unknown>): Target {
  if (e.namespaceSelector !== undefined && e.namespaceSelector !== null)
    return { kind: 'selector', selector: labelSelector(e.namespaceSelector) }
  if (Array.isArray(e.namespaces)) return { kind: 'namespaces', namespaces: [...new Set(e.namespaces.map(str))].sort() }
  return { kind: 'namespaces', namespaces: str(e.namespace) ? [str(e.namespace)] : [] }
}

/**
 * The chart documents `namespaceSelector` as "a label selector". We accept a
 * Kubernetes LabelSelector (`matchLabels` / `matchExpressions`) and, as a
 * shorthand, a plain map of labels, which means `matchLabels`.
 */
export function labelSelector(v: unknown): LabelSelector {
  const o = obj(v)
  const keys = Object.keys(o)
  const isSelector = keys.length > 0 && keys.every((k) => k === 'matchLabels' || k === 'matchExpressions')
  if (!isSelector) return { matchLabels: stringMap(o) }
  const out: LabelSelector = {}
  if (o.matchLabels !== undefined) out.matchLabels = stringMap(o.matchLabels)
  if (Array.isArray(o.matchExpressions)) {
    out.matchExpressions = o.matchExpressions.map((x) => {
      const m = obj(x)
      const expr: NonNullable<LabelSelector['matchExpressions']>[number] = { key: str(m.key), operator: str(m.operator) as 'In' }
      if (Array.isArray(m.values)) expr.values = m.values.map(str)
      return expr
    })
  }
  return out
}

function keyRef(o: Record<string, unknown>, keyField: string): SecretKeyRef {
  return { name: str(o.name), namespace: str(o.namespace), key: str(o[keyField]) }
}

function saRef(o: Record<string, unknown>): ServiceAccountRef | undefined {
  if (!str(o.serviceAccountName)) return undefined
  return { name: str(o.serviceAccountName), namespace: str(o.serviceAccountNamespace) }
}

function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}
function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}
function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, val] of Object.entries(obj(v)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (typeof val === 'string') out[k] = val
  }
  return out
}
