import { asString } from '../values.js'
import { SECRET_KEY_FIELD, type KindModule } from './module.js'
import { withLabels } from './secret-template.js'

/** Single value (no kind switch set): the whole remote secret `R` into the key `K`. */
export const single: KindModule<'single'> = {
  kind: 'single',
  label: 'single value',
  selects: () => true,
  read: (v) => ({ key: asString(v.namespacesecretkeyname) }),
  fields: [SECRET_KEY_FIELD],
  secretType: () => 'Opaque',
  keys: (e) => [e.key ?? ''],
  remoteRefs: (e) => [e.remoteName],
  remoteSecrets: (e) => [e.remoteName],
  fixedLabels: {},
  userLabelsWin: false,
  render: (e) => withLabels(single, { data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }] }, e)
}
