import * as core from '@actions/core'
import { describeApiError, isPermissionError } from '../github/errors.js'

/** How a run shows its phases and its GitHub API failures in the log. */

/** A log group that also reports its duration (visible with step debug logging). */
export async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  try {
    return await core.group(name, fn)
  } finally {
    core.debug(`${name}: ${(performance.now() - t0).toFixed(0)} ms`)
  }
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
