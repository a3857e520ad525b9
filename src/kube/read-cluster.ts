import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  Observable,
  type ConfigurationOptions,
  type ObservableMiddleware,
  type RequestContext,
  type ResponseContext
} from '@kubernetes/client-node'
import type { ClusterSnapshot } from '../core/cluster/snapshot.js'
import { unreachableSnapshot } from '../core/cluster/snapshot.js'
import { isRecord } from '../core/values.js'
import { KubeconfigError, loadKubeconfig, type KubeconfigSource, type LoadedKubeconfig } from './kubeconfig.js'
import { toClusterExternalSecret, toExternalSecret, toNamespace, toStore } from './objects.js'
import { CLUSTER_READS, ESO_GROUP, permissionText, type ClusterRead } from './reads.js'

export interface ReadClusterOptions {
  /** Bound of one HTTP call, in ms (default 10 s). */
  callTimeoutMs?: number
  /** Bound of the whole read, in ms (default 60 s). */
  totalTimeoutMs?: number
  /** Retries of a call that failed in a way worth retrying (default 2). */
  retries?: number
  /** Items per list page (default 500) and most items read per list (default 50,000). */
  pageSize?: number
  maxItems?: number
  /** Waits between retries; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>
}

/** The bounds of one cluster read (docs/threat-model.md quotes them). */
export const DEFAULTS = { callTimeoutMs: 10_000, totalTimeoutMs: 60_000, retries: 2, pageSize: 500, maxItems: 50_000 }

/** What each list is called in a notice. */
const LABEL: Record<ClusterRead['what'], string> = {
  namespaces: 'Namespaces',
  stores: 'ClusterSecretStores',
  clusterExternalSecrets: 'ClusterExternalSecrets',
  externalSecrets: 'ExternalSecrets'
}

/** ESO served `v1` from 0.16 on; older installs serve only `v1beta1`. */
const ESO_VERSIONS = ['v1', 'v1beta1'] as const

/**
 * Read what the review needs from a cluster: namespaces with their labels,
 * ClusterSecretStores, ClusterExternalSecrets and ExternalSecrets, with
 * their status (docs/cluster.md). Never throws and never writes: a
 * kubeconfig that cannot be used, an unreachable server, refused
 * credentials or a timeout give a snapshot with `reachable: false` and one
 * notice saying what was tried; a missing permission or CRD leaves that one
 * list null with a notice naming it, and the other lists are still read.
 */
export async function readCluster(
  source: KubeconfigSource,
  context: string | null,
  options: ReadClusterOptions = {}
): Promise<ClusterSnapshot> {
  const o = { ...DEFAULTS, sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), ...options }
  let loaded: LoadedKubeconfig
  try {
    loaded = loadKubeconfig(source, context)
  } catch (err) {
    const what = 'content' in source ? 'the kubeconfig' : `the kubeconfig ${source.path}`
    const why = err instanceof KubeconfigError ? err.message : 'cannot be loaded'
    return unreachableSnapshot(context ?? '(none)', `Cluster not read: ${what}: ${why}.`)
  }
  const reader = new Reader(loaded, o)
  const snapshot: ClusterSnapshot = {
    context: loaded.context,
    reachable: true,
    namespaces: null,
    stores: null,
    clusterExternalSecrets: null,
    externalSecrets: null,
    notices: []
  }
  let read = 0
  for (const r of CLUSTER_READS) {
    const res = await reader.list(r)
    if (res.kind === 'fatal') {
      // The server, the credentials or the clock failed us: nothing more will work, so stop at one notice.
      const rest = read > 0 ? ' The rest was not read.' : ''
      if (read === 0) return unreachableSnapshot(loaded.context, `${res.notice}${rest}`)
      snapshot.notices.push(`${res.notice}${rest}`)
      break
    }
    if (res.kind === 'missing') {
      snapshot.notices.push(res.notice)
      continue
    }
    read++
    switch (r.what) {
      case 'namespaces':
        snapshot.namespaces = res.items.map(toNamespace).filter((x) => x !== null)
        break
      case 'stores':
        snapshot.stores = res.items.map(toStore).filter((x) => x !== null)
        break
      case 'clusterExternalSecrets':
        snapshot.clusterExternalSecrets = res.items.map(toClusterExternalSecret).filter((x) => x !== null)
        break
      case 'externalSecrets':
        snapshot.externalSecrets = res.items.map(toExternalSecret).filter((x) => x !== null)
        break
    }
  }
  return snapshot
}

type ListResult =
  { kind: 'ok'; items: unknown[] } | { kind: 'missing'; notice: string; notFound: boolean } | { kind: 'fatal'; notice: string }

type Failure = { fatal: boolean; text: string; notFound: boolean }

class Reader {
  private readonly core: CoreV1Api
  private readonly custom: CustomObjectsApi
  private readonly deadline: number
  /** Whether the user's credentials come from a program (an exec plugin or an auth provider), whose errors are not ours to repeat. */
  private readonly plugin: boolean
  /** The ESO API version the cluster serves, once known. */
  private esoVersion: string | null = null
  private esoMissing = false

