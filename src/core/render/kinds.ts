import type { Entry, SecretKind } from '../model.js'
import { REMOTE_PROPERTIES, TLS_REMOTE_SUFFIXES, secretLabelsOf, secretTypeOf } from '../kinds-meta.js'
import type { DataItem, ExternalSecretBody, SecretTemplate } from './types.js'

/**
 * One secret kind = one function here (SPEC.md section 3). Each returns the
 * part of the ExternalSecret spec that differs between kinds; ces.ts wraps it.
 *
 * Safety rule for templates: user text (keys, remote names, properties,
 * labels) only ever appears as YAML data — secretKeys, remoteRef values,
 * label maps. Template *code* refers only to fixed temporary secretKeys
 * (the Argo CD property names of kinds-meta.ts), so a remote name with `{{`, a quote or a newline cannot change what
 * the template does. The Argo CD `config` JSON is built with sprig's
 * `dict ... | toJson` (ESO's engine v2 loads sprig.TxtFuncMap minus env /
 * expandenv), which escapes quotes and newlines in the fetched values.
 */

/** Key of the provisioning file in a contact point Secret. */
export const CONTACT_POINT_KEY = 'contactpoints.yaml'

/** Argo CD cluster secret: the config JSON with client-certificate auth. */
export const ARGOCD_CERT_CONFIG =
  '{{ dict "tlsClientConfig" (dict "insecure" false "caData" .caData "certData" .certData "keyData" .keyData) | toJson }}'
/** Argo CD cluster secret: the config JSON with bearer-token auth. */
export const ARGOCD_BEARER_CONFIG =
  '{{ dict "bearerToken" .bearerToken "tlsClientConfig" (dict "insecure" false "caData" .caData) | toJson }}'

/** The renderer of every kind. A `Record` so adding a kind without a renderer fails to compile. */
export const KIND_RENDERERS: Record<SecretKind, (e: Entry) => ExternalSecretBody> = {
  tls: renderTls,
  'custom-type': renderCustomType,
  'argocd-cluster-cert': (e) => renderArgoCluster(e, REMOTE_PROPERTIES['argocd-cluster-cert'], ARGOCD_CERT_CONFIG),
  'argocd-cluster-bearer': (e) => renderArgoCluster(e, REMOTE_PROPERTIES['argocd-cluster-bearer'], ARGOCD_BEARER_CONFIG),
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
      { secretKey: 'tls.crt', remoteRef: { key: e.remoteName + TLS_REMOTE_SUFFIXES.crt } },
      { secretKey: 'tls.key', remoteRef: { key: e.remoteName + TLS_REMOTE_SUFFIXES.key } }
    ],
    template: template(e)
  }
}

/**
 * Custom type: the template only sets the type (and labels); with no
 * template data ESO copies the fetched key as is, so no template code is needed.
 */
function renderCustomType(e: Entry): ExternalSecretBody {
  return {
    data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }],
    template: template(e)
  }
}

function renderArgoCluster(e: Entry, properties: readonly string[], config: string): ExternalSecretBody {
  return {
    data: properties.map((p) => propertyRef(p, e.remoteName, p)),
    template: {
      ...template(e),
      data: { name: '{{ .clusterName }}', server: '{{ .host }}', config }
    }
  }
}

/** Repo creds: the Secret keys equal the remote property names, so ESO copies them; the template only adds labels. */
function renderRepoCreds(e: Entry): ExternalSecretBody {
  return {
    data: REMOTE_PROPERTIES['argocd-repo-creds'].map((p) => propertyRef(p, e.remoteName, p)),
    template: template(e)
  }
}

/** Contact point: one provisioning file; the `grafana_alert` label makes the Grafana sidecar load it. */
function renderContactPoint(e: Entry): ExternalSecretBody {
  return {
    data: [{ secretKey: CONTACT_POINT_KEY, remoteRef: { key: e.remoteName } }],
    template: template(e)
  }
}

function renderMultivalue(e: Entry): ExternalSecretBody {
  return withLabels({ dataFrom: [{ extract: { key: e.remoteName } }] }, e)
}

function renderProperty(e: Entry): ExternalSecretBody {
  return withLabels({ data: [propertyRef(e.key ?? '', e.remoteName, e.property ?? '')] }, e)
}

function renderSingle(e: Entry): ExternalSecretBody {
  return withLabels({ data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }] }, e)
}

function propertyRef(secretKey: string, key: string, property: string): DataItem {
  return { secretKey, remoteRef: { key, property } }
}

/**
 * A template without data: ESO then copies the fetched data unchanged and
 * only applies the type (when not Opaque) and labels. Type and labels come from kinds-meta.ts,
 * which the diff also describes Secrets with, so both always agree: the Argo
 * CD label wins over a user label of the same key (another value would change
 * what Argo CD does), a user `grafana_alert` value is kept (the sidecar's
 * label value is configurable), otherwise it is "1".
 */
function template(e: Entry): SecretTemplate {
  const t: SecretTemplate = { engineVersion: 'v2' }
  const type = secretTypeOf(e)
  // Opaque is what Kubernetes gives a Secret without a type; leaving it out
  // lets ESO keep the existing type when creationPolicy is Merge.
  if (type !== 'Opaque') t.type = type
  const labels = secretLabelsOf(e)
  if (Object.keys(labels).length > 0) t.metadata = { labels }
  return t
}

/**
 * Kinds without their own template still get the user's labels (the chart
 * dropped them for some kinds): a metadata-only template, which ESO
 * applies while copying the fetched data as is.
 */
function withLabels(body: ExternalSecretBody, e: Entry): ExternalSecretBody {
  if (Object.keys(e.labels).length > 0) body.template = template(e)
  return body
}
