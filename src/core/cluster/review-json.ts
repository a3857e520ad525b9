import type { ClusterReview } from './review.js'
import { secretJson } from './status-json.js'

/**
 * The `cluster` object of the diff JSON (docs/diff-json.md), present only
 * when a cluster was given: fixed key order, documented fields only.
 */
export function clusterReviewJson(r: ClusterReview): Record<string, unknown> {
  return {
    context: r.context,
    reachable: r.reachable,
    inventory: r.inventory,
    fileWon: r.fileWon,
    secrets: r.changes.map((c) => ({ change: c.change, ...secretJson(c.status) })),
    failingElsewhere: r.failingElsewhere.map(secretJson),
    drift:
      r.drift !== null
        ? {
            items: r.drift.items.map((d) => ({
              kind: d.kind,
              name: d.name,
              drift: d.drift,
              fields: [...d.fields],
              managedBy: d.managedBy
            })),
            notChecked: [...r.drift.notChecked]
          }
        : null,
    driftAgainst: r.driftAgainst,
    notices: [...r.notices]
  }
}
