import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { GIT_ENV } from './git.js'

/**
 * A smart-HTTP git server for tests: git's own `http-backend` (CGI) behind a
 * small Node server. Optionally demands an Authorization header, and records
 * every request's URL and Authorization header so tests can check what the
 * client sent (and that no token leaked into a URL). `failFirst` answers the
 * first N requests with 502, like a flaky proxy; `refusePush` answers every
 * push request the way GitHub answers a token that may read but not write;
 * `delayMs` holds each answer, so a test can watch the client's processes.
 */
export interface GitHttpServer {
  /** http://127.0.0.1:PORT/<repo path relative to root> */
  url(repo: string): string
  requests: Array<{ method: string; url: string; authorization: string | undefined }>
  close(): Promise<void>
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** The auth scheme is case-insensitive (RFC 9110); the credentials are not. */
function normalizeAuth(v: string | undefined): string | undefined {
  return v?.replace(/^\S+/, (scheme) => scheme.toLowerCase())
}

export async function startGitHttpServer(
  projectRoot: string,
  opts: {
    requireAuthorization?: string
    failFirst?: number
    refusePush?: { status: number; message: string; on: 'GET' | 'POST' }
    delayMs?: number
  } = {}
): Promise<GitHttpServer> {
  const requests: GitHttpServer['requests'] = []
  const server: Server = createServer((req, res) => {
    void (async () => {
      const authorization = req.headers.authorization
      requests.push({ method: req.method ?? '', url: req.url ?? '', authorization })
      if (opts.requireAuthorization !== undefined && normalizeAuth(authorization) !== normalizeAuth(opts.requireAuthorization)) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' })
        res.end('unauthorized')
        return
      }
      if (opts.failFirst !== undefined && requests.length <= opts.failFirst) {
        res.writeHead(502)
        res.end('bad gateway')
        return
      }
      if (opts.refusePush !== undefined && (req.url ?? '').includes('git-receive-pack') && req.method === opts.refusePush.on) {
        res.writeHead(opts.refusePush.status, { 'Content-Type': 'text/plain' })
        res.end(`${opts.refusePush.message}\n`)
        return
      }
      if (opts.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, opts.delayMs))
      const body = await readBody(req)
      const u = new URL(req.url ?? '/', 'http://localhost')
      const env: NodeJS.ProcessEnv = {
        ...GIT_ENV,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(u.pathname),
        QUERY_STRING: u.search.replace(/^\?/, ''),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(body.length),
        REMOTE_USER: 'test',
        REMOTE_ADDR: '127.0.0.1'
      }
      if (typeof req.headers['content-encoding'] === 'string') env.HTTP_CONTENT_ENCODING = req.headers['content-encoding']
      if (typeof req.headers['git-protocol'] === 'string') env.GIT_PROTOCOL = req.headers['git-protocol']
      const cgi = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'inherit'] })
      const out: Buffer[] = []
      cgi.stdout.on('data', (c: Buffer) => out.push(c))
      cgi.stdin.on('error', () => undefined)
      cgi.stdin.end(body)
      cgi.on('close', () => {
        const raw = Buffer.concat(out)
        let sep = raw.indexOf('\r\n\r\n')
        let sepLen = 4
        if (sep < 0) {
          sep = raw.indexOf('\n\n')
          sepLen = 2
        }
        const head = raw.subarray(0, Math.max(sep, 0)).toString('latin1')
        let status = 200
        const headers: Record<string, string> = {}
        for (const line of head.split(/\r?\n/)) {
          const i = line.indexOf(':')
          if (i < 0) continue
          const k = line.slice(0, i).trim()
          const v = line.slice(i + 1).trim()
          if (k.toLowerCase() === 'status') status = Number.parseInt(v, 10)
          else headers[k] = v
        }
        res.writeHead(status, headers)
        res.end(sep < 0 ? raw : raw.subarray(sep + sepLen))
      })
    })().catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address')
  const port = address.port
  return {
    url: (repo) => `http://127.0.0.1:${port}/${repo}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
