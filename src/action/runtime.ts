import * as core from '@actions/core'
import type { RunContext } from './context.js'
import { createClient, describeApiError, isPermissionError, type Client } from './github-client.js'
import type { Settings } from './settings.js'

/**
 * Small pieces every mode of the run shares: log groups with timings, the
 * API client for the run, how API failures are reported, the job summary.
 */

/** The job summary accepts 1 MiB per step; keep a margin for the truncation note. */
const MAX_SUMMARY = 1_000_000

/** A log group that also reports its duration (visible with step debug logging). */
export async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  try {
    return await core.group(name, fn)
  } finally {
    core.debug(`${name}: ${(performance.now() - t0).toFixed(0)} ms`)
  }
}

/** Test hook: shrink retry waits (SECRETS_INJECTOR_RETRY_UNIT_MS); production waits whole seconds. */
function retryUnit(): number | undefined {
  const raw = process.env['SECRETS_INJECTOR_RETRY_UNIT_MS']
  const n = raw === undefined ? NaN : Number(raw)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/** The API client of this run, or null without a token. */
export function makeClient(settings: Settings, ctx: RunContext): Client | null {
  if (settings.token === '') return null
  const unit = retryUnit()
  return createClient({ token: settings.token, baseUrl: ctx.apiUrl, ...(unit === undefined ? {} : { retryUnitMs: unit }) })
}

/** Report an API failure: a refused write is a notice (forks, read-only tokens), anything else a warning. */
export function reportApiFailure(what: string, error: unknown): void {
  if (isPermissionError(error)) {
    core.notice(
      `${what} skipped: the token may not write here (${describeApiError(error)}). ` +
        'Pull requests from forks get a read-only GITHUB_TOKEN; see the two-workflow pattern in ' +
        'docs/workflows.md. Annotations and the job summary are unaffected.'
    )
  } else {
    core.warning(`${what} failed after retries: ${describeApiError(error)}. The lint result is unaffected.`)
  }
}

/** Write the job summary, cut at GitHub's size limit; never fails the run. */
export async function writeSummary(report: string): Promise<void> {
  const text =
    report.length > MAX_SUMMARY ? `${report.slice(0, MAX_SUMMARY)}\n\n… (report truncated at the job summary size limit)\n` : report
  try {
    await core.summary.addRaw(text, true).write()
  } catch (error) {
    // No GITHUB_STEP_SUMMARY (run outside Actions): the report is in the log instead.
    core.info(`job summary not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}
