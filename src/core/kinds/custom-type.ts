import { asString } from '../values.js'
import { isText, SECRET_KEY_FIELD, type KindModule } from './module.js'
import { template } from './secret-template.js'

/**
 * Custom type (`type:` anything but kubernetes.io/tls): a Secret of that
 * type with one key `K`, holding the whole remote secret `R`. The template
 * only sets the type (and labels); with no template data ESO copies the
 * fetched key as is, so no template code is needed.
 */
export const customType: KindModule<'custom-type'> = {
  kind: 'custom-type',
  label: 'custom type',
  flag: { key: 'type', shown: 'type' },
  selects: (v) => isText(v.type),
  read: (v) => ({ key: asString(v.namespacesecretkeyname), type: asString(v.type) }),
  fields: [SECRET_KEY_FIELD],
  secretType: (e) => e.type || 'Opaque',
  keys: (e) => [e.key ?? ''],
  remoteRefs: (e) => [e.remoteName],
  remoteSecrets: (e) => [e.remoteName],
  fixedLabels: {},
  userLabelsWin: false,
  render: (e) => ({
    data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }],
    template: template(customType, e)
  })
}
