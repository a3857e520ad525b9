import type { Entry, SecretKind } from './model.js'

/**
 * What each kind of SPEC.md section 3 puts into the Kubernetes Secret, as
 * plain data: type, key names, remote references and fixed labels. The diff
 * describes Secrets from this table; the renderer may import the fixed labels
 * and property names so both always agree.
 */

/** Label Argo CD uses to find its cluster and credential-template Secrets. */
export const ARGOCD_SECRET_TYPE_LABEL = 'argocd.argoproj.io/secret-type'
/** Label key the Grafana alerting sidecar watches (any value matches by default). */
export const GRAFANA_ALERT_LABEL = 'grafana_alert'
/** Value we give the Grafana label; the sidecar only looks at the key. */
export const GRAFANA_ALERT_LABEL_VALUE = '1'

/** Labels every Secret of a kind carries in addition to the user's `labels`. */
export const FIXED_LABELS: Readonly<Record<SecretKind, Readonly<Record<string, string>>>> = {
  tls: {},
  'custom-type': {},
  'argocd-cluster-cert': { [ARGOCD_SECRET_TYPE_LABEL]: 'cluster' },
  'argocd-cluster-bearer': { [ARGOCD_SECRET_TYPE_LABEL]: 'cluster' },
  'argocd-repo-creds': { [ARGOCD_SECRET_TYPE_LABEL]: 'repo-creds' },
  'grafana-contact-point': { [GRAFANA_ALERT_LABEL]: GRAFANA_ALERT_LABEL_VALUE },
  multivalue: {},
  property: {},
  single: {}
}

/** Properties of the remote JSON secret that each Argo CD kind reads (SPEC.md section 3). */
export const REMOTE_PROPERTIES = {
  'argocd-cluster-cert': ['clusterName', 'host', 'caData', 'certData', 'keyData'],
  'argocd-cluster-bearer': ['clusterName', 'host', 'caData', 'bearerToken'],
  'argocd-repo-creds': ['type', 'url', 'username', 'password']
} as const

/** Suffixes of the two remote secrets a TLS Secret is built from. */
export const TLS_REMOTE_SUFFIXES = { crt: '-crt', key: '-key' } as const

/** Key list used for a multivalue Secret: every key of the remote JSON, unknown until run time. */
export const ALL_KEYS = '*'

/** Kubernetes Secret type of an entry's Secret. */
export function secretTypeOf(e: Pick<Entry, 'kind' | 'type'>): string {
  if (e.kind === 'tls') return 'kubernetes.io/tls'
  if (e.kind === 'custom-type' && e.type) return e.type
  return 'Opaque'
}

/** Key names of an entry's Secret, sorted; `['*']` for multivalue. */
export function secretKeysOf(e: Pick<Entry, 'kind' | 'key'>): string[] {
  switch (e.kind) {
    case 'tls':
      return ['tls.crt', 'tls.key']
    case 'argocd-cluster-cert':
    case 'argocd-cluster-bearer':
      return ['config', 'name', 'server']
    case 'argocd-repo-creds':
      return ['password', 'type', 'url', 'username']
    case 'grafana-contact-point':
      return ['contactpoints.yaml']
    case 'multivalue':
      return [ALL_KEYS]
    case 'custom-type':
    case 'property':
    case 'single':
      return [e.key ?? '']
  }
}

/**
 * What an entry fetches from the provider, as readable references, sorted:
 * `R` (a whole remote secret), `R#prop` (one property of a JSON secret),
 * `R-crt` / `R-key` (TLS). Values are never involved.
 */
export function remoteRefsOf(e: Pick<Entry, 'kind' | 'remoteName' | 'property'>): string[] {
  const r = e.remoteName
  switch (e.kind) {
    case 'tls':
      return [r + TLS_REMOTE_SUFFIXES.crt, r + TLS_REMOTE_SUFFIXES.key].sort(compareStrings)
    case 'argocd-cluster-cert':
    case 'argocd-cluster-bearer':
    case 'argocd-repo-creds':
      return REMOTE_PROPERTIES[e.kind].map((p) => `${r}#${p}`).sort(compareStrings)
    case 'property':
      return [`${r}#${e.property ?? ''}`]
    case 'custom-type':
    case 'grafana-contact-point':
    case 'multivalue':
    case 'single':
      return [r]
  }
}

/**
 * Labels of an entry's Secret: the user's labels plus the kind's fixed
 * labels, as the renderer applies them: the Argo CD label always wins (any
 * other value would change what Argo CD does with the Secret), while a user
 * value for `grafana_alert` is kept (the sidecar's label value is configurable).
 */
export function secretLabelsOf(e: Pick<Entry, 'kind' | 'labels'>): Record<string, string> {
  const merged: Record<string, string> =
    e.kind === 'grafana-contact-point' ? { ...FIXED_LABELS[e.kind], ...e.labels } : { ...e.labels, ...FIXED_LABELS[e.kind] }
  const out: Record<string, string> = {}
  for (const k of Object.keys(merged).sort(compareStrings)) out[k] = merged[k] ?? ''
  return out
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
