import * as core from '@actions/core'
import type { GitopsOutcome, GitopsTarget } from '../core/format/report.js'
import { normalizeDir } from '../core/publish/plan.js'
import type { Commits } from '../github/api.js'
import { publish, PublishError } from '../gitops/publish.js'
import type { RunContext } from './run-context.js'
import { info } from './logging.js'
import { setOutputs } from './outputs.js'
import type { RunReport } from './report.js'
import type { Settings } from './settings.js'

/** What a publish attempt means for the step: its failure message (null when it passed) and what to report. */
export interface GitopsRun {
  failure: string | null
  /** For the job summary; null when nothing was attempted or skipped worth saying (no branch, a pull request). */
  outcome: GitopsOutcome | null
}

/**
 * Publish the rendered manifests to the GitOps branch (src/gitops/publish.ts
 * does the git work). Runs on push and other non-PR events when gitops-branch
 * is set; on pull requests only with gitops-on-pull-request: true. Fails the
 * step when publishing was attempted and failed: a post-merge job that
 * silently leaves the branch stale would be worse than a red run. Verified
 * commits go through the run's GitHub client, so they are retried,
 * throttled and counted like every other API call.
 */
export async function runGitops(
  settings: Settings,
  ctx: RunContext,
  root: string,
  report: Pick<RunReport, 'manifests' | 'commit'>,
  api: Commits | null,
  /** The findings fail the step (fail-on: warning, verify: error): what the user chose to stop is not published either. */
  stepFails: boolean
): Promise<GitopsRun> {
  const branch = settings.gitops.branch
  if (branch === null) return { failure: null, outcome: null }
  if (ctx.pullRequest !== null && !settings.gitops.onPullRequest) {
    info('GitOps publish skipped on a pull request (set gitops-on-pull-request: true to publish from PRs)')
    return { failure: null, outcome: null }
  }
  const remoteRepo = settings.gitops.remote ?? `${ctx.repo.owner}/${ctx.repo.repo}`
  const [owner = '', repo = ''] = remoteRepo.split('/')
  const dir = normalizeDir(settings.gitops.path)
  const target: GitopsTarget = {
    branch,
    dir: dir.ok ? dir.segments.join('/') : settings.gitops.path,
    repositoryUrl: `${ctx.serverUrl}/${remoteRepo}`
  }
  const failed = (message: string): GitopsRun => ({
    failure: `GitOps publish failed: ${message}`,
    outcome: { status: 'failed', target, message }
  })
  const manifests = report.manifests
  if (manifests === null) {
    core.notice(`GitOps publish to '${branch}' skipped: lint found errors, nothing broken is ever published.`)
    return { failure: null, outcome: { status: 'skipped', target, reason: 'lint found errors; nothing broken is ever published' } }
  }
  if (stepFails) {
    const reason = 'the findings fail the step (fail-on, verify); nothing is published from a failing run'
    core.notice(`GitOps publish to '${branch}' skipped: ${reason}.`)
    return { failure: null, outcome: { status: 'skipped', target, reason } }
  }
  if (settings.gitops.verified && api === null) {
    return failed("gitops-verified commits through the GitHub API and needs a token; input 'github-token' is empty")
  }
  return core.group(`GitOps publish to ${remoteRepo}@${branch}`, async (): Promise<GitopsRun> => {
    try {
      const result = await publish({
        remote: `${ctx.serverUrl}/${remoteRepo}.git`,
        branch,
        dir: settings.gitops.path,
        ...(settings.gitops.message === null ? {} : { message: settings.gitops.message }),
        ...(report.commit === '' ? {} : { sourceSha: report.commit }),
        files: manifests.map((f) => ({ name: f.name, content: f.text })),
        ...(settings.token !== '' ? { token: settings.token } : { authFrom: root }),
        mode: settings.gitops.verified ? 'github-api' : 'git',
        ...(api === null ? {} : { github: { repo: { owner, repo }, api } }),
        log: info
      })
      for (const note of result.notes) core.notice(note)
      setOutputs({
        'gitops-commit': result.commitSha ?? '',
        'gitops-changed': result.changed,
        // Newline-separated repository paths, the usual shape for file-list outputs.
        'gitops-files-added': result.filesAdded.join('\n'),
        'gitops-files-removed': result.filesRemoved.join('\n'),
        'gitops-files-changed': result.filesChanged.join('\n')
      })
      info(result.changed ? `published ${result.commitSha ?? ''}` : 'GitOps branch already up to date')
      const outcome: GitopsOutcome =
        result.changed && result.commitSha !== null
          ? {
              status: 'published',
              target,
              commit: result.commitSha,
              added: result.filesAdded,
              removed: result.filesRemoved,
              changed: result.filesChanged
            }
          : { status: 'unchanged', target, commit: result.commitSha }
      return { failure: null, outcome }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (error instanceof PublishError) for (const d of error.details) core.error(d)
      return failed(message)
    }
  })
}
