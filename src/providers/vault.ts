import type { Presence } from '../core/verify/types.js'
import { isAbort, networkCode, ProviderError, shortMessage, type SecretDirectory } from './directory.js'

/**
 * Vault and OpenBao over their HTTP API, by hand: there is no official
 * Vault SDK for Node (node-vault is a community client as wide as the whole
 * API), and `verify` needs three calls: a JWT login, a KV v2 `metadata`
 * read and a `LIST`. None returns a secret value: KV v2 `data/` and KV v1
 * reads are never made.
 */

/**
 * Attempts per request: Vault answers 429 when a rate-limit quota is hit and
 * 5xx while a node is sealed or on standby behind a balancer.
 */
const ATTEMPTS = 3
const BASE_DELAY_MS = 250
/** The longest Retry-After we wait for; beyond it the per-store timeout is the better judge. */
const MAX_DELAY_MS = 5_000
const RETRY_STATUS = new Set([429, 500, 502, 503, 504])

/** How to reach one Vault: address, token and namespace (X-Vault-Namespace). */
export interface VaultConnection {
  address: string
  token: string
  namespace?: string
}

interface VaultResponse {
  status: number
  body: unknown
}

/**
 * One Vault request with a small bounded retry: up to 3 attempts on 429 and
 * 5xx, waiting Retry-After when the server sends one (at most 5 s) or an
 * exponential backoff with jitter, so a rate-limited Vault is not hammered
 * and one blip does not leave a store unchecked.
 */
export async function vaultRequest(
  conn: Omit<VaultConnection, 'token'> & { token?: string },
  method: 'GET' | 'POST',
  path: string,
  signal: AbortSignal,
  body?: unknown
): Promise<VaultResponse> {
  const url = `${conn.address.replace(/\/+$/, '')}/v1/${path}`
  const headers: Record<string, string> = { accept: 'application/json' }
  if (conn.token !== undefined) headers['x-vault-token'] = conn.token
  if (conn.namespace) headers['x-vault-namespace'] = conn.namespace
  if (body !== undefined) headers['content-type'] = 'application/json'
  for (let attempt = 1; ; attempt++) {
    let res: Response
    try {
      res = await fetch(url, { method, headers, signal, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) })
    } catch (err) {
      if (isAbort(err, signal)) throw new ProviderError('timeout', `Vault did not answer in time`)
      throw new ProviderError('unreachable', `Vault at ${origin(conn.address)} is unreachable (${networkCode(err) ?? shortMessage(err)})`)
    }
    const text = await res.text().catch(() => '')
    if (!RETRY_STATUS.has(res.status) || attempt >= ATTEMPTS) return { status: res.status, body: parseJson(text) }
    await sleep(retryDelay(res.headers.get('retry-after'), attempt), signal)
  }
}

/**
 * Log in with a JWT (the workflow's OIDC token) at `auth/<authPath>/login`
 * for `role`; returns the client token. The JWT and the token never appear
 * in an error message.
 */
export async function vaultJwtLogin(
  conn: Omit<VaultConnection, 'token'>,
  authPath: string,
  role: string,
  jwt: string,
  signal: AbortSignal
): Promise<string> {
  const path = `auth/${segments(authPath.replace(/^\/+|\/+$/g, ''))}/login`
  const res = await vaultRequest(conn, 'POST', path, signal, { role, jwt })
  const auth = field(res.body, 'auth')
  const token = field(auth, 'client_token')
  if (res.status === 200 && typeof token === 'string' && token !== '') return token
  throw new ProviderError('denied', `Vault JWT login at auth/${authPath} for role "${role}" failed (${res.status}${vaultErrors(res.body)})`)
}

/**
 * The secrets of one KV mount. KV v2: a `metadata/<path>` read per secret
 * (a current version that is deleted or destroyed counts as missing: ESO
 * cannot read it). KV v1 has no metadata endpoint, so a `LIST` of the parent
 * folder, one per folder however many of its secrets are checked.
 */
