import type { Presence } from '../core/verify/types.js'

/**
 * The one interface `verify` needs from a provider: whether named secrets
 * exist, from calls that return names and metadata, never a value. Each
 * provider wrapper in this folder implements it with only the calls it
 * names; the runner (src/verify/runner.ts) adds deduplication, concurrency
 * and the per-store timeout.
 */
export interface SecretDirectory {
  /** Most names one `check` call takes (1 for per-name calls such as DescribeSecret). */
  readonly batchSize: number
  /** Presence of each name; throws a ProviderError when the provider cannot answer. */
  check(names: string[], signal: AbortSignal): Promise<Map<string, Presence>>
  /**
   * Every secret of the store, a page at a time, where the provider lists
   * cheaply (names and metadata only); the runner uses it for stores with
   * many references. A name on no page does not exist, unless
   * `listingCovers(name)` says the listing cannot show it (e.g. an ARN).
   */
  listPages?(signal: AbortSignal): AsyncIterable<Map<string, Presence>>
  listingCovers?(name: string): boolean
  /**
   * The form in which the provider compares names, for matching a listing
   * against the references (Key Vault: case-insensitive, so a reference
   * `DB-Password` is the listed `db-password`); exact when absent.
   */
  listingKey?(name: string): string
}

/** Why a provider could not answer. */
export type ProviderErrorKind = 'no-credentials' | 'denied' | 'unreachable' | 'throttled' | 'timeout' | 'failed'

/**
 * A provider's failure, translated at the wrapper: `message` is one sentence
 * for the `remote-unchecked` finding (what was tried, what was missing),
 * never a token or a value.
 */
export class ProviderError extends Error {
  override name = 'ProviderError'
  constructor(
    readonly kind: ProviderErrorKind,
    message: string
  ) {
    super(message)
  }
}

/** True when an error is the abort of our own signal (the store's timeout). */
export function isAbort(err: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted === true) return true
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')
}

/** The first line of an error's message, short, for findings. */
export function shortMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err)
  const line = msg.split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

/** Node's socket error codes that mean the endpoint cannot be reached. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE'])

/** The socket error code of an error or of its causes, if any. */
export function networkCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    const code = 'code' in e ? e.code : undefined
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code
    e = 'cause' in e ? e.cause : undefined
  }
  return undefined
}
