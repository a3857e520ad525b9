import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { countFindings } from '../core/lint/format.js'
import type { Finding } from '../core/types.js'
import { parseBundle } from './bundle.js'
import { upsertComment, type PostedComment } from './comment.js'
import type { RunContext } from './context.js'
import type { Client } from './github-client.js'
import { Identity } from './identity.js'
import { setOutputs } from './outputs.js'
import { listPullFiles, postReviewComments, type PullFile } from './review.js'
import { makeClient, phase, reportApiFailure, writeSummary } from './runtime.js'
import { SettingsError, type Settings } from './settings.js'

/**
 * Writing to the pull request: the comment and the inline review comments
 * (mode full), and mode post, which does the same from a report bundle that a
 * mode compute run wrote.
 */

/** Create or update the PR comment; API failures become a notice or a warning. */
export async function postComment(
  client: Client,
  ctx: RunContext,
  issueNumber: number,
  id: string,
  identity: Identity,
  body: string | null,
  fallbackBody: string
): Promise<void> {
  try {
    const posted: PostedComment | null = await phase('PR comment', () =>
      upsertComment({ api: client.api, repo: ctx.repo, issueNumber, markerId: id, identity }, body ?? fallbackBody, body !== null)
    )
    if (posted !== null) {
      core.info(`PR comment ${posted.action}: ${posted.url}`)
      setOutputs({ 'comment-id': posted.id, 'comment-url': posted.url })
    }
  } catch (error) {
    reportApiFailure('PR comment', error)
  }
}

/** Post new inline review comments; API failures become a notice or a warning. */
export async function postReview(
  client: Client,
  ctx: RunContext,
  pullNumber: number,
  headSha: string,
  id: string,
  identity: Identity,
  findings: Finding[],
  prFiles: PullFile[]
): Promise<void> {
  try {
    const n = await postReviewComments({ api: client.api, repo: ctx.repo, pullNumber, headSha, markerId: id, identity }, findings, prFiles)
    if (n > 0) core.info(`${n} inline review comment(s) posted`)
  } catch (error) {
    reportApiFailure('Inline review comments', error)
  }
}

/** mode: post — read a bundle written by a `compute` run and post it (workflow_run side). */
export async function runPost(settings: Settings, ctx: RunContext): Promise<string | null> {
  const client = makeClient(settings, ctx)
  if (client === null) throw new SettingsError('github-token', 'mode: post needs a token that may write to pull requests')
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
    const pull = await client.api.rest.pulls.get({ ...ctx.repo, pull_number: bundle.pullRequest })
    prHead = pull.data.head.sha
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
  const identity = new Identity(client.api, settings.token)
  if (settings.comment !== 'off') {
    await postComment(client, ctx, bundle.pullRequest, bundle.markerId, identity, bundle.commentBody, bundle.fallbackBody)
  }
  if (settings.reviewComments && bundle.findings.length > 0) {
    try {
      const files = await listPullFiles(client.api, ctx.repo, bundle.pullRequest)
      await postReview(client, ctx, bundle.pullRequest, bundle.headSha, bundle.markerId, identity, bundle.findings, files)
    } catch (error) {
      reportApiFailure('Listing the pull request files', error)
    }
  }
  core.info(`GitHub API requests: ${client.requestCount()}`)
  // The lint verdict belongs to the compute run, which already failed or passed on the PR.
  return null
}
