import { compareStrings } from '../compare.js'
import { quote, withArticle } from '../lint/wording.js'
import { asString, present } from '../values.js'
import type { KindModule } from './module.js'
import { template } from './secret-template.js'

/** Kubernetes requires exactly these key names in a kubernetes.io/tls Secret; the chart let the user name them. */
const KEY_NAME_FIELDS = [
  ['namespacesecretkeynamecrt', 'tls.crt'],
  ['namespacesecretkeynamekey', 'tls.key']
] as const

/**
 * TLS (`type: kubernetes.io/tls`): a kubernetes.io/tls Secret with the keys
 * tls.crt and tls.key, read from the two remote secrets `R-crt` and `R-key`.
 */
export const tls: KindModule<'tls'> = {
  kind: 'tls',
  label: 'TLS',
  flag: { key: 'type', shown: 'type: kubernetes.io/tls' },
  selects: (v) => v.type === 'kubernetes.io/tls',
  read: (v) => ({ type: asString(v.type) }),
  fields: KEY_NAME_FIELDS.map(([key]) => ({
    key,
    isSet: present,
    ignoredOn: (label: string) => `on ${withArticle(label)} entry (it is for type: kubernetes.io/tls)`
  })),
  check(c) {
    for (const [key, required] of KEY_NAME_FIELDS) {
      const v = c.values[key]
      if (typeof v !== 'string' || v === '' || v === required) continue
      c.lint.report(
        'tls-key-name',
        c.at(key),
        `${c.me()}: "${key}" must be ${required} (Kubernetes requires it for kubernetes.io/tls Secrets), got ${quote(v)}`,
        'value',
        required
      )
    }
  },
  secretType: () => 'kubernetes.io/tls',
  keys: () => ['tls.crt', 'tls.key'],
  remoteRefs: (e) => tls.remoteSecrets(e),
  remoteSecrets: (e) => [`${e.remoteName}-crt`, `${e.remoteName}-key`].sort(compareStrings),
  fixedLabels: {},
  userLabelsWin: false,
  render: (e) => ({
    data: [
      { secretKey: 'tls.crt', remoteRef: { key: `${e.remoteName}-crt` } },
      { secretKey: 'tls.key', remoteRef: { key: `${e.remoteName}-key` } }
    ],
    template: template(tls, e)
  })
}
