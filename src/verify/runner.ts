import { describeLocation, locationKey } from '../core/verify/plan.js'
import type { Presence, RemoteLocation, StorePlan, StoreResult, VerifyPlan } from '../core/verify/types.js'
import { ProviderError, type SecretDirectory } from '../providers/directory.js'

/** Calls in flight per provider location: enough to hide latency, few enough not to trip rate limits. */
export const CONCURRENCY = 8
/**
 * A store is listed instead of checked name by name from this many
 * references on: below it, one call per name is at most a few calls anyway.
 */
export const LIST_FROM = 2 * CONCURRENCY
/** Default time one store (credentials included) may take before its unchecked names are reported. */
export const STORE_TIMEOUT_MS = 30_000

/** How the runner reaches a provider location; throws a ProviderError when it cannot (e.g. no credentials). */
export type Connect = (location: RemoteLocation, signal: AbortSignal) => Promise<SecretDirectory>

export interface RunOptions {
  connect: Connect
  concurrency?: number
  storeTimeoutMs?: number
}

/**
 * Ask the providers about every remote secret of the plan. Stores that point
 * at the same location (same vault, account region, mount) are checked
 * together, each remote secret once. Per location:
 *
 * - from LIST_FROM references on, and where the provider lists names, the
 *   store is listed first, for at most ceil(references / concurrency) pages:
 *   that many sequential pages take no longer than the name-by-name calls
 *   would (which run `concurrency` at a time) and make far fewer calls. A
 *   listing that ends within that budget settles every name (absent means
 *   missing); a longer one is abandoned and the names it has not shown are
 *   checked one by one, so the worst case costs twice the time, never more;
 * - otherwise, or for what is left, names are checked in the provider's
 *   batch size, `concurrency` calls at a time.
 *
 * Each location gets `storeTimeoutMs` in all; a provider failure or the
 * timeout stops its remaining calls, and the names not settled by then are
 * reported as unchecked with the reason. Never throws for a provider's
 * failure.
 */
export async function runVerify(plan: VerifyPlan, options: RunOptions): Promise<StoreResult[]> {
  const concurrency = options.concurrency ?? CONCURRENCY
  const timeoutMs = options.storeTimeoutMs ?? STORE_TIMEOUT_MS
  const groups = new Map<string, { location: RemoteLocation; stores: StorePlan[] }>()
  const results: StoreResult[] = []
  for (const store of plan.stores) {
    if (store.location === null) {
      results.push({
        store: store.store,
        presence: {},
        unchecked: { names: store.checks.map((c) => c.name), reason: 'no given values file defines this store, so its provider is unknown' }
      })
      continue
    }
    const key = locationKey(store.location)
    const group = groups.get(key) ?? { location: store.location, stores: [] }
    group.stores.push(store)
    groups.set(key, group)
  }
  const answers = await Promise.all(
    [...groups.values()].map(async (g) => {
      const names = [...new Set(g.stores.flatMap((s) => s.checks.map((c) => c.name)))]
      return { g, answer: await checkLocation(g.location, names, options.connect, concurrency, timeoutMs) }
    })
  )
  for (const { g, answer } of answers) {
    for (const store of g.stores) {
      const presence: Record<string, Presence> = {}
      const left: string[] = []
      for (const c of store.checks) {
        const p = answer.presence.get(c.name)
        if (p !== undefined) presence[c.name] = p
        else left.push(c.name)
      }
      const result: StoreResult = { store: store.store, presence }
      if (left.length > 0) {
        const reason = answer.failure ?? 'no answer (internal error; please report it)'
        result.unchecked = { names: left, reason: answer.failureKind === 'no-credentials' ? reason + storeAuthNote(store) : reason }
      }
      results.push(result)
    }
  }
  const order = new Map(plan.stores.map((s, i) => [s.store, i]))
  return results.sort((a, b) => (order.get(a.store) ?? 0) - (order.get(b.store) ?? 0))
}

