import { withArticle } from '../lint/wording.js'
import { asString } from '../values.js'
import { isText, SECRET_KEY_FIELD, type KindModule } from './module.js'
import { propertyRef, withLabels } from './secret-template.js'

/** Property (`property:` set): one property of the remote JSON secret `R` into the key `K`. */
export const property: KindModule<'property'> = {
  kind: 'property',
  label: 'property',
  selects: (v) => isText(v.property),
  read: (v) => ({ key: asString(v.namespacesecretkeyname), property: asString(v.property) }),
  fields: [
    SECRET_KEY_FIELD,
    // On other kinds `property` is a value left behind, not a second kind switch: it gets no conflict warning, only this one.
    { key: 'property', isSet: isText, ignoredOn: (label) => `on ${withArticle(label)} entry` }
  ],
  secretType: () => 'Opaque',
  keys: (e) => [e.key ?? ''],
  remoteRefs: (e) => [`${e.remoteName}#${e.property ?? ''}`],
  remoteSecrets: (e) => [e.remoteName],
  fixedLabels: {},
  userLabelsWin: false,
  render: (e) => withLabels(property, { data: [propertyRef(e.key ?? '', e.remoteName, e.property ?? '')] }, e)
}