  constructor(
    private readonly kc: LoadedKubeconfig,
    private readonly o: typeof DEFAULTS & { sleep: (ms: number) => Promise<void> }
  ) {
    this.core = kc.config.makeApiClient(CoreV1Api)
    this.custom = kc.config.makeApiClient(CustomObjectsApi)
    this.deadline = Date.now() + o.totalTimeoutMs
    const user = kc.config.getCurrentUser()
    this.plugin = user !== null && (user.exec != null || user.authProvider != null)
  }

  async list(r: ClusterRead): Promise<ListResult> {
    if (r.group === '')
      return this.pages(r, (signal, cont) => this.core.listNamespace({ limit: this.o.pageSize, _continue: cont }, withSignal(signal)))
    if (this.esoMissing)
      return { kind: 'missing', notFound: true, notice: `${LABEL[r.what]} not read: ESO's API is not served by the cluster.` }
    const versions = this.esoVersion === null ? ESO_VERSIONS : [this.esoVersion]
    for (const version of versions) {
      const res = await this.pages(r, (signal, cont) =>
        this.custom.listClusterCustomObject(
          { group: ESO_GROUP, version, plural: r.resource, limit: this.o.pageSize, _continue: cont },
          withSignal(signal)
        )
      )
      if (res.kind !== 'missing' || !res.notFound) {
        if (res.kind === 'ok') this.esoVersion = version
        return res
      }
    }
    if (this.esoVersion === null) this.esoMissing = true
    return {
      kind: 'missing',
      notFound: true,
      notice: `${LABEL[r.what]} not read: ESO's API (${ESO_GROUP} v1 or v1beta1) is not served by the cluster; is ESO installed?`
    }
  }

  /** Every page of one list, each call bounded and retried where worth it. */
  private async pages(r: ClusterRead, call: (signal: AbortSignal, cont: string | undefined) => Promise<unknown>): Promise<ListResult> {
    const items: unknown[] = []
    let cont: string | undefined
    do {
      let page: unknown
      try {
        page = await this.attempt(call, cont)
      } catch (f) {
        const failure = classify(f, r, this.o.callTimeoutMs, this.plugin)
        const where = `context "${this.kc.context}"`
        if (failure.fatal) {
          return { kind: 'fatal', notice: `Cluster not read (${where}): ${permissionText(r)} failed: ${failure.text}.` }
        }
        return { kind: 'missing', notFound: failure.notFound, notice: `${LABEL[r.what]} not read (${where}): ${failure.text}.` }
      }
      // Anything that is not a list (a sign-in page of a proxy, a web server at the kubeconfig's address) is no
      // cluster: reading it as an empty list would tell the review that nothing exists there.
      if (!isRecord(page) || !Array.isArray(page.items)) {
        return {
          kind: 'fatal',
          notice:
            `Cluster not read (context "${this.kc.context}"): ${permissionText(r)} failed: ` +
            'the answer is not a Kubernetes list; is the server of the kubeconfig a Kubernetes API server?'
        }
      }
      items.push(...page.items)
      // Typed lists (namespaces) come deserialized, where the field is `_continue`; custom objects come as raw JSON.
      const meta = isRecord(page.metadata) ? page.metadata : {}
      const next = meta.continue ?? meta._continue
      cont = typeof next === 'string' && next !== '' ? next : undefined
      if (items.length > this.o.maxItems) {
        return {
          kind: 'missing',
          notFound: false,
          notice: `${LABEL[r.what]} not used: more than ${this.o.maxItems}; nothing is said from a partial list.`
        }
      }
    } while (cont !== undefined)
    return { kind: 'ok', items }
  }

  private async attempt(
    call: (signal: AbortSignal, cont: string | undefined) => Promise<unknown>,
    cont: string | undefined
  ): Promise<unknown> {
    for (let i = 0; ; i++) {
      const left = this.deadline - Date.now()
      if (left <= 0) throw new DeadlineError()
      try {
        return await bounded(Math.min(this.o.callTimeoutMs, left), (signal) => call(signal, cont))
      } catch (err) {
        if (!retryable(err) || i >= this.o.retries) throw err
        await this.o.sleep(backoffMs(err, i))
      }
    }
  }
}

class DeadlineError extends Error {
  override name = 'DeadlineError'
}

class CallTimeout extends Error {
  override name = 'CallTimeout'
}

/**
 * Run `fn` with a signal that aborts after `ms`, and give up at that time
 * even if `fn` ignores the signal (a credential plugin run before the
 * request cannot be aborted).
 */
async function bounded<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new CallTimeout())
    }, ms)
  })
  try {
    return await Promise.race([fn(controller.signal), expired])
  } finally {
    clearTimeout(timer)
  }
}

