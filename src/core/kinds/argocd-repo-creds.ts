import { compareStrings } from '../compare.js'
import { ARGOCD_SECRET_TYPE_LABEL } from './argocd-cluster.js'
import type { KindModule } from './module.js'
import { propertyRef, template } from './secret-template.js'

/** The remote JSON properties, which are also the Secret's keys. */
const PROPERTIES = ['type', 'url', 'username', 'password'] as const

/**
 * Argo CD repository credential template (`argocdRepoCreds: true`): the keys
 * type, url, username and password, from the properties of the same names
 * of `R`. The Secret keys equal the property names, so ESO copies them and
 * the template only adds labels.
 */
export const argocdRepoCreds: KindModule<'argocd-repo-creds'> = {
  kind: 'argocd-repo-creds',
  label: 'Argo CD repo creds',
  flag: { key: 'argocdRepoCreds', shown: 'argocdRepoCreds' },
  selects: (v) => v.argocdRepoCreds === true,
  read: () => ({}),
  fields: [],
  secretType: () => 'Opaque',
  keys: () => [...PROPERTIES].sort(compareStrings),
  remoteRefs: (e) => PROPERTIES.map((p) => `${e.remoteName}#${p}`).sort(compareStrings),
  remoteSecrets: (e) => [e.remoteName],
  fixedLabels: { [ARGOCD_SECRET_TYPE_LABEL]: 'repo-creds' },
  userLabelsWin: false,
  render: (e) => ({
    data: PROPERTIES.map((p) => propertyRef(p, e.remoteName, p)),
    template: template(argocdRepoCreds, e)
  })
}
