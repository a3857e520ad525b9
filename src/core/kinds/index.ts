import { argocdClusterBearer, argocdClusterCert } from './argocd-cluster.js'
import { argocdRepoCreds } from './argocd-repo-creds.js'
import { customType } from './custom-type.js'
import { grafanaContactPoint } from './grafana-contact-point.js'
import type { EntryValues, KindEntry, KindFields, KindModule } from './module.js'
import { multivalue } from './multivalue.js'
import { property } from './property.js'
import { secretLabels } from './secret-template.js'
import { single } from './single.js'
import { tls } from './tls.js'

export { ALL_KEYS, type EntryCheck, type EntryValues, type KindModule } from './module.js'

/**
 * Every kind of Secret an entry can make, in the order an entry's kind is
 * decided: the first whose `selects` matches wins. This order is the one of
 * the chart's design, and the user-facing contract:
 *
 *   1. `type: kubernetes.io/tls`            -> TLS Secret
 *   2. `type:` anything else                -> Secret of that type, one key
 *   3. `argocd: true` + `argocdBearerToken` -> Argo CD cluster, bearer token
 *   4. `argocd: true`                       -> Argo CD cluster, client certificate
 *   5. `argocdRepoCreds: true`              -> Argo CD repo-creds template
 *   6. `contactpoint: true`                 -> Grafana contact point
 *   7. `multivalue: true`                   -> every key of the remote JSON secret
 *   8. `property:` set                      -> one property of the remote JSON secret
 *   9. otherwise                            -> single value: one remote secret, one key
 *
 * Adding a kind is one file and one line: write `kinds/<kind>.ts` exporting
 * a KindModule (what it selects, reads, checks and renders) and list it here
 * at its place in the order (a new values key also needs its entry in
 * schema/values.schema.json). `SecretKind` is derived from this list, so
 * every kind has a module by construction, and the compiler asks for the new
 * kind wherever kinds are enumerated.
 */
export const KINDS = [
  tls,
  customType,
  argocdClusterBearer,
  argocdClusterCert,
  argocdRepoCreds,
  grafanaContactPoint,
  multivalue,
  property,
  single
] as const

/** The kind of Secret an entry makes (the names are part of the diff JSON). */
export type SecretKind = (typeof KINDS)[number]['kind']

const BY_NAME: ReadonlyMap<string, KindModule<SecretKind>> = new Map(KINDS.map((k) => [k.kind, k]))

/** Which kind an entry makes: the first kind of the order above whose switch or value the entry sets. */
export function decideKind(values: EntryValues): SecretKind {
  return (KINDS.find((k) => k.selects(values)) ?? single).kind
}

/** The module of a kind. */
export function kindModule(kind: SecretKind): KindModule<SecretKind> {
  return BY_NAME.get(kind) ?? single
}

/** Whether `v` names a kind (for values read back from JSON). */
export function isSecretKind(v: unknown): v is SecretKind {
  return typeof v === 'string' && BY_NAME.has(v)
}

/** Human name of a kind, for messages and the PR comment. */
export function kindLabel(kind: SecretKind): string {
  return kindModule(kind).label
}

/** Kubernetes Secret type of an entry's Secret. */
export function secretTypeOf(e: KindFields & { kind: SecretKind }): string {
  return kindModule(e.kind).secretType(e)
}

/** Key names of an entry's Secret, sorted; `[ALL_KEYS]` for multivalue. */
export function secretKeysOf(e: KindFields & { kind: SecretKind }): string[] {
  return kindModule(e.kind).keys(e)
}

/** What an entry's Secret is read from: `R`, `R#prop`, `R-crt`..., sorted. Values are never involved. */
export function remoteRefsOf(e: KindEntry & { kind: SecretKind }): string[] {
  return kindModule(e.kind).remoteRefs(e)
}

/** Names of the remote secrets an entry's Secret is read from (`R`, or `R-crt` and `R-key` for TLS), sorted. */
export function remoteSecretsOf(e: KindEntry & { kind: SecretKind }): string[] {
  return kindModule(e.kind).remoteSecrets(e)
}

/** Labels of an entry's Secret, keys sorted: the user's labels and the kind's fixed labels, as the renderer applies them. */
export function secretLabelsOf(e: Pick<KindEntry, 'labels'> & { kind: SecretKind }): Record<string, string> {
  return secretLabels(kindModule(e.kind), e)
}
