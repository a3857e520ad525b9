import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { internalErrorText } from '../core/internal-error.js'
import { OutputError, replaceProblem } from '../files/output-dir.js'
import type { PullFile } from '../github/api.js'
import { field } from '../github/json.js'
import type { GitHubClient } from '../github/client.js'
import { Git, GitError } from '../git/git.js'
import { readRunContext, type RunContext } from './run-context.js'
import { deliverReport } from './delivery.js'
import { createActionClient } from './github-client.js'
import { getSettings } from './input-helper.js'
import { info, reportApiFailure } from './logging.js'
import { BundleError } from './report-bundle.js'
import { legacyMarkerId, markerId } from './marker.js'
import { runPost } from './post-mode.js'
import { computeReport, type PullFilesLoader } from './report.js'
import { SettingsError, type Settings } from './settings.js'

/**
 * One action run, top to bottom: read the settings (every input checked
 * before anything happens), build the GitHub client once, then either
 * compute the report and deliver it (modes full and compute) or post a report
 * bundle (mode post). The lint result alone decides the exit status; GitHub
 * can only add notices and warnings.
 */

/** Entry point called by src/index.ts. Never throws. */
export async function run(): Promise<void> {
  let settings: Settings
  try {
    settings = getSettings()
  } catch (error) {
    core.setFailed(error instanceof SettingsError ? error.message : `secrets-injector: ${failureText(error)}`)
    return
  }
  let ctx: RunContext
  try {
    ctx = readRunContext(process.env, await readEventPayload(process.env))
  } catch (error) {
    core.setFailed(`secrets-injector: cannot read the event payload: ${errorMessage(error)}`)
    return
  }
  const client = createActionClient(settings, ctx)
  try {
    const failed =
      settings.mode === 'post' ? await runPost(settings, ctx, client) : await computeAndDeliver(settings, ctx, process.cwd(), client)
    if (failed !== null) core.setFailed(failed)
  } catch (error) {
    core.setFailed(error instanceof SettingsError ? error.message : `secrets-injector: ${failureText(error)}`)
  } finally {
    if (client !== null) info(`GitHub API requests: ${client.requestCount()}`)
  }
}

/** The webhook payload of the triggering event (GITHUB_EVENT_PATH), {} outside Actions. */
async function readEventPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  const file = env['GITHUB_EVENT_PATH']
  if (file === undefined || file === '') return {}
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    // As @actions/github does: a missing payload is a warning, the run goes on without event facts.
    if (field(error, 'code') !== 'ENOENT') throw error
    core.warning(`GITHUB_EVENT_PATH ${file} does not exist`)
    return {}
  }
  return JSON.parse(text)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * What a run that threw says. Refusals and the environment's errors (a file
 * system error code, an HTTP status, git's own words, redacted where they are
 * made: no git in a container image) are the user's to act on, so their text
 * is shown; any other exception is a bug of ours: its text may hold anything,
 * so the log gets an id, and the stack only in debug output.
 */
function failureText(error: unknown): string {
  if (error instanceof SettingsError || error instanceof OutputError || error instanceof BundleError || error instanceof GitError)
    return error.message
  const code = field(error, 'code')
  const status = field(error, 'status')
  if (error instanceof Error && ((typeof code === 'string' && /^E[A-Z]+$/.test(code)) || typeof status === 'number')) return error.message
  if (error instanceof Error) core.debug(error.stack ?? error.message)
  return internalErrorText(error)
}

/** Modes full and compute: what the change does, then where it goes. */
async function computeAndDeliver(settings: Settings, ctx: RunContext, root: string, client: GitHubClient | null): Promise<string | null> {
  // Refused before anything is posted; the write would refuse it too, but only after the comment.
  const refused = settings.manifestsDir === null ? null : replaceProblem(settings.manifestsDir, root)
  if (refused !== null) throw new SettingsError('manifests-dir', `'${settings.manifestsDir}' ${refused}; it is replaced on every run`)
  const ids = [...new Set([markerId(ctx.job, settings.valuesRaw), legacyMarkerId(ctx.job, settings.valuesRaw)])]
  const pullFiles = pullFilesLoader(ctx, client)
  const report = await computeReport({ settings, ctx, root, git: new Git({ cwd: root }), api: client, pullFiles })
  return deliverReport(report, {
    settings,
    ctx,
    root,
    api: client,
    pullFiles,
    markerIds: ids,
    work: path.join(settings.tempDir, `secrets-injector-${ids[0] ?? ''}`)
  })
}

/**
 * The pull request's files, asked for at most once (the base via the API needs
 * the deleted files, the review comments need the patches), only when needed.
 */
function pullFilesLoader(ctx: RunContext, client: GitHubClient | null): PullFilesLoader {
  const pr = ctx.pullRequest
  let files: Promise<PullFile[] | null> | null = null
  return () => {
    if (pr === null || client === null) return Promise.resolve(null)
    files ??= client.listPullFiles(ctx.repo, pr.number).catch((error: unknown) => {
      reportApiFailure('Listing the pull request files', error)
      return null
    })
    return files
  }
}
