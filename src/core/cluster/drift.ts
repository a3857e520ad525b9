import { isRecord } from '../values.js'
import { isMarked, MANAGED_BY_LABEL } from '../render/marking.js'
import type { Resource } from '../render/types.js'
import type { ClusterSnapshot } from './snapshot.js'

export type ResourceKind = Resource['kind']

/**
 * One difference between what the values render and what the cluster holds:
 * - `not-in-values`: a live resource marked as this tool's that no values file renders;
 * - `missing`: a rendered resource that is not in the cluster;
 * - `edited`: live and rendered spec differ in a field the tool renders (someone edited it);
 * - `unmarked`: a rendered resource exists, but without this tool's marking
 *   (applied by Helm, by hand or by a version of the tool before the marking).
 */
export interface DriftItem {
  kind: ResourceKind
  name: string
  drift: 'not-in-values' | 'missing' | 'edited' | 'unmarked'
  /** The fields that differ, as paths (`spec.refreshTime`), at most MAX_DRIFT_FIELDS; empty for the other kinds of drift. */
  fields: string[]
  /** `unmarked`: the live `app.kubernetes.io/managed-by` value, or null when it has none. */
  managedBy: string | null
}

export interface DriftResult {
  /** Sorted by kind (stores first), then name. */
  items: DriftItem[]
  /** Kinds whose live list could not be read, so nothing is said about them. */
  notChecked: ResourceKind[]
}

/** A hand edit is shown by where it is; ten paths say enough. */
export const MAX_DRIFT_FIELDS = 10

/**
 * Maps the tool writes in full from the values: a key in the live object
 * that the render lacks is an edit, because the API server never adds keys
 * there (labels of a selector, the template's data and metadata).
 */
const CLOSED_MAPS: readonly RegExp[] = [
  /^spec\.namespaceSelectors\[\d+\]\.matchLabels$/,
  /^spec\.conditions\[\d+\]\.namespaceSelector\.matchLabels$/,
  /^spec\.externalSecretSpec\.target\.template\.data$/,
  /^spec\.externalSecretSpec\.target\.template\.metadata\.labels$/,
  /^spec\.externalSecretSpec\.target\.template\.metadata\.annotations$/
]

/**
 * Fields of a ClusterExternalSecret the tool does not render, but which
 * change where or what ESO writes when set: each with the value that means
 * "unset" (the API server's default, where ESO's schema has one). Every
 * other field the tool leaves out is not compared, so a default a newer ESO
 * adds never shows as drift.
 */
const UNRENDERED_CES_FIELDS: ReadonlyArray<{ path: string[]; unset: (v: unknown) => boolean }> = [
  // `{}` selects every namespace, so only an absent selector is unset.
  { path: ['spec', 'namespaceSelector'], unset: (v) => v === undefined || v === null },
  { path: ['spec', 'namespaces'], unset: isEmpty },
  { path: ['spec', 'externalSecretName'], unset: isEmpty },
  { path: ['spec', 'externalSecretMetadata'], unset: isEmpty },
  { path: ['spec', 'externalSecretSpec', 'target', 'deletionPolicy'], unset: (v) => isEmpty(v) || v === 'Retain' },
  { path: ['spec', 'externalSecretSpec', 'target', 'immutable'], unset: (v) => isEmpty(v) || v === false },
  { path: ['spec', 'externalSecretSpec', 'target', 'template', 'mergePolicy'], unset: (v) => isEmpty(v) || v === 'Replace' },
  { path: ['spec', 'externalSecretSpec', 'target', 'template', 'templateFrom'], unset: isEmpty }
]

/**
 * Compare the rendered resources with the cluster. A resource is matched by
 * kind and name; only live resources carrying this tool's marking can be
 * reported as `not-in-values`, so nothing made by hand or by another tool
 * is ever called left over. Spec comparison covers the fields the tool
 * renders (see `specDifferences`), after the API server's defaulting.
 */
export function detectDrift(rendered: readonly Resource[], snapshot: ClusterSnapshot): DriftResult {
  const items: DriftItem[] = []
  const notChecked: ResourceKind[] = []
  const lists: Array<{ kind: ResourceKind; live: Array<{ name: string; labels: Record<string, string>; spec: unknown }> | null }> = [
    { kind: 'ClusterSecretStore', live: snapshot.stores },
    { kind: 'ClusterExternalSecret', live: snapshot.clusterExternalSecrets }
  ]
  for (const { kind, live } of lists) {
    if (live === null) {
      notChecked.push(kind)
      continue
    }
    const wanted = rendered.filter((r) => r.kind === kind)
    const byName = new Map(live.map((l) => [l.name, l]))
    for (const r of wanted) {
      const l = byName.get(r.metadata.name)
      if (l === undefined) {
        items.push({ kind, name: r.metadata.name, drift: 'missing', fields: [], managedBy: null })
        continue
      }
      const fields = specDifferences(r, l.spec)
      if (!isMarked(l.labels)) {
        items.push({ kind, name: r.metadata.name, drift: 'unmarked', fields, managedBy: l.labels[MANAGED_BY_LABEL] ?? null })
      } else if (fields.length > 0) {
        items.push({ kind, name: r.metadata.name, drift: 'edited', fields, managedBy: null })
      }
    }
    const names = new Set(wanted.map((r) => r.metadata.name))
    for (const l of live) {
      if (isMarked(l.labels) && !names.has(l.name)) items.push({ kind, name: l.name, drift: 'not-in-values', fields: [], managedBy: null })
    }
  }
  const kindOrder = (k: ResourceKind): number => (k === 'ClusterSecretStore' ? 0 : 1)
  items.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { items, notChecked }
}

