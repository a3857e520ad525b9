/**
 * The facts of the triggering event the action needs, read from the webhook
 * payload with checks instead of casts (the payload shape depends on the
 * event, and a workflow_run payload comes from another run).
 */

import type { RepoRef } from '../github/api.js'
import { field as get } from '../github/json.js'

export interface PullRequestInfo {
  number: number
  baseSha: string
  headSha: string
  /** Head repository differs from the base: GITHUB_TOKEN is read-only. */
  isFork: boolean
}

/**
 * The run a `workflow_run` event is about (the compute run of the
 * two-workflow pattern), as GitHub describes it: trusted, unlike anything
 * that run produced.
 */
export interface WorkflowRunInfo {
  /** The event that triggered that run ('pull_request' for the compute run). */
  event: string
  /** The commit that run built. */
  headSha: string | null
  /** owner/repo the head commit came from (a fork's, for a fork pull request). */
  headRepository: string | null
  /** The pull requests GitHub associates with the run; empty for pull requests from forks. */
  pullRequests: number[]
  /** Web page of that run (its job summary holds the full report). */
  htmlUrl: string | null
}

export interface RunContext {
  eventName: string
  repo: RepoRef
  /** Job id (GITHUB_JOB), part of the marker id. */
  job: string
  sha: string
  apiUrl: string
  serverUrl: string
  runUrl: string | null
  pullRequest: PullRequestInfo | null
  /** Previous tip for push events (null for a new branch). */
  pushBefore: string | null
  /** workflow_run events: the run that triggered this one; null for other events. */
  workflowRun: WorkflowRunInfo | null
}

function sha(v: unknown): string | null {
  return typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v) && !/^0+$/.test(v) ? v : null
}

/** Build the run context from the environment and the parsed event payload. */
export function readRunContext(env: NodeJS.ProcessEnv, payload: unknown): RunContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  const repository =
    env['GITHUB_REPOSITORY'] ??
    `${String(get(payload, 'repository', 'owner', 'login') ?? '')}/${String(get(payload, 'repository', 'name') ?? '')}`
  const [owner = '', repo = ''] = repository.split('/')
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '')
  const apiUrl = (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '')
  const runId = env['GITHUB_RUN_ID']
  let pullRequest: PullRequestInfo | null = null
  const pr = get(payload, 'pull_request')
  const number = get(pr, 'number')
  const baseSha = sha(get(pr, 'base', 'sha'))
  const headSha = sha(get(pr, 'head', 'sha'))
  if (typeof number === 'number' && baseSha !== null && headSha !== null) {
    const headRepo = get(pr, 'head', 'repo', 'full_name')
    const baseRepo = get(pr, 'base', 'repo', 'full_name')
    pullRequest = {
      number,
      baseSha,
      headSha,
      isFork: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo
    }
  }
  return {
    eventName,
    repo: { owner, repo },
    job: env['GITHUB_JOB'] ?? 'job',
    sha: sha(env['GITHUB_SHA']) ?? '',
    apiUrl,
    serverUrl,
    runUrl: runId !== undefined && runId !== '' ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : null,
    pullRequest,
    pushBefore: eventName === 'push' ? sha(get(payload, 'before')) : null,
    workflowRun: workflowRunOf(get(payload, 'workflow_run'))
  }
}

function workflowRunOf(run: unknown): WorkflowRunInfo | null {
  if (typeof run !== 'object' || run === null) return null
  const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
  const prs = get(run, 'pull_requests')
  return {
    event: text(get(run, 'event')) ?? '',
    headSha: sha(get(run, 'head_sha')),
    headRepository: text(get(run, 'head_repository', 'full_name')),
    pullRequests: Array.isArray(prs) ? prs.map((p) => get(p, 'number')).filter((n): n is number => typeof n === 'number') : [],
    htmlUrl: text(get(run, 'html_url'))
  }
}
