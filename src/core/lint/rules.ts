import { LIMITS } from '../limits.js'
import type { Finding, Position, Severity } from '../types.js'

/** One lint rule: what the docs say about it and the example its test runs. */
export interface RuleInfo {
  severity: Severity
  /** One line, for the rule list in docs/lint-rules.md. */
  description: string
  /**
   * The one case in which the rule reports a warning although its severity is
   * error (say what it is, for the docs); only rules that name it may be
   * reported through `warningFinding`.
   */
  warningCase?: string
  /** Absent only for internal-error, which no values file should be able to produce. */
  example?: {
    /** A small file showing the problem: a values file, or the file named by `input`. */
    values: string
    /** The file the example is, when it is not a values file. */
    input?: 'namespaces-file'
    /** Why a shell refused to read the file, for rules about files that are never read. */
    refused?: string
    /** The finding it produces. */
    line: number
    column: number
    message: string
    /** The fixed text of line `line`, for rules that know the exact fix (Finding.fix). */
    fix?: string
    /**
     * Only for the rules of `verify`, which ask the providers: what the store
     * holds in the example (every other remote name is missing), or why it
     * could not be asked.
     */
    remote?: { present: string[] } | { unchecked: string }
  }
}

// A store and an entry that pass every rule, to keep examples short.
const STORE =
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
  'https://my-vault.vault.azure.net\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'
const ENTRY =
  '  - secret: db\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: ' +
  'db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n'
const ENTRIES = `externalsecrets:\n${ENTRY}`

