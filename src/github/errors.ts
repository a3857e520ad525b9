import { field } from './json.js'

/**
 * How the shells read a failed GitHub API call. Octokit rejects with a
 * RequestError carrying the HTTP status; these helpers look only at that
 * status and the message, so in-memory implementations of the port can fail
 * the same way with a plain Error that has a `status`.
 */

/**
 * The run's GitHub API deadline passed: the call was aborted or never sent,
 * and no later call will be. Not transient: retrying cannot help.
 */
export class ApiDeadlineError extends Error {
  override name = 'ApiDeadlineError'
}

/** One HTTP attempt got no (complete) answer in time; the client's retry may try again within the deadline. */
export class ApiRequestTimeoutError extends Error {
  override name = 'ApiRequestTimeoutError'
}

/** The HTTP status of a failed call, or undefined (network failure, anything else). */
export function httpStatus(error: unknown): number | undefined {
  const status = field(error, 'status')
  return typeof status === 'number' ? status : undefined
}

/**
 * True when a write was refused because the token may not write: the
 * read-only GITHUB_TOKEN of a fork pull request, or missing permissions.
 */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error)
  if (status === 401) return true
  if (status !== 403) return false
  const message = error instanceof Error ? error.message : ''
  // A 403 that is a rate limit was already retried by the throttling plugin; it is a fault, not a permission.
  return !/rate limit/i.test(message)
}

/** 5xx answers and network failures (no status at all): another try later may succeed. */
export function isTransientApiError(error: unknown): boolean {
  const status = httpStatus(error)
  if (status !== undefined) return status >= 500
  const message = error instanceof Error ? error.message : String(error)
  return /ECONNRESET|ETIMEDOUT|socket hang up/i.test(message)
}

/**
 * A one-line description of an API error for a warning, without the request
 * body. Octokit gives a request that got no answer at all (refused, reset,
 * timed out) the status 500 without a response: that is not an HTTP status.
 */
export function describeApiError(error: unknown): string {
  const status = httpStatus(error)
  const message = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? ''
  const answered =
    status !== undefined && !(status === 500 && field(error, 'request') !== undefined && field(error, 'response') === undefined)
  return answered ? `HTTP ${status}: ${message}` : message || 'unknown error'
}