/**
 * Paths where the live spec differs from the rendered one, at most
 * MAX_DRIFT_FIELDS. Every field the tool renders must hold the same value
 * live (durations compared by length of time: `5m` equals `300s` and
 * `5m0s`); lists must have the same length; fields the API server adds by
 * defaulting are ignored, except inside the maps the tool writes in full
 * (CLOSED_MAPS) and the few unrendered fields that change what ESO does
 * (UNRENDERED_CES_FIELDS).
 */
export function specDifferences(rendered: Resource, liveSpec: unknown): string[] {
  const out: string[] = []
  compare(rendered.spec, liveSpec, 'spec', out)
  if (rendered.kind === 'ClusterExternalSecret') {
    const live = { spec: liveSpec }
    const mine = { spec: rendered.spec }
    for (const f of UNRENDERED_CES_FIELDS) {
      if (at(mine, f.path) !== undefined) continue
      const v = at(live, f.path)
      if (f.path[f.path.length - 1] === 'externalSecretName' && v === rendered.metadata.name) continue
      if (!f.unset(v)) out.push(f.path.join('.'))
    }
  }
  return [...new Set(out)].slice(0, MAX_DRIFT_FIELDS)
}

function compare(want: unknown, got: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_DRIFT_FIELDS) return
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) {
      out.push(path)
      return
    }
    want.forEach((w, i) => compare(w, got[i], `${path}[${i}]`, out))
    return
  }
  if (isRecord(want)) {
    if (!isRecord(got)) {
      out.push(path)
      return
    }
    for (const [k, w] of Object.entries(want)) compare(w, got[k], `${path}.${k}`, out)
    if (CLOSED_MAPS.some((re) => re.test(path))) {
      for (const k of Object.keys(got)) if (!Object.hasOwn(want, k)) out.push(`${path}.${k}`)
    }
    return
  }
  if (want === got) return
  if (typeof want === 'string' && typeof got === 'string') {
    const a = durationSeconds(want)
    if (a !== null && a === durationSeconds(got)) return
  }
  out.push(path)
}

function at(obj: unknown, path: readonly string[]): unknown {
  let cur: unknown = obj
  for (const key of path) {
    if (!isRecord(cur)) return undefined
    cur = cur[key]
  }
  return cur
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true
  if (Array.isArray(v)) return v.length === 0
  if (isRecord(v)) return Object.values(v).every(isEmpty)
  return false
}

/** Seconds of a Go duration (`5m`, `1h30m`, `0.5s`, `5m0s`), or null when the text is not one. */
export function durationSeconds(v: string): number | null {
  if (!/^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(v)) return null
  const unit: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 }
  let total = 0
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * (unit[m[2] ?? 's'] ?? 1)
  return Math.round(total * 1e9) / 1e9
}

/**
 * How `describeDrift` sets apart what comes from the cluster or the values
 * (names, field paths, the live label) from its own words: plain text by
 * default; the Markdown formatter passes code spans and escaping (its
 * Syntax), so every output says the same words.
 */
export interface DriftWords {
  code: (s: string) => string
  text: (s: string) => string
}

const PLAIN: DriftWords = { code: (s) => s, text: (s) => s }

/** One drift item in words. */
export function describeDrift(d: DriftItem, w: DriftWords = PLAIN): string {
  const what = `${w.text(d.kind)} ${w.code(d.name)}`
  const fields = d.fields.map((f) => w.code(f)).join(', ')
  switch (d.drift) {
    case 'not-in-values':
      return `${what} ${w.text('is in the cluster, marked as managed by this tool, but in no values file')}`
    case 'missing':
      return `${what} ${w.text('is in the values but not in the cluster')}`
    case 'edited':
      return `${what} ${w.text('was edited in the cluster: it differs from the render in')} ${fields}`
    case 'unmarked': {
      const by = d.managedBy === null ? `no ${w.code(MANAGED_BY_LABEL)} label` : w.code(`${MANAGED_BY_LABEL}: ${d.managedBy}`)
      const differs = d.fields.length > 0 ? `; ${w.text('it differs from the render in')} ${fields}` : ''
      return `${what} ${w.text("is in the cluster but was not applied from this tool's render")} (${by})${differs}`
    }
  }
}
