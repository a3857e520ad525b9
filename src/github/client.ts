import { getOctokit } from '@actions/github'
import { defaults as githubDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import type { DirEntry, EntryKind, TreeState } from '../core/publish/plan.js'
import type { Author, BranchHead, CommitOnBranch, FileText, GitHubApi, IssueComment } from './api.js'
import { ApiDeadlineError, ApiRequestTimeoutError, httpStatus } from './errors.js'
import { field } from './json.js'

/**
 * The one place that builds an Octokit: the retry plugin (5xx and network
 * errors), the throttling plugin (primary and secondary rate limits, REST and
 * GraphQL alike), pointed at GITHUB_API_URL so GitHub Enterprise Server
 * works, and counting every HTTP attempt so a run can say how many calls it
 * made. It implements the GitHubApi port; nothing else in src/ sees Octokit.
 */

export interface ClientLog {
  info(message: string): void
  warning(message: string): void
}

export interface ClientOptions {
  token: string
  /** REST base URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string
  /** Retries after the first attempt, for 5xx and rate limits (default 3). */
  retries?: number
  /**
   * Milliseconds per time unit: both plugins wait unit * n before a retry,
   * and writes (GraphQL included) are spaced one unit apart, as GitHub asks
   * of clients. 1000 in production; tests shrink it so a run does not wait
   * whole seconds.
   */
  retryUnitMs?: number
  /** Where retries and rate limits are reported (the action's log, the CLI's stderr). */
  log?: ClientLog
  /**
   * Milliseconds one HTTP attempt may take, answer body included (default
   * 30 s; GitHub itself gives up on a request after 10 s). Without it a
   * server that accepts the connection and never answers holds each attempt
   * for undici's 300 s, and the retry plugin makes that four attempts.
   */
  requestTimeoutMs?: number
  /**
   * Milliseconds all calls of this client may take together, counted from
   * the first request; none by default. When it passes, requests in flight
   * are aborted and every later call fails at once with ApiDeadlineError,
   * without retries or rate-limit waits.
   */
  deadlineMs?: number
}

export interface GitHubClient extends GitHubApi {
  /** HTTP requests sent so far, retries included. */
  requestCount(): number
}

const QUIET: ClientLog = { info: () => undefined, warning: () => undefined }
/** One HTTP attempt, answer included; GitHub itself gives up on a request after 10 s. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000
/** Retries after the first attempt, for 5xx, timeouts and rate limits. */
export const DEFAULT_RETRIES = 3

/**
 * The deadline of all calls of one client: starts with the first request,
 * aborts everything in flight when it passes. Octokit passes an abort through
 * untouched and its retry plugin does not retry it, which is what ends the
 * waiting; a request timeout, by contrast, is a failed attempt to retry.
 */
class Deadline {
  private readonly controller = new AbortController()
  private endsAt: number | null = null

  constructor(private readonly ms: number | undefined) {}

  /** Start the clock (first request); the timer never keeps the process alive. */
  start(): void {
    if (this.ms === undefined || this.endsAt !== null) return
    this.endsAt = Date.now() + this.ms
    setTimeout(() => this.controller.abort(), this.ms).unref()
  }
  get signal(): AbortSignal {
    return this.controller.signal
  }
  get passed(): boolean {
    return this.controller.signal.aborted
  }
  /** Milliseconds left, Infinity without a deadline (or before the first request). */
  remaining(): number {
    return this.endsAt === null ? Infinity : Math.max(0, this.endsAt - Date.now())
  }
  error(): ApiDeadlineError {
    return new ApiDeadlineError(
      `the GitHub API did not finish within the run's deadline (api-timeout: ${Math.round((this.ms ?? 0) / 1000)} s); ` +
        'the call was not completed'
    )
  }
}

const VIEWER_QUERY = 'query Viewer { viewer { login } }'

const HEAD_QUERY = `query PublishHead($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) { target { oid } } }
}`

const COMMIT_MUTATION = `mutation PublishCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`

/** Tree reads for DIR's ancestors (a0..an) and DIR's entries, all at one commit, in one request. */
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

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new Error(`GitHub API ${what}: unexpected response`)
  return v
}

/** Git file modes as GraphQL reports them (decimal). */
function entryKind(type: unknown, mode: unknown): EntryKind {
  if (type === 'tree') return 'dir'
  if (mode === 0o120000) return 'symlink'
  if (type === 'blob' && (mode === 0o100644 || mode === 0o100755)) return 'file'
  return 'other'
}

/** createCommitOnBranch refuses with this when the branch is not at expectedHeadOid. */
function isHeadMoved(err: unknown): boolean {
  const errors = field(err, 'errors')
  if (Array.isArray(errors) && errors.some((e) => field(e, 'type') === 'STALE_DATA')) return true
  return /expected branch to point to|pull and try again/i.test(err instanceof Error ? err.message : String(err))
}

function author(user: { login: string; type?: string | undefined } | null | undefined): Author | null {
  return user === null || user === undefined ? null : { login: user.login, type: user.type }
}

