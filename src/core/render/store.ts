import type {
  AzureAuth,
  EsoApiVersion,
  SecretKeyRef,
  ServiceAccountRef,
  Store,
  StoreCondition,
  StoreProvider,
  VaultAuth
} from '../model.js'
import { markingLabels } from './marking.js'
import { copySelector } from './order.js'
import type { Resource } from './types.js'

/**
 * One ClusterSecretStore. Cluster-scoped, so metadata has no namespace.
 * Without `conditions` every namespace may use it.
 */
export function renderClusterSecretStore(store: Store, apiVersion: EsoApiVersion): Resource {
  const spec: Record<string, unknown> = { provider: renderProvider(store.provider) }
  if (store.conditions !== undefined) spec.conditions = store.conditions.map(renderCondition)
  return {
    apiVersion: `external-secrets.io/${apiVersion}`,
    kind: 'ClusterSecretStore',
    metadata: { name: store.name, labels: markingLabels() },
    spec
  }
}

/** The `spec.provider` block: exactly one provider key, fully rendered (the chart left aws empty). */
export function renderProvider(p: StoreProvider): Record<string, unknown> {
  switch (p.type) {
    case 'azurekv':
      return { azurekv: renderAzure(p.vaultUrl, p.tenantId, p.auth) }
    case 'aws': {
      const aws: Record<string, unknown> = { service: p.service, region: p.region }
      // Without `auth` ESO uses the controller's own credentials (IRSA on its service account, EKS Pod Identity).
      if (p.auth.mode === 'jwt') aws.auth = { jwt: { serviceAccountRef: saRef(p.auth.serviceAccount) } }
      return { aws }
    }
    case 'vault':
      return { vault: { server: p.server, path: p.path, version: p.version, auth: renderVaultAuth(p.auth) } }
  }
}

function renderAzure(vaultUrl: string, tenantId: string | undefined, auth: AzureAuth): Record<string, unknown> {
  const out: Record<string, unknown> = { authType: auth.mode, vaultUrl }
  // A service principal always needs the tenant; for the other modes it is optional.
  if (tenantId !== undefined || auth.mode === 'ServicePrincipal') out.tenantId = tenantId ?? ''
  switch (auth.mode) {
    case 'ManagedIdentity':
      out.identityId = auth.identityId
      break
    case 'ServicePrincipal':
      out.authSecretRef = { clientId: keyRef(auth.clientId), clientSecret: keyRef(auth.clientSecret) }
      break
    case 'WorkloadIdentity':
      out.serviceAccountRef = saRef(auth.serviceAccount)
      break
  }
  return out
}

function renderVaultAuth(auth: VaultAuth): Record<string, unknown> {
  switch (auth.mode) {
    case 'token':
      return { tokenSecretRef: keyRef(auth.tokenSecretRef) }
    case 'kubernetes': {
      const k: Record<string, unknown> = { mountPath: auth.mountPath, role: auth.role }
      if (auth.serviceAccount !== undefined) k.serviceAccountRef = saRef(auth.serviceAccount)
      return { kubernetes: k }
    }
    case 'appRole':
      return { appRole: { path: auth.path, roleId: auth.roleId, secretRef: keyRef(auth.secretRef) } }
  }
}

function renderCondition(c: StoreCondition): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (c.namespaceSelector !== undefined) out.namespaceSelector = copySelector(c.namespaceSelector)
  if (c.namespaces !== undefined) out.namespaces = [...c.namespaces]
  if (c.namespaceRegexes !== undefined) out.namespaceRegexes = [...c.namespaceRegexes]
  return out
}

function keyRef(r: SecretKeyRef): SecretKeyRef {
  return { name: r.name, namespace: r.namespace, key: r.key }
}

function saRef(r: ServiceAccountRef): ServiceAccountRef {
  return { name: r.name, namespace: r.namespace }
}
