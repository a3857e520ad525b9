import type { TokenCredential } from '@azure/identity'
import type { RemoteLocation } from '../core/verify/types.js'
import { ProviderError, shortMessage, type SecretDirectory } from '../providers/directory.js'
import type { Connect } from './runner.js'

/** What the shells (CLI, action) hand over to reach providers; credentials only as the SDKs' default chains find them. */
export interface ConnectSettings {
  /** VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE are read from here (the SDKs read their own variables). */
  env: NodeJS.ProcessEnv
  /** Vault role for a JWT login with the workflow's OIDC token, used when VAULT_TOKEN is not set. */
  vaultRole?: string
  /** Mount path of Vault's JWT auth method (default `jwt`). */
  vaultAuthPath?: string
  /** The workflow's OIDC token (the action passes core.getIDToken); absent outside GitHub Actions. */
  getIdToken?: () => Promise<string>
  /** Tests give a credential; otherwise DefaultAzureCredential. */
  azureCredential?: TokenCredential
  /** Told every token this module obtains (a Vault login), so the shell can mask it in logs. */
  onToken?: (token: string) => void
}

/**
 * The production Connect: one provider wrapper per location. The SDKs are
 * loaded on first use, so `lint` and `render` never pay for them.
 */
export function providerConnector(settings: ConnectSettings): Connect {
  const vaultTokens = new Map<string, Promise<string>>()
  let azure: TokenCredential | undefined = settings.azureCredential
  return async (location: RemoteLocation, signal: AbortSignal): Promise<SecretDirectory> => {
    switch (location.provider) {
      case 'azurekv': {
        const { keyVaultDirectory } = await import('../providers/azure-keyvault.js')
        if (azure === undefined) {
          const { DefaultAzureCredential } = await import('@azure/identity')
          azure = new DefaultAzureCredential()
        }
        return keyVaultDirectory(location.vaultUrl, azure)
      }
      case 'aws':
        if (location.service === 'ParameterStore') {
          const { parameterStoreDirectory } = await import('../providers/aws-parameter-store.js')
          return parameterStoreDirectory(location.region)
        }
        return (await import('../providers/aws-secrets-manager.js')).secretsManagerDirectory(location.region)
      case 'vault': {
        const { vaultDirectory } = await import('../providers/vault.js')
        const address = settings.env.VAULT_ADDR || location.server
        const namespace = settings.env.VAULT_NAMESPACE || undefined
        refuseCleartext(address)
        let token = vaultTokens.get(address)
        if (token === undefined) {
          token = vaultToken(settings, address, namespace, signal)
          vaultTokens.set(address, token)
        }
        return vaultDirectory({ address, token: await token, ...(namespace ? { namespace } : {}) }, location.mount, location.version)
      }
    }
  }
}

/** VAULT_TOKEN, else a JWT login with the workflow's OIDC token, else a ProviderError naming what is missing. */
async function vaultToken(settings: ConnectSettings, address: string, namespace: string | undefined, signal: AbortSignal): Promise<string> {
  const fromEnv = settings.env.VAULT_TOKEN
  if (fromEnv) return fromEnv
  if (!settings.vaultRole)
    throw new ProviderError('no-credentials', "no Vault token: set VAULT_TOKEN, or vault-role to log in with the workflow's OIDC token")
  if (settings.getIdToken === undefined)
    throw new ProviderError(
      'no-credentials',
      `no OIDC token for the Vault JWT login of role "${settings.vaultRole}" (only available in GitHub Actions)`
    )
  let jwt: string
  try {
    jwt = await settings.getIdToken()
  } catch (err) {
    throw new ProviderError(
      'no-credentials',
      `no OIDC token for the Vault JWT login (the workflow needs "permissions: id-token: write"): ${shortMessage(err)}`
    )
  }
  const { vaultJwtLogin } = await import('../providers/vault.js')
  const token = await vaultJwtLogin(
    { address, ...(namespace ? { namespace } : {}) },
    settings.vaultAuthPath || 'jwt',
    settings.vaultRole,
    jwt,
    signal
  )
  settings.onToken?.(token)
  return token
}

/**
 * A Vault token is a bearer credential: it is only sent over https, or over
 * plain http to this machine (a local dev or test server).
 */
function refuseCleartext(address: string): void {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new ProviderError('failed', `the Vault address "${address}" is not a URL`)
  }
  // 127.0.0.0/8 as an address: a host name such as 127.example.com is anywhere.
  const loopback = ['localhost', '[::1]'].includes(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname)
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return
  throw new ProviderError('failed', `refusing to send a Vault token to ${url.origin} over plain http; use https`)
}