/** Per-call options that hand the abort signal to the request (client-node sends with fetch). */
function withSignal(signal: AbortSignal): ConfigurationOptions {
  const mw: ObservableMiddleware = {
    pre: (ctx: RequestContext) => {
      ctx.setSignal(signal)
      return new Observable(Promise.resolve(ctx))
    },
    post: (res: ResponseContext) => new Observable(Promise.resolve(res))
  }
  return { middleware: [mw], middlewareMergeStrategy: 'append' }
}

/** 250 ms, then 1 s; a server's Retry-After (capped at 5 s) wins. */
function backoffMs(err: unknown, attempt: number): number {
  if (err instanceof ApiException) {
    const h = Number((err.headers as Record<string, string | undefined>)['retry-after'])
    if (Number.isFinite(h) && h > 0) return Math.min(h, 5) * 1000
  }
  return attempt === 0 ? 250 : 1000
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_HEADERS_TIMEOUT: 'no answer',
  CERT_HAS_EXPIRED: 'TLS: the server certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS: the server certificate is not signed by the kubeconfig CA',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS: the server certificate is not signed by the kubeconfig CA',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS: the server certificate is not signed by the kubeconfig CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS: the server certificate is not signed by the kubeconfig CA',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS: the server certificate does not name this host'
}
/** Network failures that a second try may not meet: the connection dropped mid-call. */
const RETRY_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'])

/**
 * Worth another try: 429 and 5xx answers (the server says "later") and a
 * connection dropped mid-call. Not retried: a refused connection, a timeout,
 * 401, 403 and 404 (trying again cannot change the answer, only the wait).
 */
function retryable(err: unknown): boolean {
  if (err instanceof ApiException) return err.code === 429 || err.code >= 500
  const code = errorCode(err)
  return code !== null && RETRY_CODES.has(code)
}

/**
 * Turn any failure into words that name what was tried, never a response
 * body or a credential: HTTP errors by status, network errors by their
 * code. Fatal failures (the server, the credentials or the clock) end the
 * read; the others (a permission, a resource not served, a server error on
 * one list) leave only that list unread. `plugin`: the credentials come
 * from a program, whose failure is told without its text.
 */
function classify(err: unknown, r: ClusterRead, callTimeoutMs: number, plugin: boolean): Failure {
  const failure = (fatal: boolean, text: string, notFound = false): Failure => ({ fatal, text, notFound })
  if (err instanceof DeadlineError) return failure(true, 'the time for reading the cluster ran out')
  if (err instanceof CallTimeout || (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'))) {
    return failure(true, `no answer within ${callTimeoutMs < 1000 ? `${callTimeoutMs} ms` : `${Math.round(callTimeoutMs / 1000)} s`}`)
  }
  if (err instanceof ApiException) {
    const code = err.code
    if (code === 401) return failure(true, 'the API server refused the credentials (HTTP 401); the token may have expired')
    if (code === 403) {
      return failure(
        false,
        `permission denied (HTTP 403): the credentials may not "${permissionText(r)}" at cluster scope (docs/cluster.md)`
      )
    }
    // Every API server serves namespaces: a 404 there means the address is not one (a proxy path left out),
    // and the ESO lists would then be blamed on a missing ESO.
    if (code === 404 && r.group === '')
      return failure(true, 'not served (HTTP 404); the server of the kubeconfig does not serve the Kubernetes API at that address')
    if (code === 404) return failure(false, 'not served (HTTP 404)', true)
    return failure(false, `the API server answered HTTP ${code}`)
  }
  const code = errorCode(err)
  const syscall = isRecord(err) && typeof err.syscall === 'string' ? err.syscall : ''
  // System errors of this machine carry a code like a failed connection does; what failed is in `syscall`.
  if (code !== null && syscall.startsWith('spawn'))
    return failure(true, `the kubeconfig's exec credential plugin could not be run (${code})`)
  if (code !== null && syscall === 'open') return failure(true, `a certificate or key file the kubeconfig names cannot be read (${code})`)
  if (code !== null) return failure(true, NETWORK_WORDS[code] ?? `cannot connect (${code})`)
  // Anything else failed before the request. A plugin's error is its stderr, or a JSON parse error that quotes
  // its output: either can hold the very token it was to print, and this notice goes into a pull request.
  if (plugin) return failure(true, "the kubeconfig's credential plugin failed (its output is not repeated: it may hold a credential)")
  // Without a plugin the error is the client's own, about the kubeconfig (`HTTP protocol is not allowed when skipTLSVerify is not set`).
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200) ?? ''
  return failure(true, `the request could not be made: ${msg.replace(/\.+$/, '')}`)
}

/** The system or undici error code of a failed fetch (`fetch failed` wraps it in `cause`). */
function errorCode(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; isRecord(e) && depth < 4; e = e.cause, depth++) {
    if (typeof e.code === 'string' && e.code !== '') return e.code
  }
  return null
}
