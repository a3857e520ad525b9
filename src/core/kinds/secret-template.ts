import { compareStrings } from '../compare.js'
import type { DataItem, ExternalSecretBody, SecretTemplate } from '../render/types.js'
import type { KindEntry, KindModule } from './module.js'

/*
 * What the kinds share when they render. Safety rule for templates: user
 * text (keys, remote names, properties, labels) only ever appears as YAML
 * data (secretKeys, remoteRef values, label maps). Template *code* refers
 * only to fixed temporary secretKeys (the Argo CD property names), so a
 * remote name with `{{`, a quote or a newline cannot change what the
 * template does.
 */

/**
 * Labels of an entry's Secret: the user's labels plus the kind's fixed
 * labels, keys sorted. Which one wins on the same key is the kind's call
 * (`userLabelsWin`).
 */
export function secretLabels(kind: KindModule, e: Pick<KindEntry, 'labels'>): Record<string, string> {
  const fixed = Object.entries(kind.fixedLabels)
  const user = Object.entries(e.labels)
  const merged = new Map<string, string>(kind.userLabelsWin ? [...fixed, ...user] : [...user, ...fixed])
  // Without a prototype: a user label named `constructor` must not meet Object's.
  const out = Object.create(null) as Record<string, string>
  for (const k of [...merged.keys()].sort(compareStrings)) out[k] = merged.get(k) ?? ''
  return out
}

/**
 * A template without data: ESO then copies the fetched data unchanged and
 * only applies the type (when not Opaque) and labels. Type and labels come
 * from the kind's module, which the diff also describes Secrets with.
 */
export function template(kind: KindModule, e: KindEntry): SecretTemplate {
  const t: SecretTemplate = { engineVersion: 'v2' }
  const type = kind.secretType(e)
  // Opaque is what Kubernetes gives a Secret without a type; leaving it out
  // lets ESO keep the existing type when creationPolicy is Merge.
  if (type !== 'Opaque') t.type = type
  const labels = secretLabels(kind, e)
  if (Object.keys(labels).length > 0) t.metadata = { labels }
  return t
}

/**
 * Kinds without their own template still get the user's labels (the chart
 * dropped them for some kinds): a metadata-only template, which ESO applies
 * while copying the fetched data as is.
 */
export function withLabels(kind: KindModule, body: ExternalSecretBody, e: KindEntry): ExternalSecretBody {
  if (Object.keys(e.labels).length > 0) body.template = template(kind, e)
  return body
}

/** One property of a remote JSON secret into one key. */
export function propertyRef(secretKey: string, key: string, property: string): DataItem {
  return { secretKey, remoteRef: { key, property } }
}
