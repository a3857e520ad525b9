import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { makeServingCert } from './pki.js'

/** Domain of the stand-in vaults: `https://<vault>.vault.azure.test`; `.test` never resolves, so nothing can leak past the proxy. */
export const AZURE_VAULT_DOMAIN = 'vault.azure.test'
/** Microsoft Entra ID stand-in (the credential's authority host). */
export const AZURE_LOGIN_HOST = 'login.azure.test'
const API_VERSION_ITEMS = { created: 1767225600, updated: 1767225600, recoveryLevel: 'Recoverable+Purgeable' }

/** One request the stand-in answered. */
export interface AzureCall {
  host: string
  method: string
  path: string
  /** A request for a secret value (Get Secret), refused and recorded. */
  violation?: boolean
}

/**
 * A local stand-in for Azure Key Vault and the Microsoft Entra ID token
 * endpoint, over TLS with a throw-away CA, reached through an HTTP CONNECT
 * proxy (HTTPS_PROXY) so the SDK talks to real-looking host names
 * (`<vault>.vault.azure.test`, `login.azure.test`) without DNS. It speaks
 * the wire protocol the SDKs use: Key Vault's challenge-based bearer
 * authentication (401 with `WWW-Authenticate: Bearer authorization=...,
 * resource=...`), list secrets and list versions with `nextLink` paging,
 * Key Vault's error bodies; the OpenID configuration and client-credentials
 * token endpoint that MSAL calls. Get Secret (the value) is refused and
 * recorded as a violation. Faults for tests: `deny`, `throttleNext`, `delayMs`.
 */
export class FakeAzure {
  readonly tenant = 'e2e-tenant'
  readonly clientId = 'e2e-client'
  readonly clientSecret = randomBytes(12).toString('hex')
  readonly calls: AzureCall[] = []
  /** Hosts the proxy was asked to reach. */
  readonly tunnels: string[] = []
  /** Vault name -> secret names. */
  private readonly vaults = new Map<string, Set<string>>()
  private readonly accessToken = randomBytes(16).toString('hex')
  private tls: Server | null = null
  private proxy: Server | null = null
  private readonly sockets = new Set<Socket>()
  readonly caPem: string
  private readonly cert: string
  private readonly key: string
  /** Answer 403 (Forbidden) to every Key Vault request. */
  deny = false
  /** This many next Key Vault requests answer 429 with Retry-After: 0. */
  throttleNext = 0
  /** Every Key Vault answer waits this long. */
  delayMs = 0

  constructor(dir: string) {
    const pair = makeServingCert(dir, [`DNS:*.${AZURE_VAULT_DOMAIN}`, `DNS:${AZURE_LOGIN_HOST}`], 'azure-stand-in')
    this.caPem = readFileSync(pair.caCert, 'utf8')
    this.cert = readFileSync(pair.cert, 'utf8')
    this.key = readFileSync(pair.key, 'utf8')
  }

  put(vault: string, names: string[]): void {
    this.vaults.set(vault, new Set(names))
  }

  vaultUrl(vault: string): string {
    return `https://${vault}.${AZURE_VAULT_DOMAIN}`
  }

  get authorityHost(): string {
    return `https://${AZURE_LOGIN_HOST}`
  }

  /** The proxy URL to put in HTTPS_PROXY. */
  get proxyUrl(): string {
    const addr = this.proxy?.address() as AddressInfo | null
    if (!addr) throw new Error('fake Azure not started')
    return `http://127.0.0.1:${addr.port}`
  }

  get violations(): AzureCall[] {
    return this.calls.filter((c) => c.violation === true)
  }

