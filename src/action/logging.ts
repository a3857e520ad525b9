import * as core from '@actions/core'
import { plainLogText } from '../core/format/log-line.js'
import { ApiDeadlineError, describeApiError, isPermissionError } from '../github/errors.js'

/**
 * How a run writes to the runner log: plain lines, its phases, and its GitHub
 * API failures.
 *
 * The runner reads every line of the step's output and runs a line that
 * starts with `::` (after leading blanks) as a workflow command, and the
 * legacy form `##[command]` anywhere in a line. File names, branch names,
 * API and git messages come from pull requests and servers, so no text of
 * theirs may start a line or carry a command. Annotations, debug lines and
 * group names go through the toolkit (`core.error/warning/notice/debug`,
 * `core.group`), which escapes command data and properties itself; its
 * escaping functions are not exported (the package exports only its root),
 * and plain lines (`core.info`) are written raw, so the core's `plainLogText`
 * is the one escaping for them (the CLI's finding lines use it too), and
 * `info` the one way to write such a line.
 */

/** Write one plain line to the log; any part of it may be user text. */
export function info(text: string): void {
  core.info(plainLogText(text))
}

/** A log group that also reports its duration (visible with step debug logging). */
export async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  try {
    return await core.group(name, fn)
  } finally {
    core.debug(`${name}: ${(performance.now() - t0).toFixed(0)} ms`)
  }
}

/** What a pull_request run whose write was refused should do: most likely it runs for a fork. */
const FORK_ADVICE = 'Pull requests from forks get a read-only GITHUB_TOKEN; see the two-workflow pattern in docs/workflows.md.'

/**
 * Report an API failure: a refused write is a notice (forks, read-only
 * tokens) with `advice` on what to change, anything else a warning.
 */
export function reportApiFailure(what: string, error: unknown, advice = FORK_ADVICE): void {
  if (error instanceof ApiDeadlineError) {
    core.warning(`${what} skipped: ${error.message}. The lint result is unaffected.`)
  } else if (isPermissionError(error)) {
    core.notice(
      `${what} skipped: the token may not write here (${describeApiError(error)}). ${advice} ` +
        'Annotations and the job summary are unaffected.'
    )
  } else {
    // Not "after retries": writes GitHub may have applied (a review, a commit) are not retried, and a bad request is not.
    core.warning(`${what} failed: ${describeApiError(error)}. The lint result is unaffected.`)
  }
}
