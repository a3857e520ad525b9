import * as core from '@actions/core'
import { readFile, stat } from 'node:fs/promises'
import { fitSummary, formatComment } from '../core/format/report.js'
import { countFindings } from '../core/lint/index.js'
import type { GitHubApi, PullFile, PullHead } from '../github/api.js'
import type { RunContext, WorkflowRunInfo } from './run-context.js'
import { newsworthy, postComment, postReview } from './delivery.js'
import { Identity } from './identity.js'
import { writeSummary } from './job-summary.js'
import { reportApiFailure } from './logging.js'
import { commentMarker } from './marker.js'
import { diffCountOutputs, setOutputs } from './outputs.js'
import { BundleError, MAX_BUNDLE_BYTES, parseBundle, reportFromBundle, type ReportBundle } from './report-bundle.js'
import { SettingsError, type Settings } from './settings.js'

/**
 * mode: post — the `workflow_run` side of the two-workflow pattern. The
 * report bundle comes from the pull request's own run, so it is data to
 * check, never text to post (report-bundle.ts): it must match what GitHub
 * says about the triggering run (a `pull_request` run of this repository,
 * its head commit, its pull request), and the pull request must still be at
 * that commit, with its head in the repository that run built. Then the
 * report is rebuilt from the bundle's data and posted in this run's words.
 *
 * Which pull request: for a pull request from a branch of this repository
 * GitHub lists it in the event, and the bundle must name one of those. For
 * one from a fork GitHub lists none, so the bundle's number is taken only if
 * that pull request's head is the very commit and fork the triggering run
 * built: a bundle cannot send its report to another pull request.
 */
export async function runPost(settings: Settings, ctx: RunContext, api: GitHubApi | null): Promise<string | null> {
  // parseSettings refuses mode post without either; checked again for the types.
  if (api === null) throw new SettingsError('github-token', 'mode: post needs a token that may write to pull requests')
  if (settings.reportPath === null) throw new SettingsError('report-path', 'mode: post needs the path of the downloaded report bundle')
  const run = ctx.workflowRun
  if (run === null) {
    throw new SettingsError('mode', `post runs on workflow_run events (triggered by the compute run); this run is a '${ctx.eventName}' run`)
  }
  const bundle = parseBundle(await readBundle(settings.reportPath))
  checkAgainstRun(bundle, run, `${ctx.repo.owner}/${ctx.repo.repo}`)

  let head: PullHead
  try {
    head = await api.pullHead(ctx.repo, bundle.pullRequest)
  } catch (error) {
    reportApiFailure(`Reading pull request #${bundle.pullRequest}`, error)
    return null
  }
  // Nothing of the bundle is shown, not even in this run's summary, until GitHub has vouched for it.
  checkPullHead(head, run, bundle.pullRequest)

  const report = {
    ...reportFromBundle(bundle, { title: settings.title, server: ctx.serverUrl }),
    ...(run.htmlUrl === null ? {} : { computedBy: run.htmlUrl })
  }
  const marker = commentMarker(bundle.markerId)
  const { errors, warnings } = countFindings(report.findings)
  setOutputs({ 'lint-errors': errors, 'lint-warnings': warnings })
  if (report.diff !== null) setOutputs(diffCountOutputs(report.diff.counts))
  const { text: summary, shortened: summaryShortened } = fitSummary(report, marker)
  await writeSummary(summary)

  if (head.sha !== bundle.headSha) {
    core.notice(
      `Pull request #${bundle.pullRequest} moved on to ${head.sha.slice(0, 12)}; the report for ` +
        `${bundle.headSha.slice(0, 12)} is not posted (a newer run will).`
    )
    return null
  }

  const identity = new Identity(api, settings.token)
  const markerIds = bundle.legacyMarkerId === undefined ? [bundle.markerId] : [bundle.markerId, bundle.legacyMarkerId]
  // Refused writes here are this workflow's permissions, not a fork's read-only token.
  const advice = "The workflow_run workflow of mode: post needs 'permissions: pull-requests: write'."
  const target = { api, repo: ctx.repo, identity, markerIds, advice }
  if (settings.comment !== 'off') {
    const body =
      report.diff === null
        ? null
        : formatComment(report, { marker, summaryShortened, ...(run.htmlUrl === null ? {} : { detailsUrl: run.htmlUrl }) })
    if (body === null) core.warning('PR comment not updated: the report bundle has no diff, and without it the comment would be wrong.')
    else await postComment({ ...target, issueNumber: bundle.pullRequest }, body, newsworthy(settings, report))
  }
  if (settings.reviewComments && report.findings.length > 0) {
    let files: PullFile[] | undefined
    try {
      files = await api.listPullFiles(ctx.repo, bundle.pullRequest)
    } catch (error) {
      reportApiFailure('Listing the pull request files', error)
    }
    if (files !== undefined) {
      await postReview({ ...target, pullNumber: bundle.pullRequest, headSha: bundle.headSha }, report.findings, files)
    }
  }
  // The lint verdict belongs to the compute run, which already failed or passed on the PR.
  return null
}

/**
 * The pull request's head must come from the repository the triggering run
 * built. A fork deleted since leaves both unknown, which proves nothing: the
 * bundle could then be any fork's, so it is refused too.
 */
export function checkPullHead(head: PullHead, run: WorkflowRunInfo, pullRequest: number): void {
  if (run.headRepository === null || head.repository !== run.headRepository) {
    throw new BundleError(
      `report bundle refused: pull request #${pullRequest} has its head in ${head.repository ?? '(a deleted repository)'}, ` +
        `the triggering run built a commit of ${run.headRepository ?? '(an unknown repository)'}`
    )
  }
}

/** The downloaded bundle, refused unread when it is no regular file or larger than any honest bundle. */
async function readBundle(file: string): Promise<string> {
  const info = await stat(file)
  if (!info.isFile()) throw new BundleError(`report bundle ${file} is not a regular file`)
  if (info.size > MAX_BUNDLE_BYTES) throw new BundleError(`report bundle is larger than ${MAX_BUNDLE_BYTES} bytes`)
  return readFile(file, 'utf8')
}

/**
 * The bundle must be what GitHub says the triggering run was: a pull_request
 * run of this repository, at this commit, for this pull request.
 */
function checkAgainstRun(bundle: ReportBundle, run: WorkflowRunInfo, here: string): void {
  if (bundle.repository !== here) throw new BundleError(`report bundle is for ${bundle.repository}, this run is in ${here}`)
  if (run.event !== 'pull_request') {
    throw new BundleError(`report bundle refused: the triggering run was a '${run.event}' run, not a 'pull_request' run`)
  }
  if (run.headSha !== bundle.headSha) {
    throw new BundleError(`report bundle is for commit ${bundle.headSha}, the triggering run built ${run.headSha ?? '(unknown)'}`)
  }
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(bundle.pullRequest)) {
    const listed = run.pullRequests.map((n) => `#${n}`).join(', ')
    throw new BundleError(`report bundle is for pull request #${bundle.pullRequest}, the triggering run was for ${listed}`)
  }
}
