import type { SecretStatus } from './secret-status.js'
import type { StatusReport } from './status-report.js'

/** Version of the JSON interface documented in docs/status-json.md; bump on any breaking change. */
export const STATUS_JSON_VERSION = 1

/**
 * `secrets-injector status --format json`: fixed key order, 2-space indent,
 * trailing newline; objects rebuilt field by field so nothing outside the
 * documented shape leaks in.
 */
export function statusToJson(r: StatusReport): string {
  const doc = {
    version: STATUS_JSON_VERSION,
    context: r.context,
    reachable: r.reachable,
    inventory: r.inventory,
    counts: {
      ready: r.counts.ready,
      failing: r.counts.failing,
      pending: r.counts.pending,
      notCreated: r.counts.notCreated,
      unknown: r.counts.unknown,
      drift: r.counts.drift
    },
    stores: r.stores.map((s) => ({ name: s.name, file: s.file, state: s.state, reason: s.reason, message: s.message })),
    clusterExternalSecrets: r.clusterExternalSecrets.map((c) => ({
      name: c.name,
      file: c.file,
      store: c.store,
      secretName: c.secretName,
      inCluster: c.inCluster,
      note: c.note,
      secrets: c.secrets.map(secretJson)
    })),
    drift: {
      items: r.drift.items.map((d) => ({ kind: d.kind, name: d.name, drift: d.drift, fields: [...d.fields], managedBy: d.managedBy })),
      notChecked: [...r.drift.notChecked]
    },
    notices: [...r.notices]
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

/** One Secret's status as JSON data (shared with the `cluster` part of the diff JSON). */
export function secretJson(s: SecretStatus): Record<string, unknown> {
  return {
    namespace: s.namespace,
    name: s.name,
    externalSecret: s.externalSecret,
    state: s.state,
    reason: s.reason,
    message: s.message,
    refreshTime: s.refreshTime
  }
}
