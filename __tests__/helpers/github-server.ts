import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { commentableLines } from '../../src/action/patch-lines.js'
import { field } from '../../src/github/json.js'
import { checkGraphql, GitStore } from './github-server-graphql.js'
import { openApi, type Operation } from './github-server-openapi.js'

/**
 * A fake GitHub REST API with state, for running the action as a process.
 * Every request is checked against GitHub's OpenAPI description (method and
 * path template, path and query parameters, JSON body): an invalid request
 * gets 422 and is recorded in `violations`, which every test asserts empty.
 * Responses are checked too (required fields, two levels deep). With a
 * `gitDir` (a bare repository) it also serves the git data behind verified
 * commits: GraphQL (checked against GitHub's GraphQL schema) and the REST
 * git trees, commits and refs.
 */

export interface FakeUser {
  login: string
  /** Installation tokens (GITHUB_TOKEN) get 403 on GET /user, like on github.com. */
  installation: boolean
  readOnly: boolean
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  login: string
  createdAt: string
  updatedAt: string
}

export interface FakeReviewComment {
  id: number
  pull: number
  reviewId: number
  path: string
  line: number
  body: string
  login: string
  commitId: string
}

export interface FakePullFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  patch?: string
  previous_filename?: string
}

export interface FakePull {
  number: number
  headSha: string
  baseSha: string
  files: FakePullFile[]
  /** owner/repo of the head branch, a fork's for a fork pull request (default: the repository itself). */
  headRepository?: string
}

/** A scripted failure: the next `times` requests of `operationId` get this response. */
export interface Fault {
  operationId: string
  status: number
  times?: number
  message?: string
  headers?: Record<string, string>
}

export interface RecordedRequest {
  method: string
  path: string
  operationId: string | null
  status: number
  /** GraphQL: the operation's name in the document and the `type` of each error in the answer. */
  graphql?: { operationName: string | null; errorTypes: string[] }
}

export interface FakeGitHub {
  url: string
  owner: string
  repo: string
  users: Map<string, FakeUser>
  comments: FakeComment[]
  reviewComments: FakeReviewComment[]
  pulls: Map<number, FakePull>
  /** ref (SHA or branch) -> path -> text, for the contents API. */
  contents: Map<string, Map<string, string>>
  /** ref -> path -> link target: the contents API answers `type: symlink` for these. */
  symlinks: Map<string, Map<string, string>>
  requests: RecordedRequest[]
  violations: string[]
  /** Delay in ms before answering an operation (to line up racing runs). */
  latency: Map<string, number>
  /**
   * One-shot barrier: hold requests of an operation until this many are
   * waiting, then answer them all (lines up racing runs deterministically).
   */
  barrier: Map<string, number>
  /** Called before an operation is handled (after validation): lets a test act like a human in between. */
  before: Map<string, () => void>
  fail(f: Fault): void
  /** Requests to `operationId` so far. */
  count(operationId: string): number
  close(): Promise<void>
}

type Json = Record<string, unknown>

/** A repository path as GitHub writes it into a URL: each segment percent-encoded. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

export interface ServerOptions {
  owner?: string
  repo?: string
  /** Path prefix of the API, '/api/v3' to look like GitHub Enterprise Server. */
  prefix?: string
  /** Bare repository behind GraphQL and the REST git-data endpoints (the repository owner/repo). */
  gitDir?: string
}

