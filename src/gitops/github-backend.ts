import { getOctokit } from '@actions/github'
import { formatIndex, INDEX_FILE, type DirEntry, type EntryKind, type Plan, type TreeState } from '../core/publish/plan.js'
import { PublishError, TransientError, type PublishBackend } from './backend.js'
import { redact } from './git.js'

/**
 * Publishing through the GitHub GraphQL API so commits are signed by GitHub
 * ("Verified"): `createCommitOnBranch` with `expectedHeadOid`, which moves
 * the branch only if it still points at the tip we planned against. A moved
 * head is a `conflict` for the publish loop, like a rejected push.
 */

/** Only the two calls we make; @actions/github's octokit satisfies it. */
export interface GitHubClient {
  graphql(query: string, parameters: Record<string, unknown>): Promise<unknown>
  request(route: string, parameters: Record<string, unknown>): Promise<{ data: unknown }>
}

export interface GitHubTarget {
  owner: string
  repo: string
  /** REST base URL, e.g. https://api.github.com or https://ghe.example/api/v3 (default: GITHUB_API_URL). */
  apiUrl?: string
  /** Use this client instead of creating one from the token. */
  client?: GitHubClient
}

const HEAD_QUERY = `query PublishHead($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) { target { oid } } }
}`

const COMMIT_MUTATION = `mutation PublishCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`

