import { defaultCommitHeadline, isValidBranchName, normalizeDir, planPublish, type RenderedFile } from '../core/publish/plan.js'
import { PublishError, TransientError, type PublishBackend } from './publish-backend.js'
import { createGitBackend } from './git-backend.js'
import { createGitHubBackend, type GitHubTarget } from './github-backend.js'
import { redact, type NetworkLimits } from '../git/git.js'

export { PublishError }
export type { GitHubTarget }

/** Options of one publish; the action and the CLI both map their settings onto this. */
export interface PublishOptions {
  /** Git remote URL (https://, http://, file://, ssh or a path). Ignored in `github-api` mode. */
  remote: string
  branch: string
  /** Target directory in the branch ('' or '.' = repository root). */
  dir: string
  /** Commit headline; default `defaultCommitHeadline(sourceSha)`. */
  message?: string
  /** The commit the manifests were rendered from, named in the default headline. */
  sourceSha?: string
  /** Rendered files, `{ name: resourceFileName(r), content: resourceToYaml(r) }`, in render order. */
  files: RenderedFile[]
  /** Explicit token for git (an Authorization header via env config); also hidden from every error message. */
  token?: string
  /** Git mode: time limits for the fetch and the push (default NETWORK_LIMITS of src/git/git.ts). */
  network?: Partial<NetworkLimits>
  /** Working tree whose persisted credentials (actions/checkout) to reuse when no token is given. */
  authFrom?: string
  author?: { name: string; email: string }
  /** 'git' (default): plain push. 'github-api': verified commits via createCommitOnBranch. */
  mode?: 'git' | 'github-api'
  /** github-api mode: the repository and the run's GitHub client (retried, throttled, counted). */
  github?: GitHubTarget
  /** Retries after the branch moved under us (default 8 attempts in all). */
  maxAttempts?: number
  /** Backoff base in ms (default 250); the delay doubles per attempt, capped at 8 s, with full jitter. */
  backoffMs?: number
  env?: NodeJS.ProcessEnv
  /** Progress worth showing: retries and why (the caller reports the result). */
  log?: (s: string) => void
  /** Every git command run (credentials redacted). */
  debug?: (s: string) => void
  /** Test hook (git mode): called after the commit is built and before the push. */
  beforePush?: () => Promise<void>
}

export interface PublishResult {
  changed: boolean
  /** The new commit, or the unchanged branch tip (null when nothing changed on a missing branch). */
  commitSha: string | null
  filesAdded: string[]
  filesRemoved: string[]
  filesChanged: string[]
  /** Commits attempted, 1 when no other writer interfered. */
  attempts: number
  /** Notes from the planner (files left alone and why). */
  notes: string[]
}

/** Tries when the branch keeps moving, and the cap of the wait between two (docs/threat-model.md names both). */
export const MAX_ATTEMPTS = 8
export const MAX_BACKOFF_MS = 8000

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/**
 * Publish rendered manifests to a branch: re-read the branch, plan, commit,
 * move the branch only from the tip that was read. When another writer got
 * there first, wait (exponential backoff with full jitter) and redo the whole
 * read-plan-commit on the new tip, so their commit is kept and ours is
 * rebuilt against what they wrote. Never forces. Throws PublishError when the
 * plan is refused (unsafe name, foreign file in the way), git or the API fails
 * for good, or retries run out; nothing of this publish is on the branch then
 * (barring a push the server applied but whose answer was lost: a re-run then
 * finds nothing to change).
 */
export async function publish(opts: PublishOptions): Promise<PublishResult> {
  const nd = normalizeDir(opts.dir)
  if (!nd.ok) throw new PublishError(nd.error)
  if (!isValidBranchName(opts.branch)) throw new PublishError(`invalid branch name "${opts.branch}"`)
  // A bad number must not turn into an endless loop.
  const maxAttempts = Number.isInteger(opts.maxAttempts) ? Math.max(1, opts.maxAttempts ?? MAX_ATTEMPTS) : MAX_ATTEMPTS
  const base = Number.isFinite(opts.backoffMs) ? Math.max(0, opts.backoffMs ?? 250) : 250
  const log = opts.log ?? ((): void => undefined)
  const secrets = opts.token === undefined ? [] : [opts.token]
  const message = opts.message ?? defaultCommitHeadline(opts.sourceSha)
  const asPublishError = (err: unknown): PublishError =>
    err instanceof PublishError ? err : new PublishError(redact(err instanceof Error ? err.message : String(err), secrets))

  let backend: PublishBackend
  try {
    backend =
      (opts.mode ?? 'git') === 'github-api'
        ? createGitHubBackend({ branch: opts.branch, github: opts.github, secrets, log })
        : await createGitBackend({
            remote: opts.remote,
            branch: opts.branch,
            token: opts.token,
            ...(opts.network === undefined ? {} : { network: opts.network }),
            authFrom: opts.authFrom,
            author: opts.author,
            env: opts.env,
            debug: opts.debug,
            beforePush: opts.beforePush
          })
  } catch (err) {
    throw asPublishError(err)
  }
  try {
    for (let attempt = 1; ; attempt++) {
      let reason: string
      try {
        const { head, state } = await backend.read(nd.segments)
        const planned = planPublish({ files: opts.files, dir: opts.dir, state, message })
        if (!planned.ok) throw new PublishError(`refusing to publish to ${opts.branch}:${nd.segments.join('/') || '.'}`, planned.errors)
        const plan = planned.plan
        const result = {
          filesAdded: plan.added,
          filesRemoved: plan.removed,
          filesChanged: plan.changed,
          attempts: attempt,
          notes: plan.notes
        }
        if (!plan.hasChanges) {
          return { changed: false, commitSha: head, ...result }
        }
        const outcome = await backend.commit(plan, head)
        if (outcome.status === 'ok') {
          return { changed: true, commitSha: outcome.sha, ...result }
        }
        if (outcome.status === 'replan') {
          if (attempt >= maxAttempts) throw new PublishError(`gave up after ${attempt} attempts: ${outcome.reason}`)
          log(`${outcome.reason}; re-planning on the new tip`)
          continue
        }
        reason = `${opts.branch} moved (${outcome.reason})`
      } catch (err) {
        // A dropped connection or a 5xx is retried like a moved branch; anything else ends the publish.
        if (!(err instanceof TransientError)) throw err
        reason = err.message
      }
      if (attempt >= maxAttempts) throw new PublishError(`gave up after ${attempt} attempts: ${reason}`)
      const delay = Math.random() * Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1))
      log(`${reason}; retrying in ${Math.round(delay)} ms`)
      await sleep(delay)
    }
  } catch (err) {
    // Anything else (git or network failure) is reported without credentials.
    throw asPublishError(err)
  } finally {
    await backend.close()
  }
}
