import type { KindModule } from './module.js'
import { template } from './secret-template.js'

/** Key of the provisioning file in the Secret. */
const CONTACT_POINT_KEY = 'contactpoints.yaml'

/**
 * Grafana alerting contact point (`contactpoint: true`): one provisioning
 * file, `contactpoints.yaml`, holding the remote secret `R`. The Grafana
 * chart's alerting sidecar loads Secrets with the label key `grafana_alert`;
 * it matches any value by default but can be pinned to one (`labelValue`),
 * so the label gets the chart's value "true" (a sidecar pinned to it keeps
 * working after a switch), and a user's own `grafana_alert` value is kept.
 */
export const grafanaContactPoint: KindModule<'grafana-contact-point'> = {
  kind: 'grafana-contact-point',
  label: 'Grafana contact point',
  flag: { key: 'contactpoint', shown: 'contactpoint' },
  selects: (v) => v.contactpoint === true,
  read: () => ({}),
  fields: [],
  secretType: () => 'Opaque',
  keys: () => [CONTACT_POINT_KEY],
  remoteRefs: (e) => [e.remoteName],
  remoteSecrets: (e) => [e.remoteName],
  fixedLabels: { grafana_alert: 'true' },
  userLabelsWin: true,
  render: (e) => ({
    data: [{ secretKey: CONTACT_POINT_KEY, remoteRef: { key: e.remoteName } }],
    template: template(grafanaContactPoint, e)
  })
}