// The literal table; its keys make the RuleId type.
const RULE_TABLE = {
  'yaml-syntax': {
    severity: 'error',
    description: 'The file is not valid YAML (or is binary, or too large).',
    warningCase: 'YAML that parses but may not mean what it says (an unresolved tag such as `!custom`, an anchor ending in `:`)',
    example: {
      values: 'externalsecrets:\n  - secret: [db\n',
      line: 3,
      column: 1,
      message: 'Flow sequence in block collection must be sufficiently indented and end with a ]'
    }
  },
  'yaml-tab': {
    severity: 'error',
    description: 'A tab is used for indentation; YAML allows only spaces.',
    example: { values: 'externalsecrets:\n\t- secret: db\n', line: 2, column: 1, message: 'Tabs are not allowed as indentation' }
  },
  'yaml-duplicate-key': {
    severity: 'error',
    description:
      'A key appears twice in one mapping, also when written differently ("1" and 1); the last one is used, as in ' +
      'Helm, and linting goes on.',
    example: {
      values: `${STORE}externalsecrets:\n  - secret: db\n    secret: db2\n`,
      line: 8,
      column: 5,
      message:
        'duplicate key "secret" (lines 7 and 8): a key may appear only once in a mapping. Like Helm, this tool uses ' +
        'the last one (line 8) and checks the rest of the file with it'
    }
  },
  'yaml-alias-bomb': {
    severity: 'error',
    description:
      'Aliases and merge keys make the file expand to more than 1,000,000 nodes (a "billion laughs" document), or an ' +
      'alias refers to a node that contains it; points at the alias that crosses the bound.',
    example: {
      values: ['a: &a ', 'b: &b ', 'c: &c ', 'd: ']
        .map(
          (head, i) =>
            `${head}[${Array(32)
              .fill(i === 0 ? 'x' : `*${'abc'[i - 1]}`)
              .join(', ')}]\n`
        )
        .join(''),
      line: 4,
      column: 117,
      message: 'the alias *c makes the file expand to more than 1,000,000 nodes; refusing a possible alias bomb'
    }
  },
  'limit-exceeded': {
    severity: 'error',
    description:
      'The file is past one of the bounds that keep lint fast and small: 16 MiB, 250,000 YAML nodes, 64 levels of nesting, ' +
      '1,000 keys in a mapping, 20,000 items in a list, 16,384 characters in a string, 100 labels, 100 store condition items; ' +
      `a store condition regex that would compile to more than ${LIMITS.regexInstructions.toLocaleString('en-US')} RE2 instructions, ` +
      `or all of them in one run to more than ${LIMITS.regexInstructionsPerRun.toLocaleString('en-US')} ` +
      '(estimated from the text; such a pattern is not compiled and its store is not judged).',
    example: {
      values: `x: ${'['.repeat(65)}${']'.repeat(65)}\n`,
      line: 1,
      column: 68,
      message: 'values are nested deeper than 64 levels (limit)'
    }
  },
  'unsafe-file': {
    severity: 'error',
    description:
      'A values file is not a regular file inside the workspace (a symbolic link out of it or into .git, a device, ' +
      'a FIFO, a directory); it is not read.',
    example: {
      values: '',
      refused: 'values.yaml is a symbolic link to a file outside the workspace; values files must be regular files in the repository',
      line: 1,
      column: 1,
      message: 'values.yaml is a symbolic link to a file outside the workspace; values files must be regular files in the repository'
    }
  },
  'yaml11-ambiguous': {
    severity: 'warning',
    description:
      'An unquoted value or key (on, yes, no, y, n, 1_000...) is a string here but a boolean or number to Helm and other YAML 1.1 readers.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: on\n   ` +
        ` namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
        `namespacesecretkeyname: password\n`,
      line: 9,
      column: 16,
      message:
        'externalsecrets[0] ("db"): "namespace": the unquoted on is the string "on" here, but Helm ' +
        'and other YAML 1.1 readers read it as the boolean true; write it in quotes: "on"'
    }
  },
  'empty-file': {
    severity: 'error',
    description: 'The file is empty or holds only comments.',
    example: {
      values: '# nothing here\n',
      line: 1,
      column: 1,
      message: 'the file is empty; a values file needs at least "clustersecretstore" or "externalsecrets"'
    }
  },
  'not-a-mapping': {
    severity: 'error',
    description: 'The top level of the file is a list or a single value instead of a mapping.',
    example: {
      values: '- secret: db\n',
      line: 1,
      column: 1,
      message: 'the file holds a list, but a values file is a mapping (clustersecretstore: ..., externalsecrets: [...])'
    }
  },
  'unknown-key': {
    severity: 'error',
    description: 'A key the values format does not know (usually a typo); suggests the closest allowed key.',
    example: {
      values: `${STORE}${ENTRIES}    namespaceselector:\n      team: payments\n`,
      line: 13,
      column: 5,
      message: 'externalsecrets[0] ("db"): unknown key "namespaceselector"; did you mean "namespaceSelector"?',
      fix: '    namespaceSelector:'
    }
  },
  'helm-only-key': {
    severity: 'warning',
    description:
      'A Helm chart setting written out of habit (nameOverride, fullnameOverride) that has no effect here: ' +
      'every name comes from the values themselves.',
    example: {
      values: `nameOverride: secrets\n${STORE}${ENTRIES}`,
      line: 1,
      column: 1,
      message:
        '"nameOverride" has no effect: the resources are named by the values themselves (clustersecretstore.name, ' +
        'externalsecrets[].secret, namespacesecretname), as in the chart; remove it'
    }
  },
  'wrong-type': {
    severity: 'error',
    description: 'A value of the wrong type, e.g. a quoted "true" where a boolean belongs or a number where a name belongs.',
    example: {
      values: `${STORE}${ENTRIES}    multivalue: "true"\n`,
      line: 13,
      column: 17,
      message:
        'externalsecrets[0] ("db"): "multivalue" must be a boolean (true or false), got the string ' +
        '"true"; write multivalue: true without quotes'
    }
  },
  'invalid-value': {
    severity: 'error',
    description:
      'A value outside its allowed set (providerType, version, policies, esoApiVersion...) or otherwise against the JSON Schema.',
    example: {
      values: 'clustersecretstore:\n  name: kv\n  providerType: azure\n',
      line: 3,
      column: 17,
      message: 'clustersecretstore ("kv"): "providerType" must be one of azurekv, aws, vault, got the string "azure"'
    }
  },
  'missing-key': {
    severity: 'error',
    description: 'A nested object misses a key the schema requires (e.g. a matchExpressions item without operator).',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
        `namespaceSelector:\n      matchExpressions:\n        - key: env\n    namespacesecretname: ` +
        `db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
      line: 11,
      column: 11,
      message: 'externalsecrets[0] ("db"): "namespaceSelector.matchExpressions[0].operator" is required'
    }
  },
  'entry-required': {
    severity: 'error',
    description:
      'An entry misses a key its kind needs (secret, clustersecstore, namespacesecretname, ' +
      'keyvaultsecretname; namespacesecretkeyname for single value, property and custom type).',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
        `payments\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
      line: 7,
      column: 5,
      message: 'externalsecrets[0] ("db"): "namespacesecretname" is required (the name of the Kubernetes Secret to create)'
    }
  },
  'store-required': {
    severity: 'error',
    description: 'A store misses a key its provider and auth mode need.',
    example: {
      values:
        'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
        'https://my-vault.vault.azure.net\n    tenantid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n',
      line: 3,
      column: 3,
      message:
        'clustersecretstore ("kv"): "azurekv.clientid" is required (a Secret reference {name, ' +
        'namespace, id}) for ServicePrincipal auth (or set "identityid" for ManagedIdentity, ' +
        '"workloadIdentity" for WorkloadIdentity)'
    }
  },
  'aws-controller-credentials': {
    severity: 'info',
    description:
      "An AWS store without auth: ESO reads AWS with its controller's own credentials (IRSA on its service account, EKS Pod Identity).",
    example: {
      values: 'clustersecretstore:\n  name: aws\n  providerType: aws\n  aws:\n    region: eu-west-1\n',
      line: 4,
      column: 3,
      message:
        'clustersecretstore ("aws"): no "aws.auth" service account is set, so ESO reads AWS with the credentials of its own ' +
        'controller (IRSA on its service account, or EKS Pod Identity); set "aws.auth" to use another service account'
    }
  },
  'no-target': {
    severity: 'error',
    description: 'An entry has no target namespace (namespace, namespaces or namespaceSelector).',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
        `namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
      line: 7,
      column: 5,
      message: 'externalsecrets[0] ("db"): has no target namespace; set "namespace", "namespaces" or "namespaceSelector"'
    }
  },
  'namespace-conflict': {
    severity: 'error',
    description: 'An entry sets both namespace and namespaces.',
    example: {
      values: `${STORE}${ENTRIES}    namespaces: [billing]\n`,
      line: 13,
      column: 5,
      message: 'externalsecrets[0] ("db"): sets both "namespace" and "namespaces"; keep one (put every namespace in "namespaces")'
    }
  },
  'invalid-resource-name': {
    severity: 'error',
    description: 'A ClusterExternalSecret, Secret, store or service account name is not a DNS-1123 subdomain (max 253).',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: DB_Creds\n    clustersecstore: kv\n    namespace: ` +
        `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
        `namespacesecretkeyname: password\n`,
      line: 7,
      column: 13,
      message:
        'externalsecrets[0] ("DB_Creds"): "secret": "DB_Creds" is not a valid ClusterExternalSecret ' +
        'name: use at most 253 lowercase letters, digits, "-" and ".", starting and ending with a ' +
        'letter or digit'
    }
  },
  'invalid-namespace': {
    severity: 'error',
    description: 'A namespace is not a DNS-1123 label (max 63).',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
        `Payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
        `namespacesecretkeyname: password\n`,
      line: 9,
      column: 16,
      message:
        'externalsecrets[0] ("db"): "namespace": "Payments" is not a valid namespace name: use at ' +
        'most 63 lowercase letters, digits and "-", starting and ending with a letter or digit'
    }
  },
  'invalid-secret-key': {
    severity: 'error',
    description: 'A key inside a Secret does not match [-._a-zA-Z0-9]+.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
        `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
        `namespacesecretkeyname: db password\n`,
      line: 12,
      column: 29,
      message:
        'externalsecrets[0] ("db"): "namespacesecretkeyname": "db password" is not a valid Secret ' +
        'key: use only letters, digits, "-", "_" and "." (at most 253, not "." and not starting ' +
        'with "..")'
    }
  },
  'invalid-label': {
    severity: 'error',
    description: 'A label key or value (Secret labels or a selector) breaks the Kubernetes label rules.',
    example: {
      values: `${STORE}${ENTRIES}    labels:\n      team: -payments\n`,
      line: 14,
      column: 13,
      message:
        'externalsecrets[0] ("db"): "labels.team": "-payments" is not a valid label value: use at ' +
        'most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit (or ' +
        'leave it empty)'
    }
  },
  'invalid-selector': {
    severity: 'error',
    description:
      'A namespace selector mixes plain labels with matchLabels/matchExpressions, or an expression has the wrong values for its operator.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
        `namespaceSelector:\n      matchLabels: {team: payments}\n      env: prod\n    ` +
        `namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
      line: 11,
      column: 7,
      message:
        'externalsecrets[0] ("db"): "namespaceSelector" mixes matchLabels with the plain label "env"; move the label under matchLabels'
    }
  },
  'empty-selector': {
    severity: 'warning',
    description: 'An empty namespace selector selects every namespace of the cluster.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
        `namespaceSelector: {}\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n ` +
        `   namespacesecretkeyname: password\n`,
      line: 9,
      column: 24,
      message:
        'externalsecrets[0] ("db"): "namespaceSelector" is empty, which selects every namespace in ' +
        'the cluster; add matchLabels or use "namespace"'
    }
  },
  'tls-key-name': {
    severity: 'error',
    description: 'A TLS entry names its keys other than tls.crt / tls.key.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: web-tls\n    clustersecstore: kv\n    namespace: ` +
        `web\n    namespacesecretname: web-tls\n    keyvaultsecretname: web\n    type: ` +
        `kubernetes.io/tls\n    namespacesecretkeynamecrt: cert.pem\n`,
      line: 13,
      column: 32,
      message:
        'externalsecrets[0] ("web-tls"): "namespacesecretkeynamecrt" must be tls.crt (Kubernetes ' +
        'requires it for kubernetes.io/tls Secrets), got "cert.pem"',
      fix: '    namespacesecretkeynamecrt: tls.crt'
    }
  },
  'conflicting-kind-flags': {
    severity: 'warning',
    description:
      'An entry sets two kind flags; names the kind this tool makes and the one the Secrets Injector chart 1.0.0 makes ' +
      '(it checks type, contactpoint, multivalue, then argocd, and knows neither argocdRepoCreds nor argocdBearerToken).',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: prod-cluster\n    clustersecstore: kv\n    ` +
        `namespace: argocd\n    namespacesecretname: prod-cluster\n    keyvaultsecretname: ` +
        `prod-cluster\n    argocd: true\n    contactpoint: true\n`,
      line: 13,
      column: 5,
      message:
        'externalsecrets[0] ("prod-cluster"): sets several kind flags (argocd, contactpoint): this ' +
        'tool makes an Argo CD cluster (client certificate) secret (argocd wins), the Secrets ' +
        'Injector chart 1.0.0 would make a Grafana contact point secret (contactpoint); keep only one'
    }
  },
  'ineffective-flag': {
    severity: 'warning',
    description:
      'A key that has no effect where it is (argocdBearerToken without argocd, a key name on a ' +
      'kind with fixed keys, namespace next to namespaceSelector, an unused provider block...).',
    example: {
      values: `${STORE}${ENTRIES}    argocdBearerToken: true\n`,
      line: 13,
      column: 5,
      message: 'externalsecrets[0] ("db"): "argocdBearerToken" has no effect without "argocd: true"; remove it'
    }
  },
  'duplicate-name': {
    severity: 'error',
    description: 'Two entries (in one file or across files) share a ClusterExternalSecret name.',
    example: {
      values:
        `${STORE}${ENTRIES}  - secret: db\n    clustersecstore: kv\n    namespace: billing\n    ` +
        `namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
      line: 13,
      column: 13,
      message:
        'externalsecrets[1] ("db"): ClusterExternalSecret name "db" is already used by ' +
        'externalsecrets[0] ("db") at values.yaml:7:13; names are cluster-wide, rename one'
    }
  },
  'duplicate-store': {
    severity: 'error',
    description: 'Two stores (in one file or across files) share a ClusterSecretStore name.',
    example: {
      values:
        `${STORE}clustersecretstores:\n  - name: kv\n    providerType: aws\n    aws:\n      auth: ` +
        `{serviceAccountName: eso, serviceAccountNamespace: eso}\n`,
      line: 7,
      column: 11,
      message:
        'clustersecretstores[0] ("kv"): ClusterSecretStore name "kv" is already used by ' +
        'clustersecretstore ("kv") at values.yaml:2:9; store names are cluster-wide, rename one'
    }
  },
  'duplicate-secret': {
    severity: 'error',
    description: 'Two entries create the same Secret in the same namespace (or with the same selector).',
    example: {
      values:
        `${STORE}${ENTRIES}  - secret: db-copy\n    clustersecstore: kv\n    namespace: ` +
        `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
        `namespacesecretkeyname: password\n`,
      line: 16,
      column: 26,
      message:
        'externalsecrets[1] ("db-copy"): Secret "db" in namespace "payments" is also created by ' +
        'externalsecrets[0] ("db") at values.yaml:10:26; the two ExternalSecrets would overwrite ' +
        'each other. Rename one Secret (or use creationPolicy: Merge)'
    }
  },
  'unknown-store': {
    severity: 'warning',
    description: 'An entry reads from a store that none of the given files defines.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kb\n    namespace: ` +
        `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
        `namespacesecretkeyname: password\n`,
      line: 8,
      column: 22,
      message: 'externalsecrets[0] ("db"): store "kb" is not defined in any of the given files; did you mean "kv"?',
      fix: '    clustersecstore: kv'
    }
  },
  'remote-name': {
    severity: 'warning',
    description:
      'keyvaultsecretname cannot be a secret name in the provider of its store (Azure Key Vault: ' +
      'letters, digits and "-"; AWS character sets).',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
        `payments\n    namespacesecretname: db\n    keyvaultsecretname: db_password\n    ` +
        `namespacesecretkeyname: password\n`,
      line: 11,
      column: 25,
      message:
        'externalsecrets[0] ("db"): "keyvaultsecretname": "db_password" cannot exist in store "kv": ' +
        'Azure Key Vault secret names use only letters, digits and "-" (at most 127)'
    }
  },
  'store-conditions': {
    severity: 'warning',
    description: 'An entry targets a namespace that the conditions of its store do not allow.',
    example: {
      values: `${STORE}  conditions:\n    - namespaces: [billing]\n${ENTRIES}`,
      line: 10,
      column: 22,
      message:
        'externalsecrets[0] ("db"): store "kv" may not be used from namespace "payments": its ' +
        "conditions allow only billing; ESO will not sync there. Add the namespace to the store's " +
        'conditions or use another store'
    }
  },
  'vault-whole-entry': {
    severity: 'warning',
    description:
      'A single-value entry reads from a Vault store without "property": ESO then writes the whole Vault entry as JSON into the key.',
    example: {
      values:
        'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: ' +
        'https://vault.internal.acme.io:8200\n    path: secret\n    auth:\n      tokenName: ' +
        'vault-token\n      tokenNamespace: external-secrets\n      tokenKey: token\n' +
        ENTRIES.replace('clustersecstore: kv', 'clustersecstore: vault'),
      line: 16,
      column: 25,
      message:
        'externalsecrets[0] ("db"): store "vault" is a Vault store, whose secrets are maps of ' +
        'fields: without "property" the key "password" receives the whole entry "db-password" as ' +
        'JSON. Set "property" to the field to read'
    }
  },
  'placeholder-value': {
    severity: 'warning',
    description: 'A value still looks like a placeholder (`changeme`, `<...>`, `TODO`, `xxx`, `example.com` URLs...).',
    example: {
      values:
        'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
        'https://my-vault.vault.azure.net\n    identityid: <identity-client-id>\n',
      line: 5,
      column: 17,
      message:
        'clustersecretstore ("kv"): "azurekv.identityid": "<identity-client-id>" looks like a placeholder; replace it with the real value'
    }
  },
  'template-syntax': {
    severity: 'error',
    description: 'A value or key contains "{{" or "}}", which ESO (Go text/template) would evaluate.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
        `payments\n    namespacesecretname: db\n    keyvaultsecretname: 'db-{{ .env }}'\n    ` +
        `namespacesecretkeyname: password\n`,
      line: 11,
      column: 25,
      message:
        'externalsecrets[0] ("db"): "keyvaultsecretname": "db-{{ .env }}" contains "{{" or "}}"; ' +
        'ESO templates are Go templates and would evaluate it. Remove the braces'
    }
  },
  'deletion-policy': {
    severity: 'error',
    description: 'deletionPolicy Delete without creationPolicy Owner (or Merge with None): ESO rejects the ExternalSecret.',
    example: {
      values: `${STORE}${ENTRIES}    creationPolicy: Merge\n    deletionPolicy: Delete\n`,
      line: 14,
      column: 21,
      message:
        'externalsecrets[0] ("db"): deletionPolicy Delete needs creationPolicy Owner (got Merge); ' +
        'ESO rejects this ExternalSecret. Use creationPolicy: Owner or another deletionPolicy'
    }
  },
  'invalid-duration': {
    severity: 'error',
    description: 'refreshTime / refreshInterval is not a Go duration (30s, 5m, 1h30m, 0).',
    example: {
      values: `${STORE}${ENTRIES}    refreshInterval: 5 minutes\n`,
      line: 13,
      column: 22,
      message: 'externalsecrets[0] ("db"): "refreshInterval": "5 minutes" is not a Go duration; write e.g. 30s, 5m, 1h30m, or 0 for never'
    }
  },
  'invalid-url': {
    severity: 'error',
    description: 'A store URL (vault server, Azure vaulturl) is not an http(s) URL.',
    example: {
      values:
        'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: ' +
        'vault.internal:8200\n    path: secret\n    auth: {tokenName: vault-token, tokenNamespace: ' +
        'eso, tokenKey: token}\n',
      line: 5,
      column: 13,
      message:
        'clustersecretstore ("vault"): "vault.server": "vault.internal:8200" is not a URL; write it ' +
        'like https://vault.example.internal:8200'
    }
  },
  'insecure-url': {
    severity: 'warning',
    description: 'A store URL uses plain http (fine only for local test servers).',
    example: {
      values:
        'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: ' +
        'http://vault.internal:8200\n    path: secret\n    auth: {tokenName: vault-token, ' +
        'tokenNamespace: eso, tokenKey: token}\n',
      line: 5,
      column: 13,
      message:
        'clustersecretstore ("vault"): "vault.server": "http://vault.internal:8200" uses plain ' +
        'http, so credentials and secrets travel unencrypted; use https (http is only fine for a ' +
        'local test server)'
    }
  },
  'azure-vault-url': {
    severity: 'warning',
    description: 'An Azure vaulturl is not of the form `https://<name>.vault.azure.net`.',
    example: {
      values:
        'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.azure.net\n    ' +
        'identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n',
      line: 4,
      column: 15,
      message:
        'clustersecretstore ("kv"): "azurekv.vaulturl": "https://my-vault.azure.net" does not look ' +
        'like an Azure Key Vault URL; expected https://<vault-name>.vault.azure.net'
    }
  },
  'invalid-regex': {
    severity: 'error',
    description:
      "A store condition namespaceRegexes item is not a valid regular expression in Go's RE2 syntax (what ESO uses); " +
      "ESO's webhook rejects the store.",
    example: {
      values: `${STORE}  conditions:\n    - namespaceRegexes: ['team-(a']\n`,
      line: 7,
      column: 26,
      message:
        'clustersecretstore ("kv"): "conditions[0].namespaceRegexes[0]": "team-(a" is not a valid regular expression in ' +
        "Go's RE2 syntax, which ESO uses (missing closing )); ESO's webhook rejects the ClusterSecretStore"
    }
  },
  'namespaces-file': {
    severity: 'error',
    description:
      'The namespaces file (`--namespaces-file`, action input `namespaces-file`) cannot be read as a list of namespaces with their labels.',
    warningCase: 'a namespace listed twice (the first entry is used)',
    example: {
      input: 'namespaces-file',
      values: '- name: payments\n  labels: [team]\n',
      line: 2,
      column: 11,
      message: 'labels must be a map of label name to value'
    }
  },
  'remote-missing': {
    severity: 'error',
    description:
      'verify: a remote secret that an entry reads does not exist in the provider of its store, ' +
      'so the Secrets of that entry would fail to sync.',
    example: {
      values:
        `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: payments\n` +
        `    namespacesecretname: db\n    keyvaultsecretname: db-pasword\n    namespacesecretkeyname: password\n`,
      line: 11,
      column: 25,
      message:
        'remote secret "db-pasword" does not exist in Azure Key Vault https://my-vault.vault.azure.net (store "kv"); ' +
        'this Secret would fail to sync (SecretSyncedError): payments/db',
      remote: { present: ['db-password'] }
    }
  },
  'remote-unchecked': {
    severity: 'warning',
    description:
      'verify: a store could not be checked (no credentials, permission denied, unreachable, throttled or too slow); ' +
      'the finding says what was missing.',
    example: {
      values: `${STORE}${ENTRIES}`,
      line: 2,
      column: 9,
      message:
        'store "kv" (Azure Key Vault https://my-vault.vault.azure.net) was not checked: no Azure credentials ' +
        '(DefaultAzureCredential found none: log in with azure/login or set AZURE_CLIENT_ID, AZURE_TENANT_ID and ' +
        'AZURE_FEDERATED_TOKEN_FILE); 1 remote secret read by 1 Secret unverified: "db-password"',
      remote: {
        unchecked:
          'no Azure credentials (DefaultAzureCredential found none: log in with azure/login or set AZURE_CLIENT_ID, ' +
          'AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE)'
      }
    }
  },
  'internal-error': {
    severity: 'error',
    description: 'A bug in the linter itself; the file could not be fully checked. Please report it.'
  }
} satisfies Record<string, RuleInfo>

