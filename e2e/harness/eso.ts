import type { Kube } from './kube.js'
import { objectPath, waitFor, type KubeObject, type SecretObject } from './kube.js'

/** A rendered ESO resource as it comes out of the tool's YAML. */
export interface EsoResource extends KubeObject {
  apiVersion: string
  kind: 'ClusterSecretStore' | 'ClusterExternalSecret'
  spec: Record<string, unknown>
}

interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>
}

interface Condition {
  type: string
  status: string
  reason?: string
  message?: string
}

interface EsStatus {
  conditions?: Condition[]
  syncedResourceVersion?: string
}

/** ESO's own bookkeeping labels on the Secrets it writes; not part of what the user asked for. */
export const ESO_LABEL_PREFIX = 'reconcile.external-secrets.io/'

/** One Secret as the scenarios compare it: decoded values, user-visible labels only. */
export interface SecretView {
  type: string
  labels: Record<string, string>
  data: Record<string, string>
}

/** namespace -> Secret name -> view */
export type Snapshot = Record<string, Record<string, SecretView>>

function pathOf(r: KubeObject & { apiVersion: string; kind: string }): string {
  return objectPath(r.apiVersion, r.kind, r.metadata.name, r.metadata.namespace)
}

/** Apply stores before the ExternalSecrets that read from them. */
export async function applyAll(kube: Kube, resources: EsoResource[]): Promise<void> {
  const order = (r: EsoResource): number => (r.kind === 'ClusterSecretStore' ? 0 : 1)
  for (const r of [...resources].sort((a, b) => order(a) - order(b))) await kube.apply(r)
}

/** Delete resources (as a GitOps prune would), ExternalSecrets first. */
export async function deleteAll(kube: Kube, resources: EsoResource[]): Promise<void> {
  const order = (r: EsoResource): number => (r.kind === 'ClusterExternalSecret' ? 0 : 1)
  for (const r of [...resources].sort((a, b) => order(a) - order(b))) await kube.delete(pathOf(r))
}

/** Resources of `before` that `after` no longer has (same kind and name). */
export function pruned(before: EsoResource[], after: EsoResource[]): EsoResource[] {
  const keep = new Set(after.map((r) => `${r.kind}/${r.metadata.name}`))
  return before.filter((r) => !keep.has(`${r.kind}/${r.metadata.name}`))
}

/**
 * Replace the provider of one rendered store by ESO's fake provider with the
 * given remote data. Only the store changes: the ClusterExternalSecrets stay
 * exactly as the tool rendered them.
 */
export function withFakeProvider(resources: EsoResource[], store: string, data: Array<{ key: string; value: string }>): EsoResource[] {
  let found = false
  const out = resources.map((r) => {
    if (r.kind !== 'ClusterSecretStore' || r.metadata.name !== store) return r
    found = true
    return { ...r, spec: { ...r.spec, provider: { fake: { data } } } }
  })
  if (!found) throw new Error(`no rendered ClusterSecretStore named ${store}`)
  return out
}

/** Does a Kubernetes LabelSelector select these labels? */
export function selects(sel: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key)
    const inValues = has && (e.values ?? []).includes(labels[e.key] ?? '')
    const ok = e.operator === 'In' ? inValues : e.operator === 'NotIn' ? !inValues : e.operator === 'Exists' ? has : !has
    if (!ok) return false
  }
  return true
}

/** Namespaces (of `namespaces`, with their labels) that a ClusterExternalSecret targets. */
export function targetedNamespaces(ces: EsoResource, namespaces: Record<string, Record<string, string>>): string[] {
  const spec = ces.spec as { namespaceSelector?: LabelSelector; namespaceSelectors?: LabelSelector[]; namespaces?: string[] }
  const selectors = [...(spec.namespaceSelectors ?? []), ...(spec.namespaceSelector ? [spec.namespaceSelector] : [])]
  return Object.keys(namespaces).filter(
    (ns) => (spec.namespaces ?? []).includes(ns) || selectors.some((s) => selects(s, namespaces[ns] ?? {}))
  )
}

function ready(conds: Condition[] | undefined): Condition | undefined {
  return conds?.find((c) => c.type === 'Ready')
}

/**
 * Wait until ESO has caught up with `resources` in `namespaces`: every
 * targeted namespace holds an ExternalSecret whose current generation is
 * synced and Ready, and no ExternalSecret or ESO-managed Secret is left over
 * from a ClusterExternalSecret that is gone or no longer targets it. Holds
 * for two polls in a row, so a reconcile that has not started yet is not
 * mistaken for a finished one.
 */
export async function waitConverged(kube: Kube, resources: EsoResource[], namespaces: string[], timeoutMs = 180_000): Promise<void> {
  let streak = 0
  await waitFor(
    'ESO to converge',
    timeoutMs,
    async () => {
      const problem = await convergenceProblem(kube, resources, namespaces)
      if (problem !== null) {
        streak = 0
        throw new Error(problem)
      }
      streak++
      return streak >= 2 ? true : undefined
    },
    500
  )
}

