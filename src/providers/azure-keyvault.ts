import type { TokenCredential } from '@azure/identity'
import { SecretClient } from '@azure/keyvault-secrets'
import type { Presence } from '../core/verify/types.js'
import { isAbort, networkCode, ProviderError, shortMessage, type SecretDirectory } from './directory.js'

/** Key Vault's largest list page. */
const PAGE_SIZE = 25
/** Key Vault secret names: 1-127 letters, digits and dashes; ESO cannot read anything else either. */
const VALID_NAME = /^[0-9A-Za-z-]{1,127}$/

/**
 * Azure Key Vault through `@azure/keyvault-secrets`, with only the calls
 * that list secret properties (the `list` permission; Key Vault Reader in
 * RBAC): `listPropertiesOfSecretVersions(name)`, first page of one version,
 * to check one secret, and `listPropertiesOfSecrets` for large stores. No
 * call returns a value; `getSecret` is never made. The SDK brings the
 * challenge-based bearer authentication (it asks `credential` for a token
 * for the resource the vault names, and refuses a vault outside that
 * resource's domain) and its retry policy, which honours 429 Retry-After.
 */
export function keyVaultDirectory(vaultUrl: string, credential: TokenCredential): SecretDirectory {
  const client = new SecretClient(vaultUrl, credential, { retryOptions: { maxRetries: 3 } })
  return {
    batchSize: 1,
    async check(names, signal) {
      const out = new Map<string, Presence>()
      for (const name of names) {
        if (!VALID_NAME.test(name)) {
          out.set(name, { state: 'missing', note: 'not a valid Key Vault secret name: letters, digits and "-" only' })
          continue
        }
        try {
          let found = false
          for await (const page of client.listPropertiesOfSecretVersions(name, { abortSignal: signal }).byPage({ maxPageSize: 1 })) {
            found = page.length > 0
            break
          }
          out.set(name, found ? { state: 'present' } : { state: 'missing' })
        } catch (err) {
          if (statusOf(err) === 404 && codeOf(err) === 'SecretNotFound') out.set(name, { state: 'missing' })
          else throw azureError(err, `listing the versions of "${name}"`, signal)
        }
      }
      return out
    },
    async *listPages(signal) {
      try {
        for await (const page of client.listPropertiesOfSecrets({ abortSignal: signal }).byPage({ maxPageSize: PAGE_SIZE })) {
          yield new Map(page.map((p): [string, Presence] => [p.name, { state: 'present' }]))
        }
      } catch (err) {
        throw azureError(err, 'listing the secrets', signal)
      }
    },
    // Key Vault object names are case-insensitive, and so is ESO's read of one.
    listingKey: (name) => name.toLowerCase()
  }
}

function statusOf(err: unknown): number | undefined {
  return err !== null && typeof err === 'object' && 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : undefined
}

function codeOf(err: unknown): string | undefined {
  return err !== null && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : undefined
}

/** Azure SDK and identity failures as ProviderErrors (the SDK has retried what it retries). */
function azureError(err: unknown, call: string, signal: AbortSignal): ProviderError {
  if (isAbort(err, signal)) return new ProviderError('timeout', `${call} did not answer in time`)
  const name = err instanceof Error ? err.name : ''
  if (name === 'CredentialUnavailableError' || name === 'AggregateAuthenticationError')
    return new ProviderError(
      'no-credentials',
      'no Azure credentials (DefaultAzureCredential found none: log in with azure/login or set AZURE_CLIENT_ID, ' +
        'AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE)'
    )
  if (name === 'AuthenticationError' || name === 'AuthenticationRequiredError')
    return new ProviderError('denied', `Microsoft Entra ID refused a token (${shortMessage(err)})`)
  const status = statusOf(err)
  if (status === 401 || status === 403)
    return new ProviderError('denied', `permission denied ${call}: the identity needs the secrets "list" permission (${shortMessage(err)})`)
  if (status === 429) return new ProviderError('throttled', `${call} was still throttled after the SDK's retries`)
  // 502-504 after the SDK's retries: a proxy or gateway could not reach the vault (e.g. no such vault name).
  if (codeOf(err) === 'REQUEST_SEND_ERROR' || networkCode(err) !== undefined || (status !== undefined && status >= 502 && status <= 504))
    return new ProviderError('unreachable', `${call}: the vault is unreachable (${networkCode(err) ?? status ?? shortMessage(err)})`)
  return new ProviderError('failed', `${call} failed (${status ?? name}: ${shortMessage(err)})`)
}
