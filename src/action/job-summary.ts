import * as core from '@actions/core'
import { info } from './logging.js'

/**
 * The job summary accepts 1 MiB per step. The report arrives fitted under
 * that (fitSummary in the core, which drops detail and says so); this cut is
 * only a last guard, in characters, which are never fewer than bytes.
 */
export const MAX_SUMMARY = 1_000_000

/**
 * Write the job summary, cut at GitHub's size limit; never fails the run.
 * `replace`: this step's summary so far is replaced (a later, fuller report).
 */
export async function writeSummary(report: string, opts: { replace?: boolean } = {}): Promise<void> {
  const text =
    report.length > MAX_SUMMARY ? `${report.slice(0, MAX_SUMMARY)}\n\n… (report truncated at the job summary size limit)\n` : report
  try {
    await core.summary.addRaw(text, true).write({ overwrite: opts.replace === true })
  } catch (error) {
    // No GITHUB_STEP_SUMMARY (run outside Actions): the report is in the log instead.
    info(`job summary not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}
