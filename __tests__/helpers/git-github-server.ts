import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { GIT_ENV } from './git.js'

/**
 * A tiny stand-in for the GitHub API, backed by a real bare repository: just
 * the GraphQL operations publish uses (PublishHead, PublishTree,
 * createCommitOnBranch with expectedHeadOid) and the three REST calls that
 * start a missing branch (trees, commits, refs). Commits are made with git plumbing and the branch
 * moves with `update-ref <new> <old>`, an atomic compare-and-swap, so
 * concurrent mutations behave as on GitHub: one wins, the others get a
 * head-moved (STALE_DATA) error. `failFirstCommits` answers the first N
 * mutations with a 502, like a GitHub hiccup.
 */
export interface FakeGitHub {
  url: string
  /** Operation names in arrival order, e.g. 'PublishHead', 'PublishCommit:stale', 'POST /git/refs'. */
  calls: string[]
  close(): Promise<void>
}

function run(
  gitDir: string,
  args: string[],
  opts: { input?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      args,
      { env: { ...GIT_ENV, GIT_DIR: gitDir, ...opts.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout) => resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : 1, out: stdout })
    )
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(opts.input ?? '')
  })
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)))
  const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {}
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(payload))
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {}
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

export async function startFakeGitHub(
  gitDir: string,
  opts: { owner: string; repo: string; token: string; tmp: string; failFirstCommits?: number }
): Promise<FakeGitHub> {
  const calls: string[] = []
  let seq = 0
  let failedCommits = 0
  const typeName: Record<string, string> = { tree: 'Tree', blob: 'Blob', commit: 'Commit' }

  async function graphql(query: string, vars: Record<string, unknown>): Promise<unknown> {
    if (query.includes('query PublishHead')) {
      calls.push('PublishHead')
      if (vars.owner !== opts.owner || vars.name !== opts.repo) return { data: { repository: null } }
      const r = await run(gitDir, ['rev-parse', '--verify', '--quiet', `${str(vars.ref)}^{commit}`])
      return { data: { repository: { ref: r.code === 0 ? { target: { oid: r.out.trim() } } : null } } }
    }
    if (query.includes('query PublishTree')) {
      calls.push('PublishTree')
      const repository: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(vars)) {
        if (!/^a\d+$/.test(k) && k !== 'dir') continue
        const t = await run(gitDir, ['cat-file', '-t', str(v)])
        const kind = t.code === 0 ? t.out.trim() : ''
        if (kind === '') repository[k] = null
        else if (k !== 'dir' || kind !== 'tree') repository[k] = { __typename: typeName[kind] ?? 'Blob' }
        else {
          const ls = await run(gitDir, ['ls-tree', '-z', str(v)])
          const entries = []
          for (const line of ls.out.split('\0').filter((l) => l !== '')) {
            const [meta = '', name = ''] = line.split('\t')
            const [mode = '', type = '', oid = ''] = meta.split(' ')
            const object =
              type === 'blob' ? { text: (await run(gitDir, ['cat-file', 'blob', oid])).out, isBinary: false, isTruncated: false } : {}
            entries.push({ name, type, mode: Number.parseInt(mode, 8), object })
          }
          repository[k] = { __typename: 'Tree', entries }
        }
      }
      return { data: { repository } }
    }
    if (query.includes('mutation PublishCommit')) {
      if (failedCommits < (opts.failFirstCommits ?? 0)) {
        failedCommits++
        calls.push('PublishCommit:502')
        return 502
      }
      return commitOnBranch(rec(vars.input))
    }
    return { errors: [{ message: 'fake GitHub: unsupported query' }] }
  }

  async function commitOnBranch(input: Record<string, unknown>): Promise<unknown> {
    const branch = rec(input.branch)
    const expected = str(input.expectedHeadOid)
    const ref = `refs/heads/${str(branch.branchName)}`
    const stale = (): unknown => {
      calls.push('PublishCommit:stale')
      return {
        data: { createCommitOnBranch: null },
        errors: [{ type: 'STALE_DATA', message: `Expected branch to point to "${expected}" but it did not. Pull and try again.` }]
      }
    }
    if (str(branch.repositoryNameWithOwner) !== `${opts.owner}/${opts.repo}`)
      return { errors: [{ type: 'NOT_FOUND', message: 'no such repository' }] }
    const head = await run(gitDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
    if (head.code !== 0) return { errors: [{ type: 'NOT_FOUND', message: `branch ${ref} not found` }] }
    if (head.out.trim() !== expected) return stale()
    const index = join(opts.tmp, `fake-gh-index-${++seq}`)
    const env = { GIT_INDEX_FILE: index }
    await run(gitDir, ['read-tree', expected], { env })
    const changes = rec(input.fileChanges)
    const lines: string[] = []
    for (const a of arr(changes.additions)) {
      const path = str(rec(a).path)
      if (path.split('/').some((s) => s === '' || s === '.' || s === '..')) return { errors: [{ message: `invalid path ${path}` }] }
      const content = Buffer.from(str(rec(a).contents), 'base64').toString('utf8')
      const oid = (await run(gitDir, ['hash-object', '-w', '--stdin'], { input: content })).out.trim()
      lines.push(`100644 ${oid}\t${path}\0`)
    }
    for (const d of arr(changes.deletions)) lines.push(`0 ${'0'.repeat(40)}\t${str(rec(d).path)}\0`)
    await run(gitDir, ['update-index', '-z', '--index-info'], { input: lines.join(''), env })
    const tree = (await run(gitDir, ['write-tree'], { env })).out.trim()
    await rm(index, { force: true })
    const message = rec(input.message)
    const text = str(message.body) === '' ? str(message.headline) : `${str(message.headline)}\n\n${str(message.body)}`
    const sha = (
      await run(gitDir, ['commit-tree', tree, '-p', expected, '-F', '-'], {
        input: text,
        env: { GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' }
      })
    ).out.trim()
    // Compare-and-swap: fails if another mutation moved the branch since our check.
    if ((await run(gitDir, ['update-ref', ref, sha, expected])).code !== 0) return stale()
    calls.push('PublishCommit')
    return { data: { createCommitOnBranch: { commit: { oid: sha } } } }
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (!/^(token|bearer) /i.test(req.headers.authorization ?? '') || req.headers.authorization?.slice(6).trim() !== opts.token)
        return send(res, 401, { message: 'Bad credentials' })
      const payload = await body(req)
      const url = req.url ?? ''
      if (req.method === 'POST' && url === '/graphql') {
        const answer = await graphql(str(payload.query), rec(payload.variables))
        return answer === 502 ? send(res, 502, { message: 'Bad Gateway' }) : send(res, 200, answer)
      }
      const prefix = `/repos/${opts.owner}/${opts.repo}/git/`
      if (req.method === 'POST' && url === `${prefix}trees`) {
        // Only what publish sends: blobs with inline content, no base_tree.
        calls.push('POST /git/trees')
        if (payload.base_tree !== undefined) return send(res, 422, { message: 'fake GitHub: base_tree not supported' })
        const index = join(opts.tmp, `fake-gh-tree-${++seq}`)
        const env = { GIT_INDEX_FILE: index }
        await run(gitDir, ['read-tree', '--empty'], { env })
        for (const e of arr(payload.tree)) {
          const oid = (await run(gitDir, ['hash-object', '-w', '--stdin'], { input: str(rec(e).content) })).out.trim()
          await run(gitDir, ['update-index', '--add', '--cacheinfo', `${str(rec(e).mode)},${oid},${str(rec(e).path)}`], { env })
        }
        const tree = (await run(gitDir, ['write-tree'], { env })).out.trim()
        await rm(index, { force: true })
        return send(res, 201, { sha: tree })
      }
      if (req.method === 'POST' && url === `${prefix}commits`) {
        // The tree must exist, as on GitHub (which no longer accepts the well-known empty tree either).
        calls.push('POST /git/commits')
        const parents = arr(payload.parents).flatMap((p) => ['-p', str(p)])
        const r = await run(gitDir, ['commit-tree', str(payload.tree), ...parents, '-m', str(payload.message)])
        return r.code === 0 ? send(res, 201, { sha: r.out.trim() }) : send(res, 422, { message: 'Tree SHA does not exist' })
      }
      if (req.method === 'POST' && url === `${prefix}refs`) {
        calls.push('POST /git/refs')
        const r = await run(gitDir, ['update-ref', str(payload.ref), str(payload.sha), ''])
        return r.code === 0
          ? send(res, 201, { ref: payload.ref, object: { sha: payload.sha } })
          : send(res, 422, { message: 'Reference already exists' })
      }
      send(res, 404, { message: 'Not Found' })
    })().catch((err: unknown) => send(res, 500, { message: String(err) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
