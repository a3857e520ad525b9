import { compareStrings } from '../compare.js'
import { withArticle } from '../lint/wording.js'
import type { ExternalSecretBody } from '../render/types.js'
import type { KindEntry, KindField, KindModule } from './module.js'
import { propertyRef, template } from './secret-template.js'

/*
 * Argo CD cluster secrets (`argocd: true`): the keys name, server and config
 * that Argo CD reads from a Secret labelled
 * argocd.argoproj.io/secret-type: cluster, built from properties of the
 * remote JSON secret `R`. `argocdBearerToken: true` picks bearer-token auth,
 * otherwise a client certificate.
 *
 * The config JSON is built with sprig's `dict ... | toJson` (ESO's template
 * engine v2 loads sprig.TxtFuncMap minus env / expandenv), which escapes
 * quotes and newlines in the fetched values; the chart pasted them into a
 * JSON string, which broke on the first quote.
 */

/** Label Argo CD finds its cluster and credential-template Secrets by. */
export const ARGOCD_SECRET_TYPE_LABEL = 'argocd.argoproj.io/secret-type'

/** The config JSON with client-certificate auth. */
export const ARGOCD_CERT_CONFIG =
  '{{ dict "tlsClientConfig" (dict "insecure" false "caData" .caData "certData" .certData "keyData" .keyData) | toJson }}'
/** The config JSON with bearer-token auth. */
export const ARGOCD_BEARER_CONFIG =
  '{{ dict "bearerToken" .bearerToken "tlsClientConfig" (dict "insecure" false "caData" .caData) | toJson }}'

/** `argocdBearerToken` means something only next to `argocd: true`. */
const BEARER_FIELD: KindField = {
  key: 'argocdBearerToken',
  isSet: (v) => v === true,
  ignoredOn: (label, values) => (values.argocd === true ? `on ${withArticle(label)} entry` : 'without "argocd: true"')
}

function cluster<K extends string>(kind: K, label: string, bearer: boolean, properties: readonly string[], config: string): KindModule<K> {
  const clusterKind: KindModule<K> = {
    kind,
    label,
    flag: { key: 'argocd', shown: 'argocd' },
    // The bearer kind comes first in the decision order, so the certificate kind needs only `argocd`.
    selects: (v) => v.argocd === true && (!bearer || v.argocdBearerToken === true),
    read: () => ({}),
    fields: bearer ? [BEARER_FIELD] : [],
    secretType: () => 'Opaque',
    keys: () => ['config', 'name', 'server'],
    remoteRefs: (e) => properties.map((p) => `${e.remoteName}#${p}`).sort(compareStrings),
    remoteSecrets: (e) => [e.remoteName],
    fixedLabels: { [ARGOCD_SECRET_TYPE_LABEL]: 'cluster' },
    // Another value of the Argo CD label would change what Argo CD does with the Secret.
    userLabelsWin: false,
    render: (e: KindEntry): ExternalSecretBody => ({
      data: properties.map((p) => propertyRef(p, e.remoteName, p)),
      template: { ...template(clusterKind, e), data: { name: '{{ .clusterName }}', server: '{{ .host }}', config } }
    })
  }
  return clusterKind
}

/** Argo CD cluster with a client certificate: properties clusterName, host, caData, certData, keyData of `R`. */
export const argocdClusterCert = cluster(
  'argocd-cluster-cert',
  'Argo CD cluster (client certificate)',
  false,
  ['clusterName', 'host', 'caData', 'certData', 'keyData'],
  ARGOCD_CERT_CONFIG
)

/** Argo CD cluster with a bearer token: properties clusterName, host, caData, bearerToken of `R`. */
export const argocdClusterBearer = cluster(
  'argocd-cluster-bearer',
  'Argo CD cluster (bearer token)',
  true,
  ['clusterName', 'host', 'caData', 'bearerToken'],
  ARGOCD_BEARER_CONFIG
)
