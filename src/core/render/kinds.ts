import type { Entry, SecretKind } from '../model.js'
import { sortedRecord } from './order.js'
import type { DataItem, ExternalSecretBody, SecretTemplate } from './types.js'

/**
 * One secret kind = one function here (SPEC.md section 3). Each returns the
 * part of the ExternalSecret spec that differs between kinds; ces.ts wraps it.
 *
 * Safety rule for templates: user text (keys, remote names, properties,
 * labels) only ever appears as YAML data — secretKeys, remoteRef values,
 * label maps. Template *code* refers only to the fixed temporary secretKeys
 * below, so a remote name with `{{`, a quote or a newline cannot change what
 * the template does. The Argo CD `config` JSON is built with sprig's
 * `dict ... | toJson` (ESO's engine v2 loads sprig.TxtFuncMap minus env /
 * expandenv), which escapes quotes and newlines in the fetched values.
 */

/** Label Argo CD uses to find its secrets (SPEC.md section 5). */
export const ARGOCD_SECRET_TYPE_LABEL = 'argocd.argoproj.io/secret-type'
/** Label the Grafana alerting sidecar watches (SPEC.md section 5). */
export const GRAFANA_ALERT_LABEL = 'grafana_alert'
/**
 * Value we give `grafana_alert` when the user does not: the sidecar matches
 * any value by default; "1" is what the Grafana and kube-prometheus-stack
 * charts use in their examples.
 */
export const GRAFANA_ALERT_DEFAULT = '1'
/** Key of the provisioning file in a contact point Secret. */
export const CONTACT_POINT_KEY = 'contactpoints.yaml'

/** Argo CD cluster secret: the config JSON with client-certificate auth. */
export const ARGOCD_CERT_CONFIG =
  '{{ dict "tlsClientConfig" (dict "insecure" false "caData" .caData "certData" .certData "keyData" .keyData) | toJson }}'
/** Argo CD cluster secret: the config JSON with bearer-token auth. */
export const ARGOCD_BEARER_CONFIG =
  '{{ dict "bearerToken" .bearerToken "tlsClientConfig" (dict "insecure" false "caData" .caData) | toJson }}'

/** Remote properties fetched for Argo CD cluster secrets; also the temporary secretKeys the template reads. */
const ARGOCD_CERT_PROPERTIES = ['clusterName', 'host', 'caData', 'certData', 'keyData'] as const
const ARGOCD_BEARER_PROPERTIES = ['clusterName', 'host', 'caData', 'bearerToken'] as const
/** Keys of an Argo CD repo-creds Secret, fetched as properties of the same name. */
const REPO_CREDS_PROPERTIES = ['type', 'url', 'username', 'password'] as const

/** The renderer of every kind. A `Record` so adding a kind without a renderer fails to compile. */
export const KIND_RENDERERS: Record<SecretKind, (e: Entry) => ExternalSecretBody> = {
  tls: renderTls,
  'custom-type': renderCustomType,
  'argocd-cluster-cert': (e) => renderArgoCluster(e, ARGOCD_CERT_PROPERTIES, ARGOCD_CERT_CONFIG),
  'argocd-cluster-bearer': (e) => renderArgoCluster(e, ARGOCD_BEARER_PROPERTIES, ARGOCD_BEARER_CONFIG),
  'argocd-repo-creds': renderRepoCreds,
  'grafana-contact-point': renderContactPoint,
  multivalue: renderMultivalue,
  property: renderProperty,
  single: renderSingle
}

/** TLS: Kubernetes requires the keys tls.crt and tls.key, whatever the values file says. */
function renderTls(e: Entry): ExternalSecretBody {
  return {
    data: [
      { secretKey: 'tls.crt', remoteRef: { key: `${e.remoteName}-crt` } },
      { secretKey: 'tls.key', remoteRef: { key: `${e.remoteName}-key` } }
    ],
    template: template('kubernetes.io/tls', e.labels)
  }
}

/**
 * Custom type: the template only sets the type (and labels); with no
 * template data ESO copies the fetched key as is, so no template code is needed.
 */
function renderCustomType(e: Entry): ExternalSecretBody {
  return {
    data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }],
    template: template(e.type ?? 'Opaque', e.labels)
  }
}

function renderArgoCluster(e: Entry, properties: readonly string[], config: string): ExternalSecretBody {
  return {
    data: properties.map((p) => propertyRef(p, e.remoteName, p)),
    template: {
      ...template('Opaque', withFixedLabel(e.labels, ARGOCD_SECRET_TYPE_LABEL, 'cluster')),
      data: { name: '{{ .clusterName }}', server: '{{ .host }}', config }
    }
  }
}

/** Repo creds: the Secret keys equal the remote property names, so ESO copies them; the template only adds labels. */
function renderRepoCreds(e: Entry): ExternalSecretBody {
  return {
    data: REPO_CREDS_PROPERTIES.map((p) => propertyRef(p, e.remoteName, p)),
    template: template('Opaque', withFixedLabel(e.labels, ARGOCD_SECRET_TYPE_LABEL, 'repo-creds'))
  }
}

/**
 * Contact point: the user may choose the `grafana_alert` value (the sidecar's
 * `labelValue` is configurable); without one we set "1". Unlike the Argo CD
 * label, a user value here cannot break the kind.
 */
function renderContactPoint(e: Entry): ExternalSecretBody {
  const labels = e.labels[GRAFANA_ALERT_LABEL] !== undefined ? e.labels : withFixedLabel(e.labels, GRAFANA_ALERT_LABEL, GRAFANA_ALERT_DEFAULT)
  return {
    data: [{ secretKey: CONTACT_POINT_KEY, remoteRef: { key: e.remoteName } }],
    template: template('Opaque', labels)
  }
}

function renderMultivalue(e: Entry): ExternalSecretBody {
  return withLabels({ dataFrom: [{ extract: { key: e.remoteName } }] }, e.labels)
}

function renderProperty(e: Entry): ExternalSecretBody {
  return withLabels({ data: [propertyRef(e.key ?? '', e.remoteName, e.property ?? '')] }, e.labels)
}

function renderSingle(e: Entry): ExternalSecretBody {
  return withLabels({ data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }] }, e.labels)
}

function propertyRef(secretKey: string, key: string, property: string): DataItem {
  return { secretKey, remoteRef: { key, property } }
}

/** A template without data: ESO then copies the fetched data unchanged and only applies type and labels. */
function template(type: string, labels: Record<string, string>): SecretTemplate {
  const t: SecretTemplate = { engineVersion: 'v2', type }
  if (Object.keys(labels).length > 0) t.metadata = { labels }
  return t
}

/**
 * Kinds without their own template still get the user's labels (the chart
 * dropped them for some kinds): a metadata-only template, which ESO
 * applies while copying the fetched data as is.
 */
function withLabels(body: ExternalSecretBody, labels: Record<string, string>): ExternalSecretBody {
  if (Object.keys(labels).length > 0) body.template = template('Opaque', labels)
  return body
}

/** The kind's own label always wins over a user label with the same key: without it the Secret would not be that kind. */
function withFixedLabel(labels: Record<string, string>, key: string, value: string): Record<string, string> {
  return sortedRecord({ ...labels, [key]: value })
}