export async function startGitHubServer(opts: ServerOptions = {}): Promise<FakeGitHub> {
  const api = openApi()
  const owner = opts.owner ?? 'acme'
  const repo = opts.repo ?? 'platform'
  const prefix = opts.prefix ?? ''
  const faults: Array<Required<Omit<Fault, 'message' | 'headers'>> & Fault> = []
  let nextId = 1000
  let clock = Date.parse('2026-01-01T00:00:00Z')
  const now = (): string => {
    clock += 1000
    return new Date(clock).toISOString()
  }
  let base = ''
  const waiters = new Map<string, Array<() => void>>()
  const scratch = mkdtempSync(path.join(tmpdir(), 'si-fake-github-'))
  const store = opts.gitDir === undefined ? null : new GitStore(opts.gitDir, scratch)
  // GitHub Enterprise Server serves GraphQL at /api/graphql, next to the REST prefix /api/v3.
  const graphqlPath = `${prefix.replace(/\/v3$/, '')}/graphql`

  const user = (name: string): Json => {
    const login = encodeURIComponent(name)
    return userWith(name, login)
  }
  const userWith = (name: string, login: string): Json => ({
    login: name,
    id: login.length + 100,
    node_id: `U_${login}`,
    avatar_url: `https://avatars.example/u/${login}`,
    gravatar_id: '',
    url: `${base}/users/${login}`,
    html_url: `https://github.example/${login}`,
    followers_url: `${base}/users/${login}/followers`,
    following_url: `${base}/users/${login}/following{/other_user}`,
    gists_url: `${base}/users/${login}/gists{/gist_id}`,
    starred_url: `${base}/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/users/${login}/subscriptions`,
    organizations_url: `${base}/users/${login}/orgs`,
    repos_url: `${base}/users/${login}/repos`,
    events_url: `${base}/users/${login}/events{/privacy}`,
    received_events_url: `${base}/users/${login}/received_events`,
    type: name.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false
  })
  const repoUrl = (): string => `${base}/repos/${owner}/${repo}`
  const issueComment = (c: FakeComment): Json => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${repoUrl()}/issues/comments/${c.id}`,
    html_url: `https://github.example/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${repoUrl()}/issues/${c.issue}`,
    body: c.body,
    user: user(c.login),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE'
  })
  const links = (self: string, html: string, pr: string): Json => ({
    self: { href: self },
    html: { href: html },
    pull_request: { href: pr }
  })
  const reviewComment = (c: FakeReviewComment): Json => ({
    url: `${repoUrl()}/pulls/comments/${c.id}`,
    id: c.id,
    node_id: `PRRC_${c.id}`,
    pull_request_review_id: c.reviewId,
    diff_hunk: '@@ -1 +1 @@',
    path: c.path,
    line: c.line,
    side: 'RIGHT',
    commit_id: c.commitId,
    original_commit_id: c.commitId,
    user: user(c.login),
    body: c.body,
    created_at: now(),
    updated_at: now(),
    html_url: `https://github.example/${owner}/${repo}/pull/${c.pull}#discussion_r${c.id}`,
    pull_request_url: `${repoUrl()}/pulls/${c.pull}`,
    author_association: 'NONE',
    _links: links(
      `${repoUrl()}/pulls/comments/${c.id}`,
      `https://github.example/${owner}/${repo}/pull/${c.pull}#discussion_r${c.id}`,
      `${repoUrl()}/pulls/${c.pull}`
    )
  })

  const server: FakeGitHub = {
    url: '',
    owner,
    repo,
    users: new Map([
      ['ghs_default', { login: 'github-actions[bot]', installation: true, readOnly: false }],
      ['ghs_readonly', { login: 'github-actions[bot]', installation: true, readOnly: true }],
      ['ghp_alice', { login: 'alice', installation: false, readOnly: false }]
    ]),
    comments: [],
    reviewComments: [],
    pulls: new Map(),
    contents: new Map(),
    symlinks: new Map(),
    requests: [],
    violations: [],
    latency: new Map(),
    before: new Map(),
    barrier: new Map(),
    fail(f) {
      faults.push({ times: 1, ...f })
    },
    count(operationId) {
      return server.requests.filter((r) => r.operationId === operationId).length
    },
    close: () =>
      new Promise((resolve) =>
        http.close(() => {
          rmSync(scratch, { recursive: true, force: true })
          resolve()
        })
      )
  }

  function send(res: ServerResponse, op: Operation | null, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (op !== null && status < 400) {
      for (const v of op.validateResponse(status, body)) server.violations.push(`response of ${op.operationId}: ${v}`)
    }
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers })
    res.end(text)
  }

  function paginate(res: ServerResponse, op: Operation, url: URL, items: unknown[]): void {
    const perPage = Number(url.searchParams.get('per_page') ?? '30')
    const page = Number(url.searchParams.get('page') ?? '1')
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < items.length) {
      const next = new URL(url.href)
      next.searchParams.set('page', String(page + 1))
      headers['link'] = `<${base}${prefix}${next.pathname}${next.search}>; rel="next"`
    }
    send(res, op, 200, slice, headers)
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const full = new URL(req.url ?? '/', base)
    if (method === 'POST' && full.pathname === graphqlPath) {
      await handleGraphql(req, res)
      return
    }
    if (!full.pathname.startsWith(`${prefix}/`)) {
      server.violations.push(`${method} ${full.pathname} is outside the API prefix '${prefix}'`)
      send(res, null, 404, { message: 'Not Found' })
      return
    }
    const url = new URL(full.pathname.slice(prefix.length) + full.search, base)
    const record = (operationId: string | null, status: number): void => {
      server.requests.push({ method, path: url.pathname, operationId, status })
    }
    const matched = api.match(method, url.pathname)
    if ('error' in matched) {
      server.violations.push(matched.error)
      record(null, 404)
      send(res, null, 404, { message: 'Not Found' })
      return
    }
    const { op, params } = matched
    const problems: string[] = []
    const paramData: Json = { ...params }
    if (!op.validateParams(paramData))
      problems.push(...(op.validateParams.errors ?? []).map((e) => `path ${e.instancePath} ${e.message ?? ''}`))
    const query: Json = Object.fromEntries(url.searchParams.entries())
    if (!op.validateQuery(query))
      problems.push(...(op.validateQuery.errors ?? []).map((e) => `query ${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`))
    const raw = await readBody(req)
    let body: unknown = undefined
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        problems.push('body is not JSON')
      }
    }
    if (op.validateBody !== null) {
      if (body === undefined) {
        if (op.body?.required === true) problems.push('body is required')
      } else if (!op.validateBody(body)) {
        problems.push(...(op.validateBody.errors ?? []).map((e) => `body ${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`))
      }
    } else if (body !== undefined && method !== 'GET') {
      problems.push('operation takes no body')
    }
    if (params['owner'] !== owner || params['repo'] !== repo) {
      if (op.template !== '/user') problems.push(`unknown repository ${params['owner']}/${params['repo']}`)
    }
    if (problems.length > 0) {
      server.violations.push(...problems.map((p) => `${op.operationId}: ${p}`))
      record(op.operationId, 422)
      send(res, null, 422, { message: 'Validation Failed', errors: problems })
      return
    }
    const needed = server.barrier.get(op.operationId)
    if (needed !== undefined) {
      const waiting = waiters.get(op.operationId) ?? []
      await new Promise<void>((resolve) => {
        waiting.push(resolve)
        waiters.set(op.operationId, waiting)
        if (waiting.length >= needed) {
          server.barrier.delete(op.operationId)
          for (const w of waiting) w()
        } else {
          // Never hang a test: give up waiting after 30 s.
          setTimeout(resolve, 30_000).unref()
        }
      })
    }
    const delay = server.latency.get(op.operationId)
    if (delay !== undefined) await new Promise((r) => setTimeout(r, delay))
    server.before.get(op.operationId)?.()

    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers['authorization'] ?? '')
    const who = auth?.[1] === undefined ? undefined : server.users.get(auth[1])
    if (who === undefined) {
      record(op.operationId, 401)
      send(res, null, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
      return
    }
    const fault = faults.find((f) => f.operationId === op.operationId && f.times > 0)
    if (fault !== undefined) {
      fault.times--
      record(op.operationId, fault.status)
      send(res, null, fault.status, { message: fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Error') }, fault.headers)
      return
    }
    if (method !== 'GET' && who.readOnly) {
      record(op.operationId, 403)
      send(res, null, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403'
      })
      return
    }
    const status = await route(op, params, url, body, who, res)
    record(op.operationId, status)
  }

  /** POST /graphql: validated against GitHub's GraphQL schema, then run against the bare repository. */
  async function handleGraphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    let body: unknown
    try {
      body = JSON.parse(raw)
    } catch {
      // Not JSON: checkGraphql reports the missing query.
    }
    const checked = checkGraphql(body, store, owner, repo)
    const record = (status: number, errorTypes: string[] = []): void => {
      server.requests.push({
        method: 'POST',
        path: graphqlPath,
        operationId: checked.operationId,
        status,
        graphql: { operationName: checked.operationName, errorTypes }
      })
    }
    if (checked.problems.length > 0) {
      server.violations.push(...checked.problems.map((p) => `${checked.operationId}: ${p}`))
      record(200)
      // GitHub answers an invalid document with 200 and errors.
      send(res, null, 200, { errors: checked.problems.map((message) => ({ message })) })
      return
    }
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers['authorization'] ?? '')
    const who = auth?.[1] === undefined ? undefined : server.users.get(auth[1])
    if (who === undefined) {
      record(401)
      send(res, null, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' })
      return
    }
    const fault = faults.find((f) => f.operationId === checked.operationId && f.times > 0)
    if (fault !== undefined) {
      fault.times--
      record(fault.status)
      send(res, null, fault.status, { message: fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Error') }, fault.headers)
      return
    }
    if (checked.operationId === 'graphql/createCommitOnBranch' && who.readOnly) {
      record(200, ['FORBIDDEN'])
      send(res, null, 200, {
        data: { createCommitOnBranch: null },
        errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]
      })
      return
    }
    const answer = await checked.run(who.login)
    const errors = field(answer, 'errors')
    record(200, Array.isArray(errors) ? errors.map((e) => String(field(e, 'type') ?? 'ERROR')) : [])
    send(res, null, 200, answer)
  }

  const int = (s: string | undefined): number => Number(s)
  const bodyField = (b: unknown, k: string): unknown => (typeof b === 'object' && b !== null ? Reflect.get(b, k) : undefined)
  const notFound = (res: ServerResponse): number => {
    send(res, null, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    return 404
  }

  function route(
    op: Operation,
    params: Record<string, string>,
    url: URL,
    body: unknown,
    who: FakeUser,
    res: ServerResponse
  ): number | Promise<number> {
    switch (op.operationId) {
      case 'users/get-authenticated': {
        if (who.installation) {
          send(res, null, 403, { message: 'Resource not accessible by integration' })
          return 403
        }
        send(res, op, 200, {
          ...user(who.login),
          name: null,
          company: null,
          blog: null,
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 0,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: now(),
          updated_at: now()
        })
        return 200
      }
      case 'issues/list-comments': {
        const issue = int(params['issue_number'])
        paginate(res, op, url, server.comments.filter((c) => c.issue === issue).map(issueComment))
        return 200
      }
      case 'issues/create-comment': {
        const t = now()
        const c: FakeComment = {
          id: nextId++,
          issue: int(params['issue_number']),
          body: String(bodyField(body, 'body')),
          login: who.login,
          createdAt: t,
          updatedAt: t
        }
        if (c.body.length > 65536) {
          send(res, null, 422, {
            message: 'Validation Failed',
            errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }]
          })
          return 422
        }
        server.comments.push(c)
        send(res, op, 201, issueComment(c))
        return 201
      }
      case 'issues/update-comment': {
        const c = server.comments.find((x) => x.id === int(params['comment_id']))
        if (c === undefined) return notFound(res)
        const text = String(bodyField(body, 'body'))
        if (text.length > 65536) {
          send(res, null, 422, { message: 'Validation Failed' })
          return 422
        }
        c.body = text
        c.updatedAt = now()
        send(res, op, 200, issueComment(c))
        return 200
      }
      case 'issues/delete-comment': {
        const i = server.comments.findIndex((x) => x.id === int(params['comment_id']))
        if (i < 0) return notFound(res)
        server.comments.splice(i, 1)
        res.writeHead(204).end()
        return 204
      }
      case 'pulls/get': {
        const pr = server.pulls.get(int(params['pull_number']))
        if (pr === undefined) return notFound(res)
        send(res, op, 200, pullRequest(pr))
        return 200
      }
      case 'pulls/list-files': {
        const pr = server.pulls.get(int(params['pull_number']))
        if (pr === undefined) return notFound(res)
        paginate(
          res,
          op,
          url,
          pr.files.map((f) => ({
            sha: '0'.repeat(40),
            // GitHub percent-encodes each path segment in these URLs (a name may hold spaces or newlines).
            filename: f.filename,
            status: f.status,
            additions: 1,
            deletions: 0,
            changes: 1,
            blob_url: `https://github.example/${owner}/${repo}/blob/${pr.headSha}/${encodePath(f.filename)}`,
            raw_url: `https://github.example/${owner}/${repo}/raw/${pr.headSha}/${encodePath(f.filename)}`,
            contents_url: `${repoUrl()}/contents/${encodePath(f.filename)}?ref=${pr.headSha}`,
            ...(f.patch !== undefined ? { patch: f.patch } : {}),
            ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {})
          }))
        )
        return 200
      }
      case 'pulls/list-review-comments': {
        const pull = int(params['pull_number'])
        paginate(res, op, url, server.reviewComments.filter((c) => c.pull === pull).map(reviewComment))
        return 200
      }
      case 'pulls/create-review': {
        const pr = server.pulls.get(int(params['pull_number']))
        if (pr === undefined) return notFound(res)
        const event = bodyField(body, 'event')
        const text = bodyField(body, 'body')
        if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && (typeof text !== 'string' || text === '')) {
          send(res, null, 422, { message: 'Unprocessable Entity', errors: ['Review body is required for COMMENT and REQUEST_CHANGES'] })
          return 422
        }
        const comments = bodyField(body, 'comments')
        const list = Array.isArray(comments) ? comments : []
        const reviewId = nextId++
        const created: FakeReviewComment[] = []
        for (const c of list) {
          const file = pr.files.find((f) => f.filename === bodyField(c, 'path'))
          const line = Number(bodyField(c, 'line'))
          if (file === undefined || !commentableLines(file.patch).has(line)) {
            send(res, null, 422, { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] })
            return 422
          }
          created.push({
            id: nextId++,
            pull: pr.number,
            reviewId,
            path: String(bodyField(c, 'path')),
            line,
            body: String(bodyField(c, 'body')),
            login: who.login,
            commitId: String(bodyField(body, 'commit_id') ?? pr.headSha)
          })
        }
        server.reviewComments.push(...created)
        const html = `https://github.example/${owner}/${repo}/pull/${pr.number}#pullrequestreview-${reviewId}`
        send(res, op, 200, {
          id: reviewId,
          node_id: `PRR_${reviewId}`,
          user: user(who.login),
          body: String(bodyField(body, 'body') ?? ''),
          state: 'COMMENTED',
          commit_id: pr.headSha,
          html_url: html,
          pull_request_url: `${repoUrl()}/pulls/${pr.number}`,
          _links: { html: { href: html }, pull_request: { href: `${repoUrl()}/pulls/${pr.number}` } },
          author_association: 'NONE'
        })
        return 200
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? 'main'
        const p = params['path'] ?? ''
        const text = server.contents.get(ref)?.get(p)
        const name = p.split('/').pop() ?? p
        const target = server.symlinks.get(ref)?.get(p)
        if (target !== undefined) {
          send(res, op, 200, {
            type: 'symlink',
            target,
            size: target.length,
            name,
            path: p,
            sha: '2'.repeat(40),
            url: `${repoUrl()}/contents/${p}?ref=${ref}`,
            git_url: `${repoUrl()}/git/blobs/${'2'.repeat(40)}`,
            html_url: `https://github.example/${owner}/${repo}/blob/${ref}/${p}`,
            download_url: `https://raw.example/${owner}/${repo}/${ref}/${p}`,
            _links: { self: `${repoUrl()}/contents/${p}`, git: null, html: null }
          })
          return 200
        }
        if (text === undefined) return notFound(res)
        send(res, op, 200, {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name,
          path: p,
          content: Buffer.from(text).toString('base64'),
          sha: '1'.repeat(40),
          url: `${repoUrl()}/contents/${p}?ref=${ref}`,
          git_url: `${repoUrl()}/git/blobs/${'1'.repeat(40)}`,
          html_url: `https://github.example/${owner}/${repo}/blob/${ref}/${p}`,
          download_url: `https://raw.example/${owner}/${repo}/${ref}/${p}`,
          _links: { self: `${repoUrl()}/contents/${p}`, git: null, html: null }
        })
        return 200
      }
      case 'git/create-tree':
      case 'git/create-commit':
      case 'git/create-ref': {
        if (store === null) {
          server.violations.push(`${op.operationId}: the fake server has no repository (start it with gitDir)`)
          return notFound(res)
        }
        return gitData(op, body, res)
      }
      default:
        server.violations.push(`${op.operationId} has no handler`)
        return notFound(res)
    }
  }

  /** The REST git-data calls that start a missing branch, answered from the bare repository. */
  async function gitData(op: Operation, body: unknown, res: ServerResponse): Promise<number> {
    if (store === null) return notFound(res)
    const person = { name: 'GitHub', email: 'noreply@github.com', date: now() }
    if (op.operationId === 'git/create-tree') {
      const entries = (Array.isArray(bodyField(body, 'tree')) ? (bodyField(body, 'tree') as unknown[]) : []).map((e) => ({
        mode: String(bodyField(e, 'mode')),
        path: String(bodyField(e, 'path')),
        content: String(bodyField(e, 'content') ?? '')
      }))
      if (bodyField(body, 'base_tree') !== undefined) {
        send(res, null, 422, { message: 'fake GitHub: base_tree is not supported' })
        return 422
      }
      const sha = await store.createTree(entries)
      send(res, op, 201, {
        sha,
        url: `${repoUrl()}/git/trees/${sha}`,
        truncated: false,
        tree: entries.map((e) => ({ path: e.path, mode: e.mode, type: 'blob', sha: '0'.repeat(40) }))
      })
      return 201
    } else if (op.operationId === 'git/create-commit') {
      const parents = Array.isArray(bodyField(body, 'parents')) ? (bodyField(body, 'parents') as unknown[]).map(String) : []
      const tree = String(bodyField(body, 'tree'))
      const sha = await store.createCommit(String(bodyField(body, 'message')), tree, parents)
      if (sha === null) {
        send(res, null, 422, { message: 'Tree SHA does not exist' })
        return 422
      }
      send(res, op, 201, {
        sha,
        node_id: `C_${sha}`,
        url: `${repoUrl()}/git/commits/${sha}`,
        html_url: `https://github.example/${owner}/${repo}/commit/${sha}`,
        author: person,
        committer: person,
        tree: { sha: tree, url: `${repoUrl()}/git/trees/${tree}` },
        message: String(bodyField(body, 'message')),
        parents: parents.map((p) => ({ sha: p, url: `${repoUrl()}/git/commits/${p}`, html_url: `https://github.example/commit/${p}` })),
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
      })
      return 201
    } else {
      const ref = String(bodyField(body, 'ref'))
      const sha = String(bodyField(body, 'sha'))
      if (!(await store.createRef(ref, sha))) {
        send(res, null, 422, { message: 'Reference already exists' })
        return 422
      }
      send(res, op, 201, {
        ref,
        node_id: `REF_${ref}`,
        url: `${repoUrl()}/git/${ref}`,
        object: { type: 'commit', sha, url: `${repoUrl()}/git/commits/${sha}` }
      })
      return 201
    }
  }

  function pullRequest(pr: FakePull): Json {
    const u = `${repoUrl()}/pulls/${pr.number}`
    const side = (sha: string, ref: string, fullName = `${owner}/${repo}`): Json => {
      const [login = owner, name = repo] = fullName.split('/')
      return { label: `${login}:${ref}`, ref, sha, user: user(login), repo: { id: 1, name, full_name: fullName } }
    }
    return {
      url: u,
      id: pr.number + 5000,
      node_id: `PR_${pr.number}`,
      html_url: `https://github.example/${owner}/${repo}/pull/${pr.number}`,
      diff_url: `${u}.diff`,
      patch_url: `${u}.patch`,
      issue_url: `${repoUrl()}/issues/${pr.number}`,
      commits_url: `${u}/commits`,
      review_comments_url: `${u}/comments`,
      review_comment_url: `${repoUrl()}/pulls/comments{/number}`,
      comments_url: `${repoUrl()}/issues/${pr.number}/comments`,
      statuses_url: `${repoUrl()}/statuses/${pr.headSha}`,
      number: pr.number,
      state: 'open',
      locked: false,
      title: 'Change values',
      user: user('contributor'),
      body: null,
      labels: [],
      milestone: null,
      created_at: now(),
      updated_at: now(),
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      head: side(pr.headSha, 'feature', pr.headRepository),
      base: side(pr.baseSha, 'main'),
      _links: Object.fromEntries(
        ['comments', 'commits', 'statuses', 'html', 'issue', 'review_comments', 'review_comment', 'self'].map((k) => [k, { href: u }])
      ),
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: pr.files.length
    }
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      server.violations.push(`fake server crashed: ${String(error)}`)
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()))
  const port = (http.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
  server.url = `${base}${prefix}`
  return server
}
