import type { Severity } from '../types.js'

/** One lint rule: what the docs say about it and the example its test runs. */
export interface RuleInfo {
  severity: Severity
  /** One line, for the rule list in the README. */
  description: string
  example: {
    /** A small values file showing the problem. */
    values: string
    /** The finding it produces. */
    line: number
    column: number
    message: string
  }
}

// A store and an entry that pass every rule, to keep examples short.
const STORE = 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'
const ENTRY = '  - secret: db\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n'
const ENTRIES = `externalsecrets:\n${ENTRY}`

/**
 * Every rule id with its severity, description and a runnable example.
 * docs/lint-rules.md is generated from this table and each example is a test.
 */
export const RULES = {
  'yaml-syntax': {
    severity: 'error',
    description: 'The file is not valid YAML (or is binary, or too large).',
    example: { values: 'externalsecrets:\n  - secret: [db\n', line: 0, column: 0, message: '' }
  },
  'yaml-tab': {
    severity: 'error',
    description: 'A tab is used for indentation; YAML allows only spaces.',
    example: { values: 'externalsecrets:\n\t- secret: db\n', line: 0, column: 0, message: '' }
  },
  'yaml-duplicate-key': {
    severity: 'error',
    description: 'A key appears twice in one mapping (YAML tools disagree on which one wins).',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    secret: db2\n`, line: 0, column: 0, message: '' }
  },
  'yaml-alias-bomb': {
    severity: 'error',
    description: 'Aliases expand to too many nodes (a "billion laughs" document).',
    example: {
      values: 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      line: 0,
      column: 0,
      message: ''
    }
  },
  'empty-file': {
    severity: 'error',
    description: 'The file is empty or holds only comments.',
    example: { values: '# nothing here\n', line: 0, column: 0, message: '' }
  },
  'not-a-mapping': {
    severity: 'error',
    description: 'The top level of the file is a list or a single value instead of a mapping.',
    example: { values: '- secret: db\n', line: 0, column: 0, message: '' }
  },
  'unknown-key': {
    severity: 'error',
    description: 'A key the values format does not know (usually a typo); suggests the closest allowed key.',
    example: { values: `${STORE}${ENTRIES}    namespaceselector:\n      team: payments\n`, line: 0, column: 0, message: '' }
  },
  'wrong-type': {
    severity: 'error',
    description: 'A value of the wrong type, e.g. a quoted "true" where a boolean belongs or a number where a name belongs.',
    example: { values: `${STORE}${ENTRIES}    multivalue: "true"\n`, line: 0, column: 0, message: '' }
  },
  'invalid-value': {
    severity: 'error',
    description: 'A value outside its allowed set (providerType, version, policies, esoApiVersion...).',
    example: { values: 'clustersecretstore:\n  name: kv\n  providerType: azure\n', line: 0, column: 0, message: '' }
  },
  schema: {
    severity: 'error',
    description: 'Any other JSON Schema violation.',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespaceSelector:\n      matchExpressions:\n        - key: env\n`, line: 0, column: 0, message: '' }
  },
  'entry-required': {
    severity: 'error',
    description: 'An entry misses a key its kind needs (secret, clustersecstore, namespacesecretname, keyvaultsecretname; namespacesecretkeyname for single value, property and custom type).',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: payments\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'store-required': {
    severity: 'error',
    description: 'A store misses a key its provider and auth mode need.',
    example: { values: 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n    tenantid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n', line: 0, column: 0, message: '' }
  },
  'no-target': {
    severity: 'error',
    description: 'An entry has no target namespace (namespace, namespaces or namespaceSelector).',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'namespace-conflict': {
    severity: 'error',
    description: 'An entry sets both namespace and namespaces.',
    example: { values: `${STORE}${ENTRIES}    namespaces: [billing]\n`, line: 0, column: 0, message: '' }
  },
  'invalid-resource-name': {
    severity: 'error',
    description: 'A ClusterExternalSecret, Secret, store or service account name is not a DNS-1123 subdomain (max 253).',
    example: { values: `${STORE}externalsecrets:\n  - secret: DB_Creds\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'invalid-namespace': {
    severity: 'error',
    description: 'A namespace is not a DNS-1123 label (max 63).',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: Payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'invalid-secret-key': {
    severity: 'error',
    description: 'A key inside a Secret does not match [-._a-zA-Z0-9]+.',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: db password\n`, line: 0, column: 0, message: '' }
  },
  'invalid-label': {
    severity: 'error',
    description: 'A label key or value (Secret labels or a selector) breaks the Kubernetes label rules.',
    example: { values: `${STORE}${ENTRIES}    labels:\n      team: -payments\n`, line: 0, column: 0, message: '' }
  },
  'invalid-selector': {
    severity: 'error',
    description: 'A namespace selector mixes plain labels with matchLabels/matchExpressions, or an expression has the wrong values for its operator.',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespaceSelector:\n      matchLabels: {team: payments}\n      env: prod\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'empty-selector': {
    severity: 'warning',
    description: 'An empty namespace selector selects every namespace of the cluster.',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespaceSelector: {}\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'tls-key-name': {
    severity: 'error',
    description: 'A TLS entry names its keys other than tls.crt / tls.key.',
    example: { values: `${STORE}externalsecrets:\n  - secret: web-tls\n    clustersecstore: kv\n    namespace: web\n    namespacesecretname: web-tls\n    keyvaultsecretname: web\n    type: kubernetes.io/tls\n    namespacesecretkeynamecrt: cert.pem\n`, line: 0, column: 0, message: '' }
  },
  'conflicting-kind-flags': {
    severity: 'warning',
    description: 'An entry sets two kind flags; names the kind this tool makes and the one the published chart 1.1 would make.',
    example: { values: `${STORE}externalsecrets:\n  - secret: prod-cluster\n    clustersecstore: kv\n    namespace: argocd\n    namespacesecretname: prod-cluster\n    keyvaultsecretname: prod-cluster\n    argocd: true\n    contactpoint: true\n`, line: 0, column: 0, message: '' }
  },
  'ineffective-flag': {
    severity: 'warning',
    description: 'A key that has no effect where it is (argocdBearerToken without argocd, a key name on a kind with fixed keys, namespace next to namespaceSelector, an unused provider block...).',
    example: { values: `${STORE}${ENTRIES}    argocdBearerToken: true\n`, line: 0, column: 0, message: '' }
  },
  'duplicate-name': {
    severity: 'error',
    description: 'Two entries (in one file or across files) share a ClusterExternalSecret name.',
    example: { values: `${STORE}${ENTRIES}  - secret: db\n    clustersecstore: kv\n    namespace: billing\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'duplicate-store': {
    severity: 'error',
    description: 'Two stores (in one file or across files) share a ClusterSecretStore name.',
    example: { values: `${STORE}clustersecretstores:\n  - name: kv\n    providerType: aws\n    aws:\n      auth: {serviceAccountName: eso, serviceAccountNamespace: eso}\n`, line: 0, column: 0, message: '' }
  },
  'duplicate-secret': {
    severity: 'error',
    description: 'Two entries create the same Secret in the same namespace (or with the same selector).',
    example: { values: `${STORE}${ENTRIES}  - secret: db-copy\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'unknown-store': {
    severity: 'warning',
    description: 'An entry reads from a store that none of the given files defines.',
    example: { values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kb\n    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`, line: 0, column: 0, message: '' }
  },
  'placeholder-value': {
    severity: 'warning',
    description: 'A value still looks like a placeholder (changeme, <...>, TODO, xxx, example.com...).',
    example: { values: 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://<vault-name>.vault.azure.net\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n', line: 0, column: 0, message: '' }
  },
  'template-syntax': {
    severity: 'error',
    description: 'A value or key contains "{{" or "}}", which ESO (Go text/template) would evaluate.',
    example: { values: `${STORE}${ENTRIES}    labels:\n      team: '{{ .team }}'\n`, line: 0, column: 0, message: '' }
  },
  'deletion-policy': {
    severity: 'error',
    description: 'deletionPolicy Delete without creationPolicy Owner (or Merge with None): ESO rejects the ExternalSecret.',
    example: { values: `${STORE}${ENTRIES}    creationPolicy: Merge\n    deletionPolicy: Delete\n`, line: 0, column: 0, message: '' }
  },
  'invalid-duration': {
    severity: 'error',
    description: 'refreshTime / refreshInterval is not a Go duration (30s, 5m, 1h30m, 0).',
    example: { values: `${STORE}${ENTRIES}    refreshInterval: 5 minutes\n`, line: 0, column: 0, message: '' }
  },
  'invalid-url': {
    severity: 'error',
    description: 'A store URL (vault server, Azure vaulturl) is not an http(s) URL.',
    example: { values: 'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: vault.internal:8200\n    path: secret\n    auth: {tokenName: vault-token, tokenNamespace: eso, tokenKey: token}\n', line: 0, column: 0, message: '' }
  },
  'insecure-url': {
    severity: 'warning',
    description: 'A store URL uses plain http (fine only for local test servers).',
    example: { values: 'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: http://vault.internal:8200\n    path: secret\n    auth: {tokenName: vault-token, tokenNamespace: eso, tokenKey: token}\n', line: 0, column: 0, message: '' }
  },
  'azure-vault-url': {
    severity: 'warning',
    description: 'An Azure vaulturl is not of the form https://<name>.vault.azure.net.',
    example: { values: 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.azure.net\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n', line: 0, column: 0, message: '' }
  },
  'invalid-regex': {
    severity: 'error',
    description: 'A store condition namespaceRegexes item is not a valid regular expression.',
    example: { values: `${STORE}  conditions:\n    - namespaceRegexes: ['team-(a']\n`, line: 0, column: 0, message: '' }
  },
  'internal-error': {
    severity: 'error',
    description: 'A bug in the linter itself; the file could not be fully checked. Please report it.',
    example: { values: '', line: 0, column: 0, message: '' }
  }
} satisfies Record<string, RuleInfo>

export type RuleId = keyof typeof RULES
