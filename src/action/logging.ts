import * as core from '@actions/core'
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
 * and plain lines (`core.info`) are written raw, so `plainLogText` below is
 * the one escaping for them, and `info` the one way to write such a line.
 */

// Line breaks (the runner splits on CR and LF), other C0/C1 controls (terminal escapes) and Unicode line separators.
// eslint-disable-next-line no-control-regex -- control characters are exactly what the class finds
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' }
const ZWSP = '\u200b'

/**
 * `text` as one inert log line: line breaks and control characters shown as
 * escapes (`\n`, `\u001b`), a leading `::` and every `##[` broken by a
 * zero-width space, so the runner sees no workflow command in it.
 */
export function plainLogText(text: string): string {
  const oneLine = text.replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return oneLine.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replaceAll('##[', `##${ZWSP}[`)
}

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

/** Report an API failure: a refused write is a notice (forks, read-only tokens), anything else a warning. */
export function reportApiFailure(what: string, error: unknown): void {
  if (error instanceof ApiDeadlineError) {
    core.warning(`${what} skipped: ${error.message}. The lint result is unaffected.`)
  } else if (isPermissionError(error)) {
    core.notice(
      `${what} skipped: the token may not write here (${describeApiError(error)}). ` +
        'Pull requests from forks get a read-only GITHUB_TOKEN; see the two-workflow pattern in ' +
        'docs/workflows.md. Annotations and the job summary are unaffected.'
    )
  } else {
    core.warning(`${what} failed after retries: ${describeApiError(error)}. The lint result is unaffected.`)
  }
}
