import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { countFindings } from '../core/lint/index.js'
import type { GitHubApi } from '../github/api.js'
import type { RunContext } from './run-context.js'
import { postComment, postReview } from './delivery.js'
import { Identity } from './identity.js'
import { writeSummary } from './job-summary.js'
import { reportApiFailure } from './logging.js'
import { setOutputs } from './outputs.js'
import { parseBundle } from './report-bundle.js'
import { SettingsError, type Settings } from './settings.js'

/**
 * mode: post — the `workflow_run` side of the two-workflow pattern: read the
 * report bundle a mode compute run wrote (untrusted: validated field by
 * field) and post it to the pull request it belongs to, only if that pull
 * request's head still is the commit the bundle describes.
 */
export async function runPost(settings: Settings, ctx: RunContext, api: GitHubApi | null): Promise<string | null> {
  // parseSettings refuses mode post without either; checked again for the types.
  if (api === null) throw new SettingsError('github-token', 'mode: post needs a token that may write to pull requests')
  if (settings.reportPath === null) throw new SettingsError('report-path', 'mode: post needs the path of the downloaded report bundle')
  const bundle = parseBundle(await readFile(settings.reportPath, 'utf8'))
  const { errors, warnings } = countFindings(bundle.findings)
  setOutputs({ 'lint-errors': errors, 'lint-warnings': warnings })
  await writeSummary(bundle.report)
  const here = `${ctx.repo.owner}/${ctx.repo.repo}`
  if (bundle.repository !== here) throw new Error(`report bundle is for ${bundle.repository}, this run is in ${here}`)
  if (ctx.workflowRunHeadSha !== null && ctx.workflowRunHeadSha !== bundle.headSha) {
    throw new Error(`report bundle is for commit ${bundle.headSha}, the triggering run built ${ctx.workflowRunHeadSha}`)
  }
  // The bundle comes from an untrusted run: post only to the PR whose head really is that commit.
  let prHead: string
  try {
    prHead = await api.pullHeadSha(ctx.repo, bundle.pullRequest)
  } catch (error) {
    reportApiFailure(`Reading pull request #${bundle.pullRequest}`, error)
    return null
  }
  if (prHead !== bundle.headSha) {
    core.notice(
      `Pull request #${bundle.pullRequest} moved on to ${prHead.slice(0, 12)}; the report for ` +
        `${bundle.headSha.slice(0, 12)} is not posted (a newer run will).`
    )
    return null
  }
  const identity = new Identity(api, settings.token)
  const markerIds = bundle.legacyMarkerId === undefined ? [bundle.markerId] : [bundle.markerId, bundle.legacyMarkerId]
  const target = { api, repo: ctx.repo, identity, markerIds }
  if (settings.comment !== 'off') {
    await postComment(
      { ...target, issueNumber: bundle.pullRequest },
      bundle.commentBody ?? bundle.fallbackBody,
      bundle.commentBody !== null
    )
  }
  if (settings.reviewComments && bundle.findings.length > 0) {
    let files
    try {
      files = await api.listPullFiles(ctx.repo, bundle.pullRequest)
    } catch (error) {
      reportApiFailure('Listing the pull request files', error)
    }
    if (files !== undefined) {
      await postReview({ ...target, pullNumber: bundle.pullRequest, headSha: bundle.headSha }, bundle.findings, files)
    }
  }
  // The lint verdict belongs to the compute run, which already failed or passed on the PR.
  return null
}
