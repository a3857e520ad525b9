import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { defaults as githubDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/**
 * The one wrapper around the GitHub REST API: Octokit with the retry plugin
 * (5xx and network errors) and the throttling plugin (primary and secondary
 * rate limits), pointed at GITHUB_API_URL so GitHub Enterprise Server works.
 * It also counts requests, so the benchmark and the logs can show how many
 * calls a run made.
 */

export type GitHubApi = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** REST base URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string
  /** Retries after the first attempt, for 5xx and rate limits. */
  retries?: number
  /**
   * Milliseconds per "retry unit" (both plugins wait unit * n). 1000 in
   * production; tests shrink it through SECRETS_INJECTOR_RETRY_UNIT_MS so a
   * retried run does not take many seconds.
   */
  retryUnitMs?: number
}

export interface Client {
  api: GitHubApi
  /** Requests sent so far, retries included. */
  requestCount(): number
}

/** Build the Octokit client for one run. */
export function createClient(options: ClientOptions): Client {
  const retries = options.retries ?? 3
  const unit = options.retryUnitMs ?? 1000
  let count = 0
  // Every HTTP attempt goes through here (retries included): count it, and say
  // when GitHub fails, since the retry plugin itself retries silently.
  const baseFetch: typeof fetch = typeof githubDefaults.request?.fetch === 'function' ? githubDefaults.request.fetch : fetch
  const observedFetch: typeof fetch = async (input, init) => {
    count++
    const response = await baseFetch(input, init)
    if (response.status >= 500)
      core.info(`GitHub API answered ${response.status} to ${init?.method ?? 'GET'} ${String(input)}; retrying while attempts remain`)
    return response
  }
  const api = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      // Spread the toolkit defaults back in: `request` is merged shallowly and
      // would otherwise drop the proxy-aware fetch of @actions/github. The
      // retry count goes to the plugin state, not to `request.retries`: set
      // there, the plugin would retry every error, 403 and 404 included.
      request: { ...githubDefaults.request, fetch: observedFetch },
      retry: { retryAfterBaseValue: unit, retries },
      throttle: {
        retryAfterBaseValue: unit,
        onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.warning(`GitHub API rate limit hit on ${opts.method} ${opts.url}; retry ${retryCount + 1} of ${retries} in ${retryAfter}s`)
          return retryCount < retries
        },
        onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.warning(
            `GitHub API secondary rate limit on ${opts.method} ${opts.url}; retry ${retryCount + 1} of ${retries} in ${retryAfter}s`
          )
          return retryCount < retries
        }
      }
    },
    retry,
    throttling
  )
  return { api, requestCount: () => count }
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const status: unknown = Reflect.get(error, 'status')
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

/** A one-line description of an API error for a warning, without the request body. */
export function describeApiError(error: unknown): string {
  const status = httpStatus(error)
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return status === undefined ? (message ?? 'unknown error') : `HTTP ${status}: ${message ?? ''}`
}