async function convergenceProblem(kube: Kube, resources: EsoResource[], namespaces: string[]): Promise<string | null> {
  const nsLabels: Record<string, Record<string, string>> = {}
  for (const ns of namespaces) {
    const obj = await kube.get(`/api/v1/namespaces/${ns}`)
    if (obj === null) return `namespace ${ns} missing`
    nsLabels[ns] = obj.metadata.labels ?? {}
  }
  const expected = new Set<string>()
  for (const ces of resources.filter((r) => r.kind === 'ClusterExternalSecret')) {
    const esSpec = ces.spec.externalSecretSpec
    const esName = typeof ces.spec.externalSecretName === 'string' ? ces.spec.externalSecretName : ces.metadata.name
    for (const ns of targetedNamespaces(ces, nsLabels)) {
      expected.add(`${ns}/${esName}`)
      const es = await kube.get(objectPath('external-secrets.io/v1', 'ExternalSecret', esName, ns))
      if (es === null) return `ExternalSecret ${ns}/${esName} not created yet`
      const mismatch = subsetMismatch(esSpec, es.spec, 'spec')
      if (mismatch !== null) return `ExternalSecret ${ns}/${esName} not updated from its ClusterExternalSecret yet (${mismatch})`
      const status = es.status as EsStatus | undefined
      const gen = (es.metadata as { generation?: number }).generation
      const r = ready(status?.conditions)
      if (r?.status !== 'True') return `ExternalSecret ${ns}/${esName} not Ready: ${r?.reason ?? ''} ${r?.message ?? ''}`
      if (!status?.syncedResourceVersion?.startsWith(`${gen}-`)) return `ExternalSecret ${ns}/${esName} generation ${gen} not synced yet`
    }
  }
  for (const ns of namespaces) {
    for (const es of await kube.list(`/apis/external-secrets.io/v1/namespaces/${ns}/externalsecrets`)) {
      if (!expected.has(`${ns}/${es.metadata.name}`)) return `ExternalSecret ${ns}/${es.metadata.name} still there`
    }
    for (const s of await kube.secrets(ns)) {
      if (s.metadata.labels?.[`${ESO_LABEL_PREFIX}managed`] === undefined) continue
      const owner = s.metadata.ownerReferences?.find((o) => o.kind === 'ExternalSecret')
      if (owner !== undefined && !expected.has(`${ns}/${owner.name}`))
        return `Secret ${ns}/${s.metadata.name} of a removed ExternalSecret still there`
    }
  }
  return null
}

/** Seconds of a Go/Kubernetes duration ("5m", "5m0s", "1h0m0s"), or null when it is not one. */
function durationSeconds(v: string): number | null {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(v)
  if (m === null || v === '') return null
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)
}

/**
 * The first path where `got` lacks a field set in `want` or holds another
 * value, or null when every field of `want` is in `got` (the API server adds
 * defaults and writes durations as "5m0s", so only what was set is compared).
 */
export function subsetMismatch(want: unknown, got: unknown, path = ''): string | null {
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || want.length !== got.length) return `${path}: ${JSON.stringify(want)} vs ${JSON.stringify(got)}`
    for (let i = 0; i < want.length; i++) {
      const m = subsetMismatch(want[i], got[i], `${path}[${i}]`)
      if (m !== null) return m
    }
    return null
  }
  if (typeof want === 'object' && want !== null) {
    if (typeof got !== 'object' || got === null) return `${path}: missing`
    const g = got as Record<string, unknown>
    for (const [k, v] of Object.entries(want)) {
      const m = subsetMismatch(v, g[k], `${path}.${k}`)
      if (m !== null) return m
    }
    return null
  }
  if (want === got) return null
  if (typeof want === 'string' && typeof got === 'string') {
    const a = durationSeconds(want)
    if (a !== null && a === durationSeconds(got)) return null
  }
  return `${path}: ${JSON.stringify(want)} vs ${JSON.stringify(got)}`
}

/** ESO-managed Secrets of each namespace, values decoded, ESO's own labels dropped. */
export async function snapshot(kube: Kube, namespaces: string[]): Promise<Snapshot> {
  const out: Snapshot = {}
  for (const ns of namespaces) {
    const secrets: Record<string, SecretView> = {}
    for (const s of await kube.secrets(ns)) {
      if (s.metadata.labels?.[`${ESO_LABEL_PREFIX}managed`] === undefined) continue
      secrets[s.metadata.name] = view(s)
    }
    out[ns] = secrets
  }
  return out
}

export function view(s: SecretObject): SecretView {
  const labels = Object.fromEntries(Object.entries(s.metadata.labels ?? {}).filter(([k]) => !k.startsWith(ESO_LABEL_PREFIX)))
  const data = Object.fromEntries(Object.entries(s.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]))
  return { type: s.type ?? 'Opaque', labels, data }
}

/** Wait for a ClusterSecretStore to report Ready (the provider answered its validation). */
export async function waitStoreReady(kube: Kube, name: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(`ClusterSecretStore ${name} Ready`, timeoutMs, async () => {
    const s = await kube.get(objectPath('external-secrets.io/v1', 'ClusterSecretStore', name))
    const r = ready((s?.status as EsStatus | undefined)?.conditions)
    if (r?.status === 'True') return true
    throw new Error(`${r?.reason ?? 'no status'} ${r?.message ?? ''}`)
  })
}
