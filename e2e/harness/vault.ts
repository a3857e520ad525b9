import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/** One request the fake Vault answered, so tests can prove who called what. */
export interface VaultCall {
  method: string
  path: string
  token: string | undefined
  namespace?: string | undefined
  /** A request for a secret value (KV v2 `data/`, a KV v1 read) by a token not allowed to read values. */
  violation?: boolean
}

export interface FakeVaultOptions {
  /** Tokens that may read secret values; default: the main token. Value reads with any other token are refused and recorded. */
  valueReaders?: string[]
  /** Further accepted tokens (e.g. a metadata-only token for `verify`). */
  tokens?: string[]
  /** Mounts that are KV v1 (all others are KV v2). */
  kv1Mounts?: string[]
  /** A JWT auth method: a login at auth/<path>/login with this role and JWT returns `token`. */
  jwt?: { path: string; role: string; jwt: string; token: string }
  /** When set, every request must carry this X-Vault-Namespace. */
  namespace?: string
}

interface KvSecret {
  data: Record<string, unknown>
  version: number
  deleted: boolean
}

/**
 * A loopback HTTP server speaking the parts of the Vault API that ESO's vault
 * provider (token lookup-self, KV v2 reads) and `verify` (JWT login, KV v2
 * metadata, LIST) use. Anything else is a 404 with Vault's error body, so an
 * unexpected call shows up as a failure. Faults for tests: `denyPaths`
 * (403), `throttleNext` (429s), `delayMs`.
 */
export class FakeVault {
  private server: Server | null = null
  readonly calls: VaultCall[] = []
  /** KV data per `<mount>/<path>`. */
  private readonly kv = new Map<string, KvSecret>()
  private readonly options: FakeVaultOptions
  /** API paths (after /v1/) starting with one of these answer 403. */
  denyPaths: string[] = []
  /** This many next requests answer 429 with Retry-After: 0. */
  throttleNext = 0
  /** Every answer waits this long. */
  delayMs = 0

  constructor(
    readonly token: string,
    options: FakeVaultOptions = {}
  ) {
    this.options = options
  }

  put(mount: string, path: string, data: Record<string, unknown>): void {
    const old = this.kv.get(`${mount}/${path}`)
    this.kv.set(`${mount}/${path}`, { data, version: (old?.version ?? 0) + 1, deleted: false })
  }

  /** Soft-delete the current version (KV v2 `DELETE data/`): metadata stays, reads find nothing. */
  deleteCurrent(mount: string, path: string): void {
    const s = this.kv.get(`${mount}/${path}`)
    if (s) s.deleted = true
  }

  /** Value reads by tokens not allowed to read values. */
  get violations(): VaultCall[] {
    return this.calls.filter((c) => c.violation === true)
  }

