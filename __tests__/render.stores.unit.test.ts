import { describe, expect, it } from 'vitest'
import { normalizeRelease } from '../src/core/normalize.js'
import { renderRelease, type Resource } from '../src/core/render/index.js'
import { esoErrorsAll } from './helpers/eso-schema.js'

/** Render a file with just this store and return the ClusterSecretStore, after checking it is valid ESO. */
function store(block: Record<string, unknown>, extra: Record<string, unknown> = {}): Resource {
  const resources = renderRelease(normalizeRelease('values.yaml', { clustersecretstore: { name: 'backend', ...block }, ...extra }))
  expect(esoErrorsAll(resources)).toEqual([])
  expect(resources).toHaveLength(1)
  return resources[0]!
}

const provider = (r: Resource): unknown => r.spec.provider

describe('render: one ClusterSecretStore per store and auth mode (SPEC.md section 3)', () => {
  it('azurekv managed identity: authType, vaultUrl, tenantId if given, identityId; cluster-scoped', () => {
    const r = store({ azurekv: { vaulturl: 'https://kv.vault.azure.net', tenantid: 'tenant-1', identityid: 'mi-1' } })
    expect(r).toEqual({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: 'backend', labels: { 'app.kubernetes.io/managed-by': 'secrets-injector' } },
      spec: {
        provider: {
          azurekv: { authType: 'ManagedIdentity', vaultUrl: 'https://kv.vault.azure.net', tenantId: 'tenant-1', identityId: 'mi-1' }
        }
      }
    })
    expect(provider(store({ azurekv: { vaulturl: 'https://kv.vault.azure.net', identityid: 'mi-1' } }))).toEqual({
      azurekv: { authType: 'ManagedIdentity', vaultUrl: 'https://kv.vault.azure.net', identityId: 'mi-1' }
    })
  })

  it('azurekv service principal: tenantId, vaultUrl, authSecretRef clientId / clientSecret with key = id', () => {
    const r = store({
      providerType: 'azurekv',
      azurekv: {
        vaulturl: 'https://kv.vault.azure.net',
        tenantid: 'tenant-1',
        clientid: { name: 'azure-sp', namespace: 'external-secrets', id: 'client-id' },
        clientsecret: { name: 'azure-sp', namespace: 'external-secrets', id: 'client-secret' }
      }
    })
    expect(provider(r)).toEqual({
      azurekv: {
        authType: 'ServicePrincipal',
        vaultUrl: 'https://kv.vault.azure.net',
        tenantId: 'tenant-1',
        authSecretRef: {
          clientId: { name: 'azure-sp', namespace: 'external-secrets', key: 'client-id' },
          clientSecret: { name: 'azure-sp', namespace: 'external-secrets', key: 'client-secret' }
        }
      }
    })
  })

  it('azurekv workload identity (extension): serviceAccountRef', () => {
    const r = store({
      azurekv: {
        vaulturl: 'https://kv.vault.azure.net',
        tenantid: 't',
        workloadIdentity: { serviceAccountName: 'eso', serviceAccountNamespace: 'external-secrets' }
      }
    })
    expect(provider(r)).toEqual({
      azurekv: {
        authType: 'WorkloadIdentity',
        vaultUrl: 'https://kv.vault.azure.net',
        tenantId: 't',
        serviceAccountRef: { name: 'eso', namespace: 'external-secrets' }
      }
    })
  })

  it('aws: fully rendered (the chart left it empty): SecretsManager, region default us-east-1, jwt service account', () => {
    const r = store({ providerType: 'aws', aws: { auth: { serviceAccountName: 'eso-aws', serviceAccountNamespace: 'external-secrets' } } })
    expect(provider(r)).toEqual({
      aws: {
        service: 'SecretsManager',
        region: 'us-east-1',
        auth: { jwt: { serviceAccountRef: { name: 'eso-aws', namespace: 'external-secrets' } } }
      }
    })
  })

  it("aws without auth: no auth block, so ESO uses the controller's credentials (valid for ESO v1 and v1beta1)", () => {
    for (const esoApiVersion of ['v1', 'v1beta1']) {
      const r = store({ providerType: 'aws', aws: { region: 'eu-west-1' } }, { esoApiVersion })
      expect(provider(r)).toEqual({ aws: { service: 'SecretsManager', region: 'eu-west-1' } })
    }
    expect(provider(store({ providerType: 'aws', aws: { auth: {} } }))).toEqual({ aws: { service: 'SecretsManager', region: 'us-east-1' } })
    expect(provider(store({ providerType: 'aws' }))).toEqual({ aws: { service: 'SecretsManager', region: 'us-east-1' } })
  })

  it('aws ParameterStore (extension)', () => {
    const r = store({
      providerType: 'aws',
      aws: {
        region: 'eu-west-1',
        service: 'ParameterStore',
        auth: { serviceAccountName: 'eso-aws', serviceAccountNamespace: 'external-secrets' }
      }
    })
    expect(provider(r)).toEqual({
      aws: {
        service: 'ParameterStore',
        region: 'eu-west-1',
        auth: { jwt: { serviceAccountRef: { name: 'eso-aws', namespace: 'external-secrets' } } }
      }
    })
  })

  it('vault token: server, path, version (default v2), tokenSecretRef', () => {
    const r = store({
      providerType: 'vault',
      vault: {
        server: 'https://vault.example.com',
        path: 'secret',
        auth: { tokenName: 'vault-token', tokenNamespace: 'external-secrets', tokenKey: 'token' }
      }
    })
    expect(provider(r)).toEqual({
      vault: {
        server: 'https://vault.example.com',
        path: 'secret',
        version: 'v2',
        auth: { tokenSecretRef: { name: 'vault-token', namespace: 'external-secrets', key: 'token' } }
      }
    })
  })

  it('vault kubernetes auth (extension), with and without a service account', () => {
    const k8s = { mountPath: 'k8s-prod', role: 'eso', serviceAccountName: 'eso-vault', serviceAccountNamespace: 'external-secrets' }
    expect(
      provider(
        store({
          providerType: 'vault',
          vault: { server: 'https://vault.example.com', path: 'kv', version: 'v1', auth: { kubernetes: k8s } }
        })
      )
    ).toEqual({
      vault: {
        server: 'https://vault.example.com',
        path: 'kv',
        version: 'v1',
        auth: {
          kubernetes: { mountPath: 'k8s-prod', role: 'eso', serviceAccountRef: { name: 'eso-vault', namespace: 'external-secrets' } }
        }
      }
    })
    const bare = provider(
      store({ providerType: 'vault', vault: { server: 'https://vault.example.com', path: 'kv', auth: { kubernetes: { role: 'eso' } } } })
    )
    expect(bare).toEqual({
      vault: {
        server: 'https://vault.example.com',
        path: 'kv',
        version: 'v2',
        auth: { kubernetes: { mountPath: 'kubernetes', role: 'eso' } }
      }
    })
  })

  it('vault appRole auth (extension)', () => {
    const appRole = {
      path: 'approle',
      roleId: 'role-1',
      secretRef: { name: 'vault-approle', namespace: 'external-secrets', key: 'secret-id' }
    }
    expect(
      provider(store({ providerType: 'vault', vault: { server: 'https://vault.example.com', path: 'kv', auth: { appRole } } }))
    ).toEqual({
      vault: { server: 'https://vault.example.com', path: 'kv', version: 'v2', auth: { appRole } }
    })
  })

  it('conditions (extension) restrict the store, in a fixed key order', () => {
    const conditions = [{ namespaceRegexes: ['^team-.*$'], namespaces: ['web'] }, { namespaceSelector: { matchLabels: { team: 'a' } } }]
    const r = store({ azurekv: { vaulturl: 'https://kv.vault.azure.net', identityid: 'mi' }, conditions })
    expect(r.spec.conditions).toEqual([
      { namespaces: ['web'], namespaceRegexes: ['^team-.*$'] },
      { namespaceSelector: { matchLabels: { team: 'a' } } }
    ])
    expect(Object.keys(Object(Array.isArray(r.spec.conditions) ? r.spec.conditions[0] : undefined))).toEqual([
      'namespaces',
      'namespaceRegexes'
    ])
  })

  it("default store name and provider type are the chart's", () => {
    const r = renderRelease(
      normalizeRelease('f', { clustersecretstore: { azurekv: { vaulturl: 'https://kv.vault.azure.net', identityid: 'mi' } } })
    )
    expect(r[0]!.metadata).toEqual({ name: 'cluster-azure-backend', labels: { 'app.kubernetes.io/managed-by': 'secrets-injector' } })
    expect(Object.keys(Object(r[0]!.spec.provider))).toEqual(['azurekv'])
  })

  it('v1beta1 stores validate against the v1beta1 schema', () => {
    const r = store(
      { providerType: 'aws', aws: { auth: { serviceAccountName: 'eso', serviceAccountNamespace: 'external-secrets' } } },
      { esoApiVersion: 'v1beta1' }
    )
    expect(r.apiVersion).toBe('external-secrets.io/v1beta1')
  })
})
