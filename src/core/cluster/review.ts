import { describeSecrets } from '../diff/describe.js'
import type { DiffResult, DiffSide, NamespaceInventory, SecretChange } from '../diff/types.js'
import { withhold } from '../diff/withheld.js'
import { renderReleases } from '../render/index.js'
import { detectDrift, type DriftResult } from './drift.js'
import { secretStatus, type SecretStatus } from './secret-status.js'
import type { ClusterSnapshot } from './snapshot.js'
import type { InventorySource } from './status-report.js'

/** What the cluster says now about one Secret the change adds, removes or changes. */
export interface ChangeStatus {
  change: SecretChange['change']
  status: SecretStatus
}

/** The cluster part of a review: current status of what the change touches, and drift. */
export interface ClusterReview {
  context: string
  reachable: boolean
  /** Where the namespaces that selectors were expanded against came from. */
  inventory: InventorySource
  /** A namespaces file was given as well as a cluster: the file's namespaces were used. */
  fileWon: boolean
  /** One per changed Secret whose namespace is known, in the diff's order. */
  changes: ChangeStatus[]
  /** Secrets of the head values that fail today and that the change does not touch. */
  failingElsewhere: SecretStatus[]
  /**
   * The cluster compared with the base render (what the merged values say
   * should be there); null when it was not compared (`driftNote` says why).
   */
  drift: DriftResult | null
  driftNote: string | null
  /** What drift was judged against: the base values, or the head ones when there is no base (a run outside a pull request). */
  driftAgainst: 'base' | 'head'
  notices: string[]
}

export interface ClusterReviewInput {
  diff: DiffResult
  /** Both sides as lint handed them to the diff (drift is judged against the base: what is merged, not the change). */
  base: DiffSide
  head: DiffSide
  snapshot: ClusterSnapshot
  /** The inventory the diff was computed with, and where it came from. */
  inventory: NamespaceInventory | undefined
  inventorySource: InventorySource
  fileWon: boolean
  /** Judge drift against the head instead of the base (there is no base commit). Default false. */
  driftAgainstHead?: boolean
}

/**
 * Current status per Secret of the diff (the Secret as the cluster has it
 * now: for an added one usually `not-created`), the head's Secrets that fail
 * today outside the change, and drift of the cluster against the base.
 * Drift is judged against the base, because the head differs from the
 * cluster on purpose: that is the change under review.
 */
export function reviewCluster(input: ClusterReviewInput): ClusterReview {
  const { diff, snapshot } = input
  if (!snapshot.reachable) {
    // Nothing is known: every status would read "unknown", which says less than the one notice.
    const none = {
      changes: [],
      failingElsewhere: [],
      drift: null,
      driftNote: null,
      driftAgainst: 'base' as const,
      notices: [...snapshot.notices]
    }
    return { context: snapshot.context, reachable: false, inventory: input.inventorySource, fileWon: input.fileWon, ...none }
  }
  const usable = withhold(input.base, input.head)
  const changes: ChangeStatus[] = []
  const touched = new Set<string>()
  for (const s of diff.secrets) {
    if (s.namespace === null) continue
    const ces = (s.before ?? s.after)?.externalSecret ?? s.name
    touched.add(key(s.namespace, s.name))
    changes.push({ change: s.change, status: secretStatus(snapshot, s.namespace, s.name, ces) })
  }
  const against = input.driftAgainstHead === true ? 'head' : 'base'
  const baseWithheld = usable.invalid.some((i) => i.side === against)
  const failingElsewhere: SecretStatus[] = []
  const seen = new Set<string>()
  for (const r of describeSecrets(usable.head, input.inventory)) {
    if (r.namespace === null || touched.has(key(r.namespace, r.name)) || seen.has(key(r.namespace, r.name))) continue
    seen.add(key(r.namespace, r.name))
    const st = secretStatus(snapshot, r.namespace, r.name, r.externalSecret)
    if (st.state === 'failing') failingElsewhere.push(st)
  }
  return {
    context: snapshot.context,
    reachable: snapshot.reachable,
    inventory: input.inventorySource,
    fileWon: input.fileWon,
    changes,
    failingElsewhere,
    // A base entry lint withheld would read as "in no values file" while it is applied: say nothing rather than that.
    drift: baseWithheld ? null : detectDrift(renderReleases(against === 'head' ? usable.head : usable.base), snapshot),
    driftNote: baseWithheld ? `the ${against} values have lint errors` : null,
    driftAgainst: against,
    notices: [...snapshot.notices]
  }
}

function key(namespace: string, name: string): string {
  return `${namespace}\u0000${name}`
}
