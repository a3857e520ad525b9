import { compareStrings } from '../compare.js'
import { remoteRefsOf, secretKeysOf, secretLabelsOf, secretTypeOf } from '../kinds/index.js'
import type { Entry, Release, Target } from '../model.js'
import { matchesSelector, selectorToString } from './selector.js'
import type { NamespaceInventory, SecretRecord } from './types.js'

/**
 * Every Kubernetes Secret the releases make: one record per
 * (ClusterExternalSecret, target namespace). A selector target is one record
 * with `namespace: null` and the selector as text, unless an inventory of
 * namespaces is given; then it is one record per matching namespace (with the
 * selector text kept, to say why the namespace is targeted).
 *
 * Sorted by namespace (named ones first), selector, Secret name, then
 * ClusterExternalSecret name and file, so duplicates (a lint error) come out
 * in a fixed order.
 */
export function describeSecrets(releases: Release[], inventory?: NamespaceInventory): SecretRecord[] {
  return expandTargets(
    releases.flatMap((r) => r.entries.map((e) => ({ secret: recordBase(e), target: e.target }))),
    inventory
  )
}

/** What one ClusterExternalSecret makes, before its target is expanded into namespaces. */
export interface TargetedSecret {
  secret: Omit<SecretRecord, 'namespace' | 'selector' | 'labelSelector'>
  target: Target
}

/** One record per target namespace (or per selector when no inventory is given), sorted as describeSecrets says. */
export function expandTargets(secrets: TargetedSecret[], inventory?: NamespaceInventory): SecretRecord[] {
  const out: SecretRecord[] = []
  for (const { secret, target } of secrets) {
    if (target.kind === 'namespaces') {
      for (const ns of new Set(target.namespaces)) out.push({ ...secret, namespace: ns, selector: null })
      continue
    }
    const selector = target.selector
    const text = selectorToString(selector)
    if (!inventory) {
      out.push({ ...secret, namespace: null, selector: text, labelSelector: selector })
      continue
    }
    for (const ns of inventory.namespaces) {
      if (matchesSelector(selector, ns.labels)) out.push({ ...secret, namespace: ns.name, selector: text, labelSelector: selector })
    }
  }
  return out.sort(compareRecords)
}

/** The key a Secret is known by: its namespace, or its selector when no namespace is known, plus its name. */
export function identityOf(r: { namespace: string | null; selector: string | null; name: string }): string {
  return r.namespace !== null ? `ns\u0000${r.namespace}\u0000${r.name}` : `sel\u0000${r.selector ?? ''}\u0000${r.name}`
}

/** Named namespaces first (by name), then selector targets (by selector text), then by Secret name. */
export function compareTargets(
  a: { namespace: string | null; selector: string | null; name: string },
  b: { namespace: string | null; selector: string | null; name: string }
): number {
  if (a.namespace !== null && b.namespace === null) return -1
  if (a.namespace === null && b.namespace !== null) return 1
  if (a.namespace !== null && b.namespace !== null) {
    const c = compareStrings(a.namespace, b.namespace)
    if (c !== 0) return c
  } else {
    const c = compareStrings(a.selector ?? '', b.selector ?? '')
    if (c !== 0) return c
  }
  return compareStrings(a.name, b.name)
}

function compareRecords(a: SecretRecord, b: SecretRecord): number {
  return compareTargets(a, b) || compareStrings(a.externalSecret, b.externalSecret) || compareStrings(a.file, b.file)
}

function recordBase(e: Entry): TargetedSecret['secret'] {
  return {
    name: e.secretName,
    externalSecret: e.name,
    kind: e.kind,
    type: secretTypeOf(e),
    keys: [...new Set(secretKeysOf(e))].sort(compareStrings),
    store: e.store,
    remoteRefs: remoteRefsOf(e),
    labels: secretLabelsOf(e),
    refreshInterval: e.refreshInterval,
    refreshTime: e.refreshTime,
    creationPolicy: e.creationPolicy,
    deletionPolicy: e.deletionPolicy ?? null,
    file: e.file
  }
}