/** Why CI lacks what the cluster has: the store's own credentials only exist inside the cluster. */
function storeAuthNote(store: StorePlan): string {
  switch (store.vaultAuth) {
    case 'kubernetes':
      return '; the store itself uses Kubernetes auth, which only works inside the cluster'
    case 'appRole':
      return '; the store itself uses AppRole with a Secret in the cluster, which verify does not use'
    case 'token':
      return '; the store itself uses a token from a Secret in the cluster, which verify does not use'
    case undefined:
      return ''
  }
}

interface LocationAnswer {
  presence: Map<string, Presence>
  /** Why some names are not in `presence`. */
  failure?: string
  failureKind?: ProviderError['kind']
}

async function checkLocation(
  location: RemoteLocation,
  names: string[],
  connect: Connect,
  concurrency: number,
  timeoutMs: number
): Promise<LocationAnswer> {
  const presence = new Map<string, Presence>()
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new ProviderError('timeout', `no answer within ${timeoutMs / 1000} s from ${describeLocation(location)}`)),
    timeoutMs
  )
  const signal = controller.signal
  const work = async (): Promise<void> => {
    const dir = await connect(location, signal)
    if (dir.listPages !== undefined && names.length >= LIST_FROM)
      await listFirst(dir, names, presence, Math.ceil(names.length / concurrency), signal)
    const left = names.filter((n) => !presence.has(n))
    const batches: string[][] = []
    for (let i = 0; i < left.length; i += dir.batchSize) batches.push(left.slice(i, i + dir.batchSize))
    await forEachConcurrent(batches, concurrency, signal, async (batch) => {
      for (const [name, p] of await dir.check(batch, signal)) if (!signal.aborted) presence.set(name, p)
    })
  }
  try {
    // Raced against the timeout as well, so a call that ignores the abort signal cannot hold the run.
    await Promise.race([work(), rejectOnAbort(signal)])
    return { presence }
  } catch (err) {
    // The timeout wins over whatever error the aborted call surfaced as.
    const reason = signal.aborted ? signal.reason : err
    if (reason instanceof ProviderError) return { presence: new Map(presence), failure: reason.message, failureKind: reason.kind }
    return { presence: new Map(presence), failure: `internal error: ${String(reason)}` }
  } finally {
    clearTimeout(timer)
  }
}

/** The listing pass of runVerify; a listing the provider refuses falls back to name-by-name checks. */
async function listFirst(dir: SecretDirectory, names: string[], presence: Map<string, Presence>, budget: number, signal: AbortSignal) {
  const key = (name: string): string => dir.listingKey?.(name) ?? name
  // Several references can be one listed name when the provider ignores case.
  const wanted = new Map<string, string[]>()
  for (const name of names) wanted.set(key(name), [...(wanted.get(key(name)) ?? []), name])
  let pages = 0
  let complete = true
  try {
    for await (const page of dir.listPages?.(signal) ?? []) {
      for (const [name, p] of page) for (const ref of wanted.get(key(name)) ?? []) presence.set(ref, p)
      if (++pages >= budget) {
        complete = false
        break
      }
    }
  } catch (err) {
    // Listing is an optimisation: without the list permission (AWS ListSecrets) the per-name calls still work.
    if (err instanceof ProviderError && err.kind === 'denied' && !signal.aborted) return
    throw err
  }
  if (!complete) return
  for (const name of names) if (!presence.has(name) && (dir.listingCovers?.(name) ?? true)) presence.set(name, { state: 'missing' })
}

/**
 * Run `fn` over `items`, at most `limit` at a time; the first failure stops
 * new calls and is rethrown once the running ones settle. By hand because
 * it is ten lines and must stop on the store's abort signal.
 */
async function forEachConcurrent<T>(items: T[], limit: number, signal: AbortSignal, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failed: { err: unknown } | null = null
  const worker = async (): Promise<void> => {
    while (failed === null && !signal.aborted && next < items.length) {
      const item = items[next++] as T
      try {
        await fn(item)
      } catch (err) {
        failed ??= { err }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failed !== null) throw (failed as { err: unknown }).err
  if (signal.aborted) throw signal.reason
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}