  async start(): Promise<void> {
    this.tls = createHttpsServer({ cert: this.cert, key: this.key }, (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res))
    })
    await new Promise<void>((resolve) => this.tls?.listen(0, '127.0.0.1', resolve))
    const tlsPort = (this.tls.address() as AddressInfo).port
    this.proxy = createHttpServer((_, res) => {
      res.writeHead(405)
      res.end()
    })
    // CONNECT host:443 -> the TLS server, for the stand-in's own host names only.
    this.proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      const target = req.url ?? ''
      this.tunnels.push(target)
      const host = target.replace(/:\d+$/, '')
      if (!(host.endsWith(`.${AZURE_VAULT_DOMAIN}`) || host === AZURE_LOGIN_HOST) || !target.endsWith(':443')) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      // A vault name that does not exist has no DNS record: a proxy cannot connect.
      if (host !== AZURE_LOGIN_HOST && !this.vaults.has(host.slice(0, -AZURE_VAULT_DOMAIN.length - 1))) {
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
        return
      }
      const upstream = connect(tlsPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        if (head.length > 0) upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      for (const s of [client, upstream]) {
        this.sockets.add(s)
        s.on('close', () => this.sockets.delete(s))
        s.on('error', () => s.destroy())
      }
    })
    await new Promise<void>((resolve) => this.proxy?.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    for (const server of [this.proxy, this.tls]) {
      if (server === null) continue
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  private handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const url = new URL(req.url ?? '/', `https://${host}`)
    const call: AzureCall = { host, method: req.method ?? '', path: url.pathname }
    this.calls.push(call)
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      if (res.destroyed) return
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(payload))
    }
    if (host === AZURE_LOGIN_HOST) return this.login(url, body, send)
    const vault = host.endsWith(`.${AZURE_VAULT_DOMAIN}`) ? host.slice(0, -AZURE_VAULT_DOMAIN.length - 1) : ''
    const answer = (): void => this.keyVault(vault, req, url, call, send)
    if (this.delayMs > 0) setTimeout(answer, this.delayMs)
    else answer()
  }

  /** OpenID configuration and the client-credentials token endpoint, as MSAL calls them. */
  private login(url: URL, body: string, send: (status: number, payload: unknown) => void): void {
    const base = `https://${AZURE_LOGIN_HOST}/${this.tenant}`
    if (url.pathname === `/${this.tenant}/v2.0/.well-known/openid-configuration`) {
      return send(200, {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        issuer: `${base}/v2.0`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
        tenant_region_scope: 'EU'
      })
    }
    if (url.pathname === `/${this.tenant}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(body)
      if (
        form.get('grant_type') !== 'client_credentials' ||
        form.get('client_id') !== this.clientId ||
        form.get('client_secret') !== this.clientSecret
      )
        return send(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' })
      if (form.get('scope') !== `https://${AZURE_VAULT_DOMAIN}/.default`)
        return send(400, { error: 'invalid_scope', error_description: `AADSTS70011: unexpected scope ${form.get('scope') ?? ''}` })
      return send(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: this.accessToken })
    }
    send(404, { error: 'not_found' })
  }

  private keyVault(
    vault: string,
    req: IncomingMessage,
    url: URL,
    call: AzureCall,
    send: (s: number, p: unknown, h?: Record<string, string>) => void
  ) {
    const err = (status: number, code: string, message: string, headers: Record<string, string> = {}): void =>
      send(status, { error: { code, message } }, headers)
    if (req.headers.authorization !== `Bearer ${this.accessToken}`) {
      return err(401, 'Unauthorized', 'AKV10000: Request is missing a Bearer or PoP token.', {
        'www-authenticate': `Bearer authorization="https://${AZURE_LOGIN_HOST}/${this.tenant}", resource="https://${AZURE_VAULT_DOMAIN}"`
      })
    }
    const names = this.vaults.get(vault)
    if (names === undefined) return err(404, 'VaultNotFound', `e2e fake: no vault ${vault}`)
    if (this.throttleNext > 0) {
      this.throttleNext--
      return err(429, 'Throttled', 'Operations per second limit reached', { 'retry-after': '0' })
    }
    if (this.deny)
      return err(
        403,
        'Forbidden',
        `Caller is not authorized to perform action on resource. Action: 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'`
      )
    const base = `https://${vault}.${AZURE_VAULT_DOMAIN}`
    const parts = url.pathname.split('/').filter((p) => p !== '')
    const max = Math.min(Number(url.searchParams.get('maxresults') ?? 25) || 25, 25)
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0)
    const item = (name: string, version?: string): Record<string, unknown> => ({
      id: `${base}/secrets/${name}${version ? `/${version}` : ''}`,
      attributes: { enabled: true, ...API_VERSION_ITEMS },
      tags: {}
    })
    const page = (items: Array<Record<string, unknown>>, path: string): void => {
      const next = skip + max
      const nextLink =
        next < items.length
          ? `${base}${path}?api-version=${url.searchParams.get('api-version') ?? ''}&$skiptoken=${next}&maxresults=${max}`
          : null
      send(200, { value: items.slice(skip, next), nextLink })
    }
    if (req.method === 'GET' && parts.length === 1 && parts[0] === 'secrets')
      return page(
        [...names].sort().map((n) => item(n)),
        '/secrets'
      )
    if (req.method === 'GET' && parts.length === 3 && parts[0] === 'secrets' && parts[2] === 'versions') {
      const asked = decodeURIComponent(parts[1] ?? '')
      // Key Vault object names are case-insensitive; the answer carries the name as stored.
      const name = [...names].find((n) => n.toLowerCase() === asked.toLowerCase())
      if (name === undefined) return err(404, 'SecretNotFound', `A secret with (name/id) ${asked} was not found in this key vault.`)
      return page([item(name, 'e2e0000000000000000000000000001')], url.pathname)
    }
    if (req.method === 'GET' && parts[0] === 'secrets' && (parts.length === 2 || parts.length === 3)) {
      call.violation = true
      return err(403, 'Forbidden', 'e2e fake: Get Secret returns a value; verify must never call it')
    }
    err(400, 'BadParameter', `e2e fake: ${req.method ?? ''} ${url.pathname} not supported`)
  }
}
