// Values files both tools read the same way: only keys the original chart
// (1.0.0, ../shared/seed-chart/chart) understands, so `helm template` of that
// chart and this tool render the same releases. One Azure Key Vault store with
// a managed identity, and entries cycling through the six kinds the chart
// knows: single value, multivalue, TLS, custom type, Grafana contact point and
// Argo CD cluster. No `property`, `namespaceSelector`, `labels` or AWS (the
// chart has none of them). The bench checks at run time that helm renders
// every file without error; a unit test checks that lint finds nothing.

/** Apps the entry names are made of, so names look like a platform team's. */
const APPS = ['payments', 'checkout', 'search', 'ledger', 'identity', 'catalog', 'billing', 'notify']

/** The chart's kind switches, one per kind, cycled through by entry index. */
const KINDS = [
  () => ({ namespacesecretkeyname: 'password' }),
  () => ({ multivalue: true }),
  () => ({ type: 'kubernetes.io/tls', namespacesecretkeynamecrt: 'tls.crt', namespacesecretkeynamekey: 'tls.key' }),
  () => ({ type: 'example.com/api-token', namespacesecretkeyname: 'token' }),
  () => ({ contactpoint: true }),
  () => ({ argocd: true })
]

/** Namespaces the entries spread over (a cluster of a few dozen teams). */
export const NAMESPACES = 200

function entry(i, edited) {
  const app = APPS[i % APPS.length]
  const name = `${app}-${i}`
  return {
    secret: name,
    clustersecstore: 'azure-backend',
    // An edit moves a few entries to another team's namespace...
    namespace: `team-${(edited && i % 70 === 3 ? i + 1 : i) % NAMESPACES}`,
    namespacesecretname: `${name}-credentials`,
    // ...and points a few at a rotated remote secret.
    keyvaultsecretname: edited && i % 50 === 7 ? `${app}-${i}-v2` : `${app}-${i}`,
    ...KINDS[i % KINDS.length]()
  }
}

/**
 * The values of one release with `entries` entries. With `edited`, a
 * realistic pull request against the same file: 1% of entries removed, 1%
 * added, 2% pointed at another remote secret and 1.4% moved to another
 * namespace (the head side of the bench's diff row).
 */
export function chartValues(entries, { edited = false } = {}) {
  const list = []
  for (let i = 0; i < entries; i++) if (!(edited && i % 100 === 42)) list.push(entry(i, edited))
  if (edited) for (let i = 0; i < Math.max(1, Math.floor(entries / 100)); i++) list.push(entry(entries + i, edited))
  return {
    clustersecretstore: {
      name: 'azure-backend',
      providerType: 'azurekv',
      azurekv: {
        tenantid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        vaulturl: 'https://platform-prod.vault.azure.net',
        identityid: '5b3c6a2e-0d4f-4e1a-9c57-3e8f2b9d1a64'
      }
    },
    externalsecrets: list
  }
}

/**
 * The same values as YAML text, written by hand in the block style people
 * write values files in (the bench must not depend on a serializer's choices).
 * Every value here is plain text under YAML 1.1 and 1.2, so nothing is quoted.
 */
export function chartValuesYaml(entries, options) {
  const v = chartValues(entries, options)
  const s = v.clustersecretstore
  let out =
    `clustersecretstore:\n  name: ${s.name}\n  providerType: ${s.providerType}\n  azurekv:\n` +
    `    tenantid: ${s.azurekv.tenantid}\n    vaulturl: ${s.azurekv.vaulturl}\n    identityid: ${s.azurekv.identityid}\n` +
    'externalsecrets:\n'
  for (const e of v.externalsecrets) {
    let first = true
    for (const [k, val] of Object.entries(e)) {
      out += `${first ? '  - ' : '    '}${k}: ${val}\n`
      first = false
    }
  }
  return out
}
