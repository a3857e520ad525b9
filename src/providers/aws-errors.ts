import { isAbort, networkCode, ProviderError, shortMessage } from './directory.js'

/**
 * AWS SDK failures as ProviderErrors. The SDK has already retried what its
 * standard retry strategy retries (throttling, 5xx, dropped connections,
 * with backoff and its retry token bucket), so what arrives here is final.
 */
export function awsError(err: unknown, call: string, signal: AbortSignal): ProviderError {
  if (err instanceof ProviderError) return err
  if (isAbort(err, signal)) return new ProviderError('timeout', `${call} did not answer in time`)
  const name = err instanceof Error ? err.name : ''
  if (name === 'CredentialsProviderError')
    return new ProviderError(
      'no-credentials',
      'no AWS credentials (the SDK default chain found none: use aws-actions/configure-aws-credentials, ' +
        'or set AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)'
    )
  if (['UnrecognizedClientException', 'InvalidSignatureException', 'ExpiredTokenException', 'InvalidClientTokenId'].includes(name))
    return new ProviderError('denied', `AWS rejected the credentials (${name}: ${shortMessage(err)})`)
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || status(err) === 403)
    return new ProviderError('denied', `permission denied for ${call} (${shortMessage(err)})`)
  if (['ThrottlingException', 'TooManyRequestsException', 'ThrottledException'].includes(name) || status(err) === 429)
    return new ProviderError('throttled', `${call} was still throttled after the SDK's retries (${name})`)
  const code = networkCode(err)
  if (code !== undefined || name === 'TimeoutError')
    return new ProviderError('unreachable', `${call}: endpoint unreachable (${code ?? name})`)
  return new ProviderError('failed', `${call} failed (${name || 'error'}: ${shortMessage(err)})`)
}

function status(err: unknown): number | undefined {
  if (err === null || typeof err !== 'object' || !('$metadata' in err)) return undefined
  const meta = err.$metadata
  return meta !== null && typeof meta === 'object' && 'httpStatusCode' in meta && typeof meta.httpStatusCode === 'number'
    ? meta.httpStatusCode
    : undefined
}

/** Connection and request time limits of the SDK's Node HTTP handler: a dead endpoint fails fast instead of hanging. */
export const AWS_REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: 15_000 } as const
