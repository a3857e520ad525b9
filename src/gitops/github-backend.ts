import { formatIndex, INDEX_FILE, type Plan, type TreeState } from '../core/publish/plan.js'
import type { Commits, RepoRef } from '../github/api.js'
import { isTransientApiError } from '../github/errors.js'
import { redact } from '../git/git.js'
import { PublishError, TransientError, type PublishBackend } from './publish-backend.js'

/**
 * Publishing through the GitHub GraphQL API so commits are signed by GitHub
 * ("Verified"): `createCommitOnBranch` with `expectedHeadOid`, which moves
 * the branch only if it still points at the tip we planned against. A moved
 * head is a `conflict` for the publish loop, like a rejected push. The calls
 * go through the caller's GitHub client (src/github), so they are retried,
 * throttled and counted like every other API call of the run.
 */

/** Where to publish and the client to do it with. */
export interface GitHubTarget {
  repo: RepoRef
  api: Commits
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** Create the GitHub API backend. */
export function createGitHubBackend(opts: {
  branch: string
  github?: GitHubTarget
  /** Strings to hide in error messages (the token the client was built with). */
  secrets?: string[]
  log?: (line: string) => void
}): PublishBackend {
  const target = opts.github
  if (target === undefined || target.repo.owner === '' || target.repo.repo === '')
    throw new PublishError('github-api mode needs the GitHub repository (owner/repo) and a client')
  const { repo, api } = target
  const secrets = opts.secrets ?? []
  const log = opts.log ?? ((): void => undefined)

  /** Failures of the API: 5xx and dropped connections are worth another attempt, anything else ends the publish. */
  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (err) {
      if (err instanceof PublishError) throw err
      const message = `GitHub API ${what} failed: ${redact(errorText(err), secrets)}`
      throw isTransientApiError(err) ? new TransientError(message) : new PublishError(message)
    }
  }

  async function readHead(): Promise<string | null> {
    const head = await call('read branch', () => api.branchHead(repo, opts.branch))
    if (head.status === 'no-repository') throw new PublishError(`repository ${repo.owner}/${repo.repo} not found or not accessible`)
    return head.status === 'found' ? head.oid : null
  }

  /**
   * Start a missing branch with a root commit holding only an empty index file
   * in DIR (GitHub refuses the well-known empty tree, and createCommitOnBranch
   * needs an existing branch). The manifests then go in through
   * createCommitOnBranch like every later change, so each of those commits is
   * verified; this first, file-less one is made with the REST API. Returns
   * false when another writer created the branch first.
   */
  async function createBranch(dir: string): Promise<boolean> {
    const path = dir === '' ? INDEX_FILE : `${dir}/${INDEX_FILE}`
    const tree = await call('create root tree', () => api.createTree(repo, [{ path, content: formatIndex([]) }]))
    const message = `Start ${opts.branch} for secrets-injector publish`
    const sha = await call('create root commit', () => api.createCommit(repo, { message, tree, parents: [] }))
    let created: 'created' | 'exists'
    try {
      created = await api.createRef(repo, `refs/heads/${opts.branch}`, sha)
    } catch (err) {
      throw new PublishError(`GitHub API create branch failed: ${redact(errorText(err), secrets)}`)
    }
    // Another writer created the branch first: re-read and re-plan either way.
    if (created === 'exists') return false
    log(`created branch ${opts.branch} at root commit ${sha}`)
    return true
  }

  return {
    async read(dirSegments) {
      const head = await readHead()
      if (head === null) return { head, state: { ancestors: dirSegments.map(() => null), entries: [] } satisfies TreeState }
      const state = await call('read tree', () => api.readDirectory(repo, head, dirSegments))
      return { head, state }
    },

    async commit(plan: Plan, head: string | null) {
      if (head === null) {
        // The plan was made against no branch; after creating it, re-read and re-plan on the new root.
        const created = await createBranch(plan.dir)
        return created
          ? { status: 'replan', reason: `created ${opts.branch}` }
          : { status: 'conflict', reason: `${opts.branch} was created by another writer` }
      }
      const [headline = '', ...rest] = plan.commitMessage.split('\n')
      const outcome = await call('createCommitOnBranch', () =>
        api.createCommitOnBranch({
          repo,
          branch: opts.branch,
          expectedHeadOid: head,
          headline,
          body: rest.join('\n').trim(),
          additions: plan.writes.map((w) => ({ path: w.path, content: w.content })),
          deletions: plan.deletes
        })
      )
      if (outcome.status === 'stale') return { status: 'conflict', reason: 'head moved (expectedHeadOid mismatch)' }
      return { status: 'ok', sha: outcome.oid }
    },

    async close() {
      // Nothing held: every call is a stateless HTTP request.
    }
  }
}