/** Every rule id; findings are only made from these, so no rule can be emitted without its registry entry. */
export type RuleId = keyof typeof RULE_TABLE

/** The rules that document a warning case (RuleInfo.warningCase). */
export type RuleWithWarningCase = {
  [K in RuleId]: (typeof RULE_TABLE)[K] extends { warningCase: string } ? K : never
}[RuleId]

/**
 * Every rule id with its severity, description and a runnable example.
 * docs/lint-rules.md is generated from this table and each example is a test.
 */
export const RULES: Readonly<Record<RuleId, RuleInfo>> = RULE_TABLE

/**
 * A finding of `rule`, with the severity the registry gives it. Every
 * finding of the core is made here or by `warningFinding`, so each one has a
 * documented rule (docs/lint-rules.md).
 */
export function finding(rule: RuleId, file: string, at: Position, message: string): Finding {
  return { file, line: at.line, column: at.column, severity: RULES[rule].severity, rule, message }
}

/** A finding of the documented warning case of `rule` (RuleInfo.warningCase). */
export function warningFinding(rule: RuleWithWarningCase, file: string, at: Position, message: string): Finding {
  return { ...finding(rule, file, at, message), severity: 'warning' }
}

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(Object.entries(RULES))

/** The registry entry of a rule id read from outside (a report bundle), or undefined when there is no such rule. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id)
}