export function vaultDirectory(conn: VaultConnection, mount: string, version: 'v1' | 'v2'): SecretDirectory {
  const folders = new Map<string, Promise<Set<string> | null>>()
  const list = (folder: string, signal: AbortSignal): Promise<Set<string> | null> => {
    let p = folders.get(folder)
    if (p === undefined) {
      const path = [mount, folder].filter((s) => s !== '').join('/')
      p = vaultRequest(conn, 'GET', `${segments(path)}/?list=true`, signal).then((res) => {
        if (res.status === 404) return null
        if (res.status !== 200) throw statusError(res, `LIST ${path}/`, conn)
        const keys = field(field(res.body, 'data'), 'keys')
        return new Set(Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [])
      })
      folders.set(folder, p)
    }
    return p
  }
  return {
    batchSize: 1,
    async check(names, signal) {
      const out = new Map<string, Presence>()
      for (const name of names) {
        refuseDotSegments(mount, name)
        if (version === 'v1') {
          const cut = name.lastIndexOf('/')
          const keys = await list(cut < 0 ? '' : name.slice(0, cut), signal)
          out.set(name, keys?.has(name.slice(cut + 1)) === true ? { state: 'present' } : { state: 'missing' })
          continue
        }
        const path = `${mount}/metadata/${name}`
        const res = await vaultRequest(conn, 'GET', segments(path), signal)
        if (res.status === 404) out.set(name, { state: 'missing' })
        else if (res.status === 200) out.set(name, currentVersion(field(res.body, 'data')))
        else throw statusError(res, `read of ${path}`, conn)
      }
      return out
    }
  }
}

/**
 * The URL parser applies `.` and `..` segments (encodeURIComponent leaves
 * dots as they are), so `<mount>/metadata/../data/db` would be a read of a
 * secret's value, and a `..` in the mount could reach any path the token may
 * read. Such a path is not asked at all.
 */
function refuseDotSegments(mount: string, name: string): void {
  const dots = (path: string): boolean => path.split('/').some((s) => s === '.' || s === '..')
  if (dots(mount)) throw new ProviderError('failed', `the mount "${mount}" has a "." or ".." segment; verify does not ask for such a path`)
  if (dots(name)) {
    throw new ProviderError(
      'failed',
      `remote secret "${name}" has a "." or ".." path segment; verify does not ask for such a path (Vault would resolve it to another one)`
    )
  }
}

/** KV v2 metadata: is the current version readable? */
function currentVersion(data: unknown): Presence {
  const current = field(data, 'current_version')
  const v = field(field(data, 'versions'), String(current))
  if (field(v, 'destroyed') === true) return { state: 'missing', note: `its current version ${String(current)} is destroyed` }
  const deleted = field(v, 'deletion_time')
  if (typeof deleted === 'string' && deleted !== '' && Date.parse(deleted) <= Date.now())
    return { state: 'missing', note: `its current version ${String(current)} is deleted` }
  return { state: 'present' }
}

function statusError(res: VaultResponse, call: string, conn: Omit<VaultConnection, 'token'>): ProviderError {
  const detail = `${res.status}${vaultErrors(res.body)}`
  if (res.status === 403 || res.status === 401)
    return new ProviderError('denied', `permission denied for ${call} at ${origin(conn.address)} (${detail})`)
  if (res.status === 429) return new ProviderError('throttled', `${call} was still rate-limited after ${ATTEMPTS} attempts (${detail})`)
  return new ProviderError('failed', `${call} at ${origin(conn.address)} failed (${detail})`)
}

function vaultErrors(body: unknown): string {
  const errors = field(body, 'errors')
  const texts = Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string' && e !== '') : []
  return texts.length > 0 ? `: ${texts.join('; ').slice(0, 200)}` : ''
}

function retryDelay(retryAfter: string | null, attempt: number): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_DELAY_MS)
  return Math.min(BASE_DELAY_MS * 2 ** (attempt - 1) * (0.5 + Math.random() / 2), MAX_DELAY_MS)
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new ProviderError('timeout', 'Vault did not answer in time'))
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(t)
      reject(new ProviderError('timeout', 'Vault did not answer in time'))
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Each path segment URL-encoded, the slashes kept. */
function segments(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/')
}

function origin(address: string): string {
  try {
    return new URL(address).origin
  } catch {
    return address
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function field(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined
}
