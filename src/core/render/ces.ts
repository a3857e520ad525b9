import type { Entry, EsoApiVersion, LabelSelector, Target } from '../model.js'
import { kindModule } from '../kinds/index.js'
import { compareStrings } from '../compare.js'
import { markingLabels } from './marking.js'
import { copySelector } from './order.js'
import type { Resource } from './types.js'
import type { SecretTemplate, DataFromItem, DataItem } from './types.js'

/** Label every namespace carries with its own name (Kubernetes >= 1.21). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name'

interface ExternalSecretTarget {
  name: string
  creationPolicy: string
  deletionPolicy?: string
  template?: SecretTemplate
}

interface ExternalSecretSpec {
  secretStoreRef: { kind: 'ClusterSecretStore'; name: string }
  refreshInterval: string
  target: ExternalSecretTarget
  data?: DataItem[]
  dataFrom?: DataFromItem[]
}

/**
 * One ClusterExternalSecret for one entry: the body of the entry's kind
 * (its module in kinds/) plus what every entry shares: the store reference,
 * the refresh settings (chart defaults: refreshTime 1m, refreshInterval 5m)
 * and the target Secret. The ExternalSecret in each namespace takes the CES
 * name (ESO's default), which is what the chart documents for `secret`.
 */
export function renderClusterExternalSecret(entry: Entry, apiVersion: EsoApiVersion): Resource {
  const body = kindModule(entry.kind).render(entry)
  const target: ExternalSecretTarget = { name: entry.secretName, creationPolicy: entry.creationPolicy }
  if (entry.deletionPolicy !== undefined) target.deletionPolicy = entry.deletionPolicy
  if (body.template !== undefined) target.template = body.template
  const externalSecretSpec: ExternalSecretSpec = {
    secretStoreRef: { kind: 'ClusterSecretStore', name: entry.store },
    refreshInterval: entry.refreshInterval,
    target
  }
  if (body.data !== undefined) externalSecretSpec.data = body.data
  if (body.dataFrom !== undefined) externalSecretSpec.dataFrom = body.dataFrom
  return {
    apiVersion: `external-secrets.io/${apiVersion}`,
    kind: 'ClusterExternalSecret',
    metadata: { name: entry.name, labels: markingLabels() },
    spec: {
      namespaceSelectors: namespaceSelectors(entry.target),
      refreshTime: entry.refreshTime,
      externalSecretSpec
    }
  }
}

/**
 * Always the list field `namespaceSelectors`: the singular field is
 * deprecated in v1, and the list exists in v1beta1 too (added March 2024,
 * external-secrets PR #3268, so in every ESO release from 0.10 on). Every target is one selector, so the
 * list has at most one item: a named namespace matches its
 * `kubernetes.io/metadata.name` label, a namespace list is one `In`
 * expression (selectors in the list are ORed, expressions inside one are
 * ANDed, so one expression is the exact set).
 */
export function namespaceSelectors(target: Target): LabelSelector[] {
  if (target.kind === 'selector') return [copySelector(target.selector)]
  const names = [...target.namespaces].sort(compareStrings)
  if (names.length === 0) return []
  if (names.length === 1) return [{ matchLabels: { [NAMESPACE_NAME_LABEL]: names[0]! } }]
  return [{ matchExpressions: [{ key: NAMESPACE_NAME_LABEL, operator: 'In', values: names }] }]
}