/** Tree reads for DIR's ancestors (a0..an) and DIR's entries, all at one commit. */
function treeQuery(ancestors: number): string {
  const vars = Array.from({ length: ancestors }, (_, i) => `, $a${i}: String!`).join('')
  const fields = Array.from({ length: ancestors }, (_, i) => `    a${i}: object(expression: $a${i}) { __typename }\n`).join('')
  return `query PublishTree($owner: String!, $name: String!, $dir: String!${vars}) {
  repository(owner: $owner, name: $name) {
${fields}    dir: object(expression: $dir) {
      __typename
      ... on Tree { entries { name type mode object { ... on Blob { text isBinary isTruncated } } } }
    }
  }
}`
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function field(v: unknown, ...path: string[]): unknown {
  let cur = v
  for (const p of path) cur = isRecord(cur) ? cur[p] : undefined
  return cur
}

/** Git file modes as GraphQL reports them (decimal). */
function kindOf(type: unknown, mode: unknown): EntryKind {
  if (type === 'tree') return 'dir'
  if (mode === 0o120000) return 'symlink'
  if (type === 'blob' && (mode === 0o100644 || mode === 0o100755)) return 'file'
  return 'other'
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** createCommitOnBranch refuses with this when the branch is not at expectedHeadOid. */
function isHeadMoved(err: unknown): boolean {
  const errors = field(err, 'errors')
  if (Array.isArray(errors) && errors.some((e) => field(e, 'type') === 'STALE_DATA')) return true
  return /expected branch to point to|pull and try again/i.test(errorText(err))
}

/** 5xx responses and network failures (no status at all) are worth another try. */
function isTransient(err: unknown): boolean {
  const status = field(err, 'status')
  if (typeof status === 'number') return status >= 500
  return /ECONNRESET|ETIMEDOUT|socket hang up/i.test(errorText(err))
}

function createClient(token: string | undefined, apiUrl: string | undefined): GitHubClient {
  if (token === undefined || token === '') throw new PublishError('github-api mode needs a token')
  const octokit = getOctokit(token, apiUrl === undefined ? {} : { baseUrl: apiUrl })
  return {
    graphql: (query, parameters) => octokit.graphql(query, parameters),
    request: (route, parameters) => octokit.request(route, parameters)
  }
}

/** Create the GitHub API backend. */
export function createGitHubBackend(opts: {
  branch: string
  token?: string
  github?: GitHubTarget
  log?: (line: string) => void
}): PublishBackend {
  const target = opts.github
  if (target === undefined || target.owner === '' || target.repo === '')
    throw new PublishError('github-api mode needs github.owner and github.repo')
  const client = target.client ?? createClient(opts.token, target.apiUrl)
  const secrets = opts.token === undefined ? [] : [opts.token]
  const repoVars = { owner: target.owner, name: target.repo }
  const log = opts.log ?? ((): void => undefined)

  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (err) {
      if (err instanceof PublishError) throw err
      if (isTransient(err)) throw new TransientError(`GitHub API ${what} failed: ${redact(errorText(err), secrets)}`)
      throw new PublishError(`GitHub API ${what} failed: ${redact(errorText(err), secrets)}`)
    }
  }

  async function readHead(): Promise<string | null> {
    const data = await call('read branch', () => client.graphql(HEAD_QUERY, { ...repoVars, ref: `refs/heads/${opts.branch}` }))
    if (field(data, 'repository') === null || field(data, 'repository') === undefined) {
      throw new PublishError(`repository ${target?.owner}/${target?.repo} not found or not accessible`)
    }
    const oid = field(data, 'repository', 'ref', 'target', 'oid')
    return typeof oid === 'string' ? oid : null
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
    const owner = target?.owner
    const repo = target?.repo
    const tree = await call('create root tree', () =>
      client.request('POST /repos/{owner}/{repo}/git/trees', {
        owner,
        repo,
        tree: [{ path, mode: '100644', type: 'blob', content: formatIndex([]) }]
      })
    )
    const treeSha = field(tree.data, 'sha')
    if (typeof treeSha !== 'string') throw new PublishError('GitHub API create root tree: no sha in the response')
    const commit = await call('create root commit', () =>
      client.request('POST /repos/{owner}/{repo}/git/commits', {
        owner,
        repo,
        message: `Start ${opts.branch} for secrets-injector publish`,
        tree: treeSha,
        parents: []
      })
    )
    const sha = field(commit.data, 'sha')
    if (typeof sha !== 'string') throw new PublishError('GitHub API create root commit: no sha in the response')
    try {
      await client.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${opts.branch}`, sha })
    } catch (err) {
      // 422: another writer created the branch first; re-read and re-plan either way.
      if (field(err, 'status') === 422) return false
      throw new PublishError(`GitHub API create branch failed: ${redact(errorText(err), secrets)}`)
    }
    log(`created branch ${opts.branch} at root commit ${sha}`)
    return true
  }

  return {
    async read(dirSegments) {
      const head = await readHead()
      const state: TreeState = { ancestors: dirSegments.map(() => null), entries: [] }
      if (head === null) return { head, state }
      const vars: Record<string, unknown> = { ...repoVars, dir: `${head}:${dirSegments.join('/')}` }
      dirSegments.forEach((_, i) => (vars[`a${i}`] = `${head}:${dirSegments.slice(0, i + 1).join('/')}`))
      const data = await call('read tree', () => client.graphql(treeQuery(dirSegments.length), vars))
      state.ancestors = dirSegments.map((_, i) => {
        const t = field(data, 'repository', `a${i}`, '__typename')
        return t === undefined || t === null ? null : t === 'Tree' ? 'dir' : t === 'Blob' ? 'file' : 'other'
      })
      if (state.ancestors.some((k) => k !== 'dir') && dirSegments.length > 0) return { head, state }
      const entries = field(data, 'repository', 'dir', 'entries')
      if (Array.isArray(entries)) {
        state.entries = entries.flatMap((e): DirEntry[] => {
          const name = field(e, 'name')
          if (typeof name !== 'string') return []
          const kind = kindOf(field(e, 'type'), field(e, 'mode'))
          const text = field(e, 'object', 'text')
          const whole = field(e, 'object', 'isTruncated') !== true && field(e, 'object', 'isBinary') !== true
          return [kind === 'file' && typeof text === 'string' && whole ? { name, kind, content: text } : { name, kind }]
        })
      }
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
      const expected = head
      const [headline = '', ...rest] = plan.commitMessage.split('\n')
      const input = {
        branch: { repositoryNameWithOwner: `${target.owner}/${target.repo}`, branchName: opts.branch },
        expectedHeadOid: expected,
        message: { headline, body: rest.join('\n').trim() },
        fileChanges: {
          additions: plan.writes.map((w) => ({ path: w.path, contents: Buffer.from(w.content, 'utf8').toString('base64') })),
          deletions: plan.deletes.map((path) => ({ path }))
        }
      }
      try {
        const data = await client.graphql(COMMIT_MUTATION, { input })
        const oid = field(data, 'createCommitOnBranch', 'commit', 'oid')
        if (typeof oid !== 'string') throw new PublishError('GitHub API createCommitOnBranch: no commit oid in the response')
        return { status: 'ok', sha: oid }
      } catch (err) {
        if (err instanceof PublishError) throw err
        if (isHeadMoved(err)) return { status: 'conflict', reason: 'head moved (expectedHeadOid mismatch)' }
        if (isTransient(err)) throw new TransientError(`GitHub API createCommitOnBranch failed: ${redact(errorText(err), secrets)}`)
        throw new PublishError(`GitHub API createCommitOnBranch failed: ${redact(errorText(err), secrets)}`)
      }
    },

    async close() {
      // Nothing held: every call is a stateless HTTP request.
    }
  }
}
