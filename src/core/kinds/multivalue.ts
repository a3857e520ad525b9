import { ALL_KEYS, type KindModule } from './module.js'
import { withLabels } from './secret-template.js'

/** Multivalue (`multivalue: true`): every key of the remote JSON secret `R` (ESO's `dataFrom.extract`). */
export const multivalue: KindModule<'multivalue'> = {
  kind: 'multivalue',
  label: 'multivalue',
  flag: { key: 'multivalue', shown: 'multivalue' },
  selects: (v) => v.multivalue === true,
  read: () => ({}),
  fields: [],
  secretType: () => 'Opaque',
  keys: () => [ALL_KEYS],
  remoteRefs: (e) => [e.remoteName],
  remoteSecrets: (e) => [e.remoteName],
  fixedLabels: {},
  userLabelsWin: false,
  render: (e) => withLabels(multivalue, { dataFrom: [{ extract: { key: e.remoteName } }] }, e)
}
