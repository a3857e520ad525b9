import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/** One request the fake Vault answered, so tests can prove ESO's vault client called it. */
export interface VaultCall {
  method: string
  path: string
  token: string | undefined
}

/**
 * A loopback HTTP server answering the Vault API calls ESO's vault provider
 * makes with token auth and KV v2: `GET /v1/auth/token/lookup-self` and
 * `GET /v1/<mount>/data/<path>`. Anything else is a 404 with Vault's error
 * body, so an unexpected call shows up as a failing ExternalSecret.
 */
export class FakeVault {
  private server: Server | null = null
  readonly calls: VaultCall[] = []
  /** KV v2 data per `<mount>/<path>`. */
  private readonly kv = new Map<string, Record<string, unknown>>()

  constructor(readonly token: string) {}

  put(mount: string, path: string, data: Record<string, unknown>): void {
    this.kv.set(`${mount}/${path}`, data)
  }

  get url(): string {
    const addr = this.server?.address()
    if (typeof addr !== 'object' || addr === null) throw new Error('fake vault not started')
    return `http://127.0.0.1:${addr.port}`
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res))
    return new Promise((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.server === null) return resolve()
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://vault')
    const header = req.headers['x-vault-token']
    const token = Array.isArray(header) ? header[0] : header
    this.calls.push({ method: req.method ?? '', path: url.pathname, token })
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (token !== this.token) return send(403, { errors: ['permission denied'] })
    if (req.method === 'GET' && url.pathname === '/v1/auth/token/lookup-self') {
      return send(200, {
        request_id: 'e2e',
        lease_id: '',
        renewable: false,
        lease_duration: 0,
        data: { type: 'service', ttl: 3600, expire_time: null, policies: ['default'], id: token, renewable: false }
      })
    }
    // KV v2 read: /v1/<mount>/data/<path>
    const m = /^\/v1\/([^/]+)\/data\/(.+)$/.exec(url.pathname)
    if (req.method === 'GET' && m !== null) {
      const data = this.kv.get(`${m[1]}/${m[2]}`)
      if (data === undefined) return send(404, { errors: [] })
      return send(200, {
        request_id: 'e2e',
        lease_id: '',
        renewable: false,
        lease_duration: 0,
        data: { data, metadata: { created_time: '2026-01-01T00:00:00Z', deletion_time: '', destroyed: false, version: 1 } }
      })
    }
    send(404, { errors: [] })
  }
}
