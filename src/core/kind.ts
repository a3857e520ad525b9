import type { SecretKind } from './model.js'

/** The fields of a values entry that decide its kind. */
export interface KindFlags {
  type?: unknown
  argocd?: unknown
  argocdBearerToken?: unknown
  argocdRepoCreds?: unknown
  contactpoint?: unknown
  multivalue?: unknown
  property?: unknown
}

const set = (v: unknown): boolean => typeof v === 'string' && v !== ''

/**
 * SPEC.md section 2: the first match wins. This function is the one place
 * that order lives; lint, render and diff all ask it.
 */
export function decideKind(e: KindFlags): SecretKind {
  if (e.type === 'kubernetes.io/tls') return 'tls'
  if (set(e.type)) return 'custom-type'
  if (e.argocd === true) return e.argocdBearerToken === true ? 'argocd-cluster-bearer' : 'argocd-cluster-cert'
  if (e.argocdRepoCreds === true) return 'argocd-repo-creds'
  if (e.contactpoint === true) return 'grafana-contact-point'
  if (e.multivalue === true) return 'multivalue'
  if (set(e.property)) return 'property'
  return 'single'
}

/**
 * The kind the published chart 1.1 would render: it tests contact point
 * before repo creds before Argo CD. Used only to warn about entries whose
 * meaning differs between the chart and this tool.
 */
export function decideChartKind(e: KindFlags): SecretKind {
  if (e.type === 'kubernetes.io/tls') return 'tls'
  if (set(e.type)) return 'custom-type'
  if (e.contactpoint === true) return 'grafana-contact-point'
  if (e.argocdRepoCreds === true) return 'argocd-repo-creds'
  if (e.argocd === true) return e.argocdBearerToken === true ? 'argocd-cluster-bearer' : 'argocd-cluster-cert'
  if (e.multivalue === true) return 'multivalue'
  if (set(e.property)) return 'property'
  return 'single'
}

/** Which values key selects each kind, for messages. */
export const KIND_FLAG: Record<SecretKind, string> = {
  tls: 'type: kubernetes.io/tls',
  'custom-type': 'type',
  'argocd-cluster-cert': 'argocd',
  'argocd-cluster-bearer': 'argocd',
  'argocd-repo-creds': 'argocdRepoCreds',
  'grafana-contact-point': 'contactpoint',
  multivalue: 'multivalue',
  property: 'property',
  single: '(none)'
}

/** Human name of each kind, for messages and the PR comment. */
export const KIND_LABEL: Record<SecretKind, string> = {
  tls: 'TLS',
  'custom-type': 'custom type',
  'argocd-cluster-cert': 'Argo CD cluster (client certificate)',
  'argocd-cluster-bearer': 'Argo CD cluster (bearer token)',
  'argocd-repo-creds': 'Argo CD repo creds',
  'grafana-contact-point': 'Grafana contact point',
  multivalue: 'multivalue',
  property: 'property',
  single: 'single value'
}
