import { compareStrings } from '../compare.js'
import { isRecord } from '../values.js'
import type { DiffResult, SecretRecord } from './types.js'

/**
 * Version of the JSON interface documented in docs/diff-json.md; bump on any
 * breaking change. 2: a changed selector, or a switch between named
 * namespaces and a selector, is one `changed` item (field `selector`)
 * instead of a removal and an addition; store fields carry ESO's names
 * (`authType`, `identityId`, ...). Version 2 is not released yet (1.0.0
 * writes version 1), so the switch joined it without a bump.
 */
export const DIFF_JSON_VERSION = 2

/**
 * The diff as the stable JSON interface of docs/diff-json.md: fixed key
 * order, 2-space indent, trailing newline. Objects are rebuilt field by field
 * so that nothing outside the documented shape leaks into it. `extra.cluster`
 * (the cluster part of a review, already in its documented shape) is added
 * last when given.
 */
export function diffToJson(d: DiffResult, extra: { cluster?: Record<string, unknown> } = {}): string {
  const doc = {
    version: DIFF_JSON_VERSION,
    counts: {
      added: d.counts.added,
      removed: d.counts.removed,
      changed: d.counts.changed,
      moved: d.counts.moved,
      storesChanged: d.counts.storesChanged
    },
    invalid: d.invalid.map((i) => ({
      side: i.side,
      file: i.file,
      line: i.line,
      column: i.column,
      scope: i.scope,
      externalSecret: i.externalSecret,
      store: i.store,
      rule: i.rule,
      message: i.message
    })),
    secrets: d.secrets.map((s) => ({
      namespace: s.namespace,
      selector: s.selector,
      name: s.name,
      change: s.change,
      externalSecret: (s.after ?? s.before)?.externalSecret ?? null,
      movedFrom: s.movedFrom ?? null,
      movedTo: s.movedTo ?? null,
      changes: s.changes.map((c) => ({ field: c.field, before: plain(c.before), after: plain(c.after) })),
      danger: [...s.danger],
      before: s.before ? record(s.before) : null,
      after: s.after ? record(s.after) : null
    })),
    stores: d.stores.map((s) => ({
      name: s.name,
      change: s.change,
      changes: s.changes.map((c) => ({ field: c.field, before: plain(c.before), after: plain(c.after) })),
      affects: s.affects.map((a) => ({ namespace: a.namespace, selector: a.selector, name: a.name })),
      danger: [...s.danger]
    })),
    ...(extra.cluster === undefined ? {} : { cluster: extra.cluster })
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

function record(r: SecretRecord): Record<string, unknown> {
  return {
    namespace: r.namespace,
    selector: r.selector,
    name: r.name,
    externalSecret: r.externalSecret,
    kind: r.kind,
    type: r.type,
    keys: [...r.keys],
    store: r.store,
    remoteRefs: [...r.remoteRefs],
    labels: plain(r.labels),
    refreshInterval: r.refreshInterval,
    refreshTime: r.refreshTime,
    creationPolicy: r.creationPolicy,
    deletionPolicy: r.deletionPolicy,
    file: r.file
  }
}

/** A field value as JSON data: undefined becomes null, object keys are sorted. */
function plain(v: unknown): unknown {
  if (v === undefined) return null
  if (Array.isArray(v)) return v.map(plain)
  if (isRecord(v)) {
    // Keys may be user labels: no prototype, so `__proto__` is a key like any other.
    const out = Object.create(null) as Record<string, unknown>
    for (const [k, val] of Object.entries(v).sort(([a], [b]) => compareStrings(a, b))) out[k] = plain(val)
    return out
  }
  return v
}