  get url(): string {
    const addr = this.server?.address()
    if (typeof addr !== 'object' || addr === null) throw new Error('fake vault not started')
    return `http://127.0.0.1:${addr.port}`
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const answer = (): void => this.handle(req, Buffer.concat(chunks).toString('utf8'), res)
        if (this.delayMs > 0) setTimeout(answer, this.delayMs)
        else answer()
      })
    })
    return new Promise((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.server === null) return resolve()
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
  }

  private isV1(mount: string): boolean {
    return this.options.kv1Mounts?.includes(mount) ?? false
  }

  private handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    if (res.destroyed) return
    const url = new URL(req.url ?? '/', 'http://vault')
    const header = req.headers['x-vault-token']
    const token = Array.isArray(header) ? header[0] : header
    const nsHeader = req.headers['x-vault-namespace']
    const namespace = Array.isArray(nsHeader) ? nsHeader[0] : nsHeader
    const call: VaultCall = { method: req.method ?? '', path: url.pathname, token, namespace }
    this.calls.push(call)
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(payload))
    }
    const api = url.pathname.replace(/^\/v1\//, '')
    if (this.throttleNext > 0) {
      this.throttleNext--
      return send(429, { errors: ['request path "' + api + '": rate limit quota exceeded'] }, { 'retry-after': '0' })
    }
    if (this.options.namespace !== undefined && namespace !== this.options.namespace) return send(403, { errors: ['permission denied'] })
    const jwt = this.options.jwt
    if (req.method === 'POST' && jwt !== undefined && api === `auth/${jwt.path}/login`) {
      const input = parse(body)
      if (input.role !== jwt.role) return send(400, { errors: [`role "${String(input.role)}" could not be found`] })
      if (input.jwt !== jwt.jwt) return send(400, { errors: ['error validating token: invalid signature'] })
      return send(200, { auth: { client_token: jwt.token, policies: ['verify'], lease_duration: 600, renewable: true } })
    }
    const known = [this.token, ...(this.options.tokens ?? []), ...(jwt ? [jwt.token] : [])]
    if (token === undefined || !known.includes(token)) return send(403, { errors: ['permission denied'] })
    if (this.denyPaths.some((p) => api.startsWith(p))) return send(403, { errors: ['1 error occurred:\n\t* permission denied\n\n'] })
    if (req.method === 'GET' && api === 'auth/token/lookup-self') {
      return send(200, {
        request_id: 'e2e',
        lease_id: '',
        renewable: false,
        lease_duration: 0,
        data: { type: 'service', ttl: 3600, expire_time: null, policies: ['default'], id: token, renewable: false }
      })
    }
    const isList = req.method === 'LIST' || (req.method === 'GET' && url.searchParams.get('list') === 'true')
    const [mount = '', ...rest] = api.split('/')
    const readers = this.options.valueReaders ?? [this.token]
    if (isList) return this.list(mount, rest, send)
    if (req.method !== 'GET') return send(405, { errors: [] })
    if (this.isV1(mount)) {
      // A KV v1 read returns the value.
      if (!readers.includes(token)) {
        call.violation = true
        return send(403, { errors: ['e2e fake: a value read by a token that must only read metadata'] })
      }
      const s = this.kv.get(`${mount}/${rest.join('/')}`)
      return s === undefined ? send(404, { errors: [] }) : send(200, { data: s.data })
    }
    const [kind, ...path] = rest
    const s = this.kv.get(`${mount}/${path.join('/')}`)
    if (kind === 'data') {
      if (!readers.includes(token)) {
        call.violation = true
        return send(403, { errors: ['e2e fake: a value read by a token that must only read metadata'] })
      }
      if (s === undefined || s.deleted) return send(404, { errors: [] })
      return send(200, {
        request_id: 'e2e',
        lease_id: '',
        renewable: false,
        lease_duration: 0,
        data: { data: s.data, metadata: { created_time: CREATED, deletion_time: '', destroyed: false, version: s.version } }
      })
    }
    if (kind === 'metadata') {
      if (s === undefined) return send(404, { errors: [] })
      const versions: Record<string, unknown> = {}
      for (let v = 1; v <= s.version; v++) {
        const deleted = v === s.version && s.deleted
        versions[String(v)] = { created_time: CREATED, deletion_time: deleted ? CREATED : '', destroyed: false }
      }
      return send(200, {
        request_id: 'e2e',
        data: { cas_required: false, created_time: CREATED, current_version: s.version, custom_metadata: null, versions }
      })
    }
    send(404, { errors: [] })
  }

  /** LIST of a folder: KV v1 `<mount>/<folder>`, KV v2 `<mount>/metadata/<folder>`. */
  private list(mount: string, rest: string[], send: (status: number, payload: unknown) => void): void {
    const folderParts = this.isV1(mount) ? rest : rest[0] === 'metadata' ? rest.slice(1) : null
    if (folderParts === null) return send(404, { errors: [] })
    const folder = folderParts.filter((p) => p !== '').join('/')
    const prefix = `${mount}/${folder === '' ? '' : `${folder}/`}`
    const keys = new Set<string>()
    for (const key of this.kv.keys()) {
      if (!key.startsWith(prefix)) continue
      const tail = key.slice(prefix.length)
      const cut = tail.indexOf('/')
      keys.add(cut < 0 ? tail : `${tail.slice(0, cut + 1)}`)
    }
    if (keys.size === 0) return send(404, { errors: [] })
    send(200, { data: { keys: [...keys].sort() } })
  }
}

const CREATED = '2026-01-01T00:00:00Z'

function parse(body: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(body)
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