/** Build the client for one run; every GitHub call of the shells goes through it. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? DEFAULT_RETRIES
  const unit = options.retryUnitMs ?? 1000
  const log = options.log ?? QUIET
  const requestTimeout = Math.min(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, options.deadlineMs ?? Infinity)
  const deadline = new Deadline(options.deadlineMs)
  let count = 0
  // Every HTTP attempt goes through here (retries included): count it, bound
  // it in time, and say when GitHub fails, since the retry plugin itself
  // retries silently.
  const baseFetch: typeof fetch = typeof githubDefaults.request?.fetch === 'function' ? githubDefaults.request.fetch : fetch
  const observedFetch: typeof fetch = async (input, init) => {
    deadline.start()
    count++
    const timeout = AbortSignal.timeout(requestTimeout)
    const signals = [deadline.signal, timeout, ...(init?.signal ? [init.signal] : [])]
    let response: Response
    try {
      // The signal also covers reading the body, which octokit does after this returns.
      response = await baseFetch(input, { ...init, signal: AbortSignal.any(signals) })
    } catch (error) {
      if (!deadline.passed && timeout.aborted) {
        log.info(`GitHub API did not answer ${init?.method ?? 'GET'} ${String(input)} within ${requestTimeout / 1000} s`)
        throw new ApiRequestTimeoutError(`no answer within ${requestTimeout / 1000} s`)
      }
      throw error
    }
    if (response.status >= 500)
      log.info(`GitHub API answered ${response.status} to ${init?.method ?? 'GET'} ${String(input)}; retrying while attempts remain`)
    return response
  }
  /** Whether to wait out a rate limit: not past the retries, and not past the deadline (the wait itself is not abortable). */
  const waitOut = (what: string, retryAfter: number, opts: { method: string; url: string }, retryCount: number): boolean => {
    if (retryAfter * unit > deadline.remaining()) {
      log.warning(`GitHub API ${what} on ${opts.method} ${opts.url}; retry-after ${retryAfter}s is past the run's deadline, not retried`)
      return false
    }
    log.warning(`GitHub API ${what} on ${opts.method} ${opts.url}; retry ${retryCount + 1} of ${retries} in ${retryAfter}s`)
    return retryCount < retries
  }
  // Octokit's own messages (deprecation notices quoting the server's headers) would go to the console, past the
  // action's log escaping: they go where the client's other messages go. The request layer takes its own copy.
  const octokitLog = {
    debug: (): void => undefined,
    info: (m: string): void => log.info(m),
    warn: (m: string): void => log.warning(m),
    error: (m: string): void => log.warning(m)
  }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      log: octokitLog,
      // Spread the toolkit defaults back in: `request` is merged shallowly and
      // would otherwise drop the proxy-aware fetch of @actions/github. The
      // retry count goes to the plugin state, not to `request.retries`: set
      // there, the plugin would retry every error, 403 and 404 included.
      request: { ...githubDefaults.request, fetch: observedFetch, log: octokitLog },
      retry: { retryAfterBaseValue: unit, retries },
      throttle: {
        retryAfterBaseValue: unit,
        // The plugin's own write limiter is the same, with the spacing fixed at one second.
        write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: unit, timeout: 120_000 }),
        onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) =>
          waitOut('rate limit hit', retryAfter, opts, retryCount),
        onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) =>
          waitOut('secondary rate limit', retryAfter, opts, retryCount)
      }
    },
    retry,
    throttling
  )
  // Outermost, after the plugins' retries: once the deadline has passed, every failure says so.
  octokit.hook.error('request', (error) => {
    throw deadline.passed ? deadline.error() : error
  })
  const rest = octokit.rest
  const comment = (c: {
    id: number
    html_url: string
    body?: string | undefined
    created_at: string
    user: { login: string; type?: string } | null
  }): IssueComment => ({ id: c.id, url: c.html_url, body: c.body ?? '', createdAt: c.created_at, author: author(c.user) })

  return {
    requestCount: () => count,

    async listIssueComments(repo, issue) {
      const all = await octokit.paginate(rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })
      return all.map(comment)
    },
    async createIssueComment(repo, issue, body) {
      return comment((await rest.issues.createComment({ ...repo, issue_number: issue, body })).data)
    },
    async updateIssueComment(repo, id, body) {
      return comment((await rest.issues.updateComment({ ...repo, comment_id: id, body })).data)
    },
    async deleteIssueComment(repo, id) {
      await rest.issues.deleteComment({ ...repo, comment_id: id })
    },

    async viewerLogin() {
      // GraphQL's viewer, unlike GET /user, also answers installation tokens, with the app's bot login.
      return str(field(await octokit.graphql(VIEWER_QUERY), 'viewer', 'login'), 'viewer')
    },

    async pullHead(repo, pull) {
      const head = (await rest.pulls.get({ ...repo, pull_number: pull })).data.head
      return { sha: head.sha, repository: head.repo?.full_name ?? null }
    },
    async listPullFiles(repo, pull) {
      const files = await octokit.paginate(rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 })
      return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch, previousFilename: f.previous_filename }))
    },
    async listReviewComments(repo, pull) {
      const all = await octokit.paginate(rest.pulls.listReviewComments, { ...repo, pull_number: pull, per_page: 100 })
      return all.map((c) => ({ path: c.path, line: c.line ?? null, body: c.body, author: author(c.user) }))
    },
    async createReview(repo, pull, review) {
      await rest.pulls.createReview({
        ...repo,
        pull_number: pull,
        commit_id: review.commitId,
        event: 'COMMENT',
        body: review.body,
        comments: review.comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body })),
        // A 5xx may come after GitHub stored the review, and nothing removes a second one: the next run posts what is missing.
        request: { retries: 0 }
      })
    },

    async fileText(repo, path, ref): Promise<FileText> {
      let data: unknown
      try {
        data = (await rest.repos.getContent({ ...repo, path, ref })).data
      } catch (error) {
        if (httpStatus(error) === 404) return { status: 'missing' }
        throw error
      }
      const content = field(data, 'content')
      const encoding = field(data, 'encoding')
      const type = field(data, 'type')
      // A link out of the repository is answered as `symlink`; one inside it, with the target's content under the target's path.
      const served = field(data, 'path')
      if (type === 'symlink' || (type === 'file' && typeof served === 'string' && served !== path)) return { status: 'symlink' }
      if (type !== 'file' || typeof content !== 'string') return { status: 'missing' }
      // Files over 1 MB come without content (encoding "none").
      if (encoding === 'none') return { status: 'too-large' }
      return { status: 'found', text: encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content }
    },

    async branchHead(repo, branch): Promise<BranchHead> {
      const data: unknown = await octokit.graphql(HEAD_QUERY, { owner: repo.owner, name: repo.repo, ref: `refs/heads/${branch}` })
      const repository = field(data, 'repository')
      if (repository === null || repository === undefined) return { status: 'no-repository' }
      const oid = field(repository, 'ref', 'target', 'oid')
      return typeof oid === 'string' ? { status: 'found', oid } : { status: 'no-branch' }
    },
    async readDirectory(repo, commit, dirSegments): Promise<TreeState> {
      const vars: Record<string, unknown> = { owner: repo.owner, name: repo.repo, dir: `${commit}:${dirSegments.join('/')}` }
      dirSegments.forEach((_, i) => (vars[`a${i}`] = `${commit}:${dirSegments.slice(0, i + 1).join('/')}`))
      const data: unknown = await octokit.graphql(treeQuery(dirSegments.length), vars)
      const ancestors = dirSegments.map((_, i): EntryKind | null => {
        const t = field(data, 'repository', `a${i}`, '__typename')
        return t === undefined || t === null ? null : t === 'Tree' ? 'dir' : t === 'Blob' ? 'file' : 'other'
      })
      const state: TreeState = { ancestors, entries: [] }
      if (ancestors.some((k) => k !== 'dir')) return state
      const entries = field(data, 'repository', 'dir', 'entries')
      if (Array.isArray(entries)) {
        state.entries = entries.flatMap((e): DirEntry[] => {
          const name = field(e, 'name')
          if (typeof name !== 'string') return []
          const kind = entryKind(field(e, 'type'), field(e, 'mode'))
          const text = field(e, 'object', 'text')
          const whole = field(e, 'object', 'isTruncated') !== true && field(e, 'object', 'isBinary') !== true
          return [kind === 'file' && typeof text === 'string' && whole ? { name, kind, content: text } : { name, kind }]
        })
      }
      return state
    },
    async createCommitOnBranch(c: CommitOnBranch) {
      const input = {
        branch: { repositoryNameWithOwner: `${c.repo.owner}/${c.repo.repo}`, branchName: c.branch },
        expectedHeadOid: c.expectedHeadOid,
        message: { headline: c.headline, body: c.body },
        fileChanges: {
          additions: c.additions.map((a) => ({ path: a.path, contents: Buffer.from(a.content, 'utf8').toString('base64') })),
          deletions: c.deletions.map((path) => ({ path }))
        }
      }
      try {
        const data: unknown = await octokit.graphql(COMMIT_MUTATION, { input })
        return { status: 'ok', oid: str(field(data, 'createCommitOnBranch', 'commit', 'oid'), 'createCommitOnBranch') }
      } catch (err) {
        if (isHeadMoved(err)) return { status: 'stale' }
        throw err
      }
    },
    async createTree(repo, files) {
      const r = await rest.git.createTree({
        ...repo,
        tree: files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content }))
      })
      return str(r.data.sha, 'create tree')
    },
    async createCommit(repo, commit) {
      const r = await rest.git.createCommit({ ...repo, message: commit.message, tree: commit.tree, parents: commit.parents })
      return str(r.data.sha, 'create commit')
    },
    async createRef(repo, ref, sha) {
      try {
        await rest.git.createRef({ ...repo, ref, sha })
        return 'created'
      } catch (err) {
        // 422: the ref exists (another writer created it first).
        if (httpStatus(err) === 422) return 'exists'
        throw err
      }
    }
  }
}
