import * as core from '@actions/core'
import { createGitHubClient, type GitHubClient } from '../github/client.js'
import { info } from './logging.js'
import type { RunContext } from './run-context.js'
import type { Settings } from './settings.js'

/** Test hook: shrink retry waits (SECRETS_INJECTOR_RETRY_UNIT_MS); production waits whole seconds. */
function retryUnit(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env['SECRETS_INJECTOR_RETRY_UNIT_MS']
  const n = raw === undefined || raw === '' ? NaN : Number(raw)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/**
 * The GitHub client of this run, logging to the run's log, or null without a
 * token. An empty token (a fork's empty secret, a typo in the workflow) never
 * stops the lint: the run goes on without the GitHub API parts and says so
 * once. Mode compute runs without a token by design, so it says nothing.
 */
export function createActionClient(settings: Settings, ctx: RunContext, env: NodeJS.ProcessEnv = process.env): GitHubClient | null {
  if (settings.token === '') {
    if (settings.mode === 'full') {
      core.notice(
        "Input 'github-token' is empty (an empty secret on a fork, or a typo in the workflow?): lint, annotations, " +
          'outputs and the job summary run as usual; the GitHub API parts (PR comment, inline review comments, ' +
          'reading the base through the contents API, verified GitOps commits) are skipped.'
      )
    }
    return null
  }
  const unit = retryUnit(env)
  return createGitHubClient({
    token: settings.token,
    baseUrl: ctx.apiUrl,
    log: { info, warning: (m) => core.warning(m) },
    deadlineMs: settings.apiTimeoutSeconds * 1000,
    ...(unit === undefined ? {} : { retryUnitMs: unit })
  })
}
