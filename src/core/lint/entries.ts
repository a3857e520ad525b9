import { decideChartKind, decideKind, KIND_FLAG, KIND_LABEL } from '../kind.js'
import type { SecretKind } from '../model.js'
import type { ValuePath } from '../types.js'
import type { FileLint } from './context.js'
import { dnsLabelProblem, dnsSubdomainProblem, isGoDuration, secretKeyProblem } from './names.js'
import { checkLabels, checkSelector } from './selectors.js'
import { isRecord, ownerLabel, present, quote, withArticle } from './text.js'

/** What the required entry keys mean, for "is required" messages. */
const REQUIRED: Array<[key: string, what: string]> = [
  ['secret', 'the ClusterExternalSecret name'],
  ['clustersecstore', 'the ClusterSecretStore to read from'],
  ['namespacesecretname', 'the name of the Kubernetes Secret to create'],
  ['keyvaultsecretname', 'the name of the secret in the provider']
]

/** Kinds whose Secret keys are fixed by the kind, so namespacesecretkeyname is ignored. */
const FIXED_KEYS: ReadonlySet<SecretKind> = new Set([
  'tls',
  'argocd-cluster-cert',
  'argocd-cluster-bearer',
  'argocd-repo-creds',
  'grafana-contact-point',
  'multivalue'
])

const KIND_FLAGS = ['type', 'argocd', 'argocdRepoCreds', 'contactpoint', 'multivalue'] as const

/**
 * All per-entry rules of one `externalsecrets` item. `raw` is the item as
 * written; wrong-typed values were already reported by the schema, so every
 * check here looks only at values of the right type.
 */
export function checkEntry(lint: FileLint, index: number, raw: unknown, defaults: Record<string, unknown>): void {
  if (!isRecord(raw)) return
  const at = (...rest: Array<string | number>): ValuePath => ['externalsecrets', index, ...rest]
  // Built only when a message needs it: most entries have no findings.
  const me = (): string => ownerLabel(lint.root, at())
  const kind = decideKind(raw)

  for (const [key, what] of REQUIRED) {
    if (!present(raw[key])) lint.report('entry-required', at(key), `${me()}: "${key}" is required (${what})`)
  }
  if ((kind === 'single' || kind === 'property' || kind === 'custom-type') && !present(raw.namespacesecretkeyname)) {
    lint.report(
      'entry-required',
      at('namespacesecretkeyname'),
      `${me()}: "namespacesecretkeyname" is required for ${withArticle(KIND_LABEL[kind])} entry (the key inside the Secret)`
    )
  }

  checkTarget(lint, raw, at, me)
  checkNames(lint, raw, at, me)
  checkKindFlags(lint, raw, kind, at, me)
  checkPolicies(lint, raw, defaults, at, me)
  for (const key of ['refreshTime', 'refreshInterval'] as const) checkDuration(lint, at(key), raw[key], () => `${me()}: "${key}"`)
}

function checkTarget(
  lint: FileLint,
  raw: Record<string, unknown>,
  at: (...r: Array<string | number>) => ValuePath,
  me: () => string
): void {
  const hasNs = present(raw.namespace)
  const hasList = raw.namespaces !== undefined && raw.namespaces !== null
  const hasSel = raw.namespaceSelector !== undefined && raw.namespaceSelector !== null
  if (hasNs && hasList) {
    lint.report(
      'namespace-conflict',
      at('namespaces'),
      `${me()}: sets both "namespace" and "namespaces"; keep one (put every namespace in "namespaces")`,
      'key'
    )
  }
  if (!hasNs && !hasList && !hasSel) {
    lint.report('no-target', at(), `${me()}: has no target namespace; set "namespace", "namespaces" or "namespaceSelector"`)
  } else if (hasList && !hasSel && !hasNs && Array.isArray(raw.namespaces) && raw.namespaces.length === 0) {
    lint.report(
      'no-target',
      at('namespaces'),
      `${me()}: "namespaces" is an empty list, so no Secret is created; list at least one namespace`
    )
  }
  if (hasSel) {
    for (const key of ['namespace', 'namespaces']) {
      if (raw[key] !== undefined && raw[key] !== null) {
        lint.report(
          'ineffective-flag',
          at(key),
          `${me()}: "${key}" has no effect because "namespaceSelector" wins; remove one of them`,
          'key'
        )
      }
    }
    checkSelector(lint, at('namespaceSelector'), raw.namespaceSelector)
  }
}

function checkNames(lint: FileLint, raw: Record<string, unknown>, at: (...r: Array<string | number>) => ValuePath, me: () => string): void {
  const resource: Array<[string, string]> = [
    ['secret', 'ClusterExternalSecret name'],
    ['namespacesecretname', 'Secret name'],
    ['clustersecstore', 'ClusterSecretStore name']
  ]
  for (const [key, what] of resource) {
    const v = raw[key]
    if (typeof v !== 'string' || v === '') continue
    const problem = dnsSubdomainProblem(v)
    if (problem) lint.report('invalid-resource-name', at(key), `${me()}: "${key}": ${quote(v)} is not a valid ${what}: ${problem}`)
  }
  if (typeof raw.namespace === 'string' && raw.namespace !== '')
    checkNamespace(lint, at('namespace'), raw.namespace, () => `${me()}: "namespace"`)
  if (Array.isArray(raw.namespaces)) {
    raw.namespaces.forEach((ns, i) => {
      if (typeof ns === 'string') checkNamespace(lint, at('namespaces', i), ns, () => `${me()}: "namespaces[${i}]"`)
    })
  }
  if (typeof raw.namespacesecretkeyname === 'string' && raw.namespacesecretkeyname !== '') {
    const problem = secretKeyProblem(raw.namespacesecretkeyname)
    if (problem)
      lint.report(
        'invalid-secret-key',
        at('namespacesecretkeyname'),
        `${me()}: "namespacesecretkeyname": ${quote(raw.namespacesecretkeyname)} is not a valid Secret key: ${problem}`
      )
  }
  checkLabels(lint, at('labels'), raw.labels)
}

/** Namespace names are DNS-1123 labels. */
export function checkNamespace(lint: FileLint, path: ValuePath, ns: string, head: () => string): void {
  const problem = dnsLabelProblem(ns)
  if (problem) lint.report('invalid-namespace', path, `${head()}: ${quote(ns)} is not a valid namespace name: ${problem}`)
}

function checkKindFlags(
  lint: FileLint,
  raw: Record<string, unknown>,
  kind: SecretKind,
  at: (...r: Array<string | number>) => ValuePath,
  me: () => string
): void {
  const flags = KIND_FLAGS.filter((f) => (f === 'type' ? typeof raw.type === 'string' && raw.type !== '' : raw[f] === true))
  if (flags.length >= 2) {
    const chart = decideChartKind(raw)
    const ours = `this tool makes ${withArticle(KIND_LABEL[kind])} secret (${KIND_FLAG[kind]} wins)`
    const theirs =
      chart === kind
        ? 'the published chart 1.1 picks the same'
        : `the published chart 1.1 would make ${withArticle(KIND_LABEL[chart])} secret (${KIND_FLAG[chart]})`
    lint.report(
      'conflicting-kind-flags',
      at(flags[1]!),
      `${me()}: sets several kind flags (${flags.join(', ')}): ${ours}, ${theirs}; keep only one`,
      'key'
    )
  }
  const isTls = kind === 'tls'
  if (raw.argocdBearerToken === true && kind !== 'argocd-cluster-bearer') {
    const why = raw.argocd === true ? `on ${withArticle(KIND_LABEL[kind])} entry` : 'without "argocd: true"'
    lint.report('ineffective-flag', at('argocdBearerToken'), `${me()}: "argocdBearerToken" has no effect ${why}; remove it`, 'key')
  }
  if (present(raw.namespacesecretkeyname) && FIXED_KEYS.has(kind)) {
    lint.report(
      'ineffective-flag',
      at('namespacesecretkeyname'),
      `${me()}: "namespacesecretkeyname" has no effect on ${withArticle(KIND_LABEL[kind])} ` +
        `entry (its keys are fixed by the kind); remove it`,
      'key'
    )
  }
  if (typeof raw.property === 'string' && raw.property !== '' && kind !== 'property') {
    lint.report(
      'ineffective-flag',
      at('property'),
      `${me()}: "property" has no effect on ${withArticle(KIND_LABEL[kind])} entry; remove it`,
      'key'
    )
  }
  const tlsKeys: Array<[string, string]> = [
    ['namespacesecretkeynamecrt', 'tls.crt'],
    ['namespacesecretkeynamekey', 'tls.key']
  ]
  for (const [key, required] of tlsKeys) {
    const v = raw[key]
    if (!present(v)) continue
    if (!isTls)
      lint.report(
        'ineffective-flag',
        at(key),
        `${me()}: "${key}" has no effect on ${withArticle(KIND_LABEL[kind])} entry (it is for type: kubernetes.io/tls); remove it`,
        'key'
      )
    else if (v !== required && typeof v === 'string') {
      lint.report(
        'tls-key-name',
        at(key),
        `${me()}: "${key}" must be ${required} (Kubernetes requires it for kubernetes.io/tls Secrets), got ${quote(v)}`
      )
    }
  }
}

function checkPolicies(
  lint: FileLint,
  raw: Record<string, unknown>,
  defaults: Record<string, unknown>,
  at: (...r: Array<string | number>) => ValuePath,
  me: () => string
): void {
  const own = (k: string): string | undefined => stringOr(raw[k])
  const fromDefaults = (k: string): string | undefined => stringOr(defaults[k])
  const deletion = own('deletionPolicy') ?? fromDefaults('deletionPolicy')
  if (deletion === undefined) return
  const creation = own('creationPolicy') ?? fromDefaults('creationPolicy') ?? 'Owner'
  const where: ValuePath =
    own('deletionPolicy') !== undefined
      ? at('deletionPolicy')
      : own('creationPolicy') !== undefined
        ? at('creationPolicy')
        : ['defaults', 'deletionPolicy']
  if (deletion === 'Delete' && creation !== 'Owner') {
    // ESO's webhook rejects Delete with Merge or None; with Orphan it accepts it but would delete a Secret it does not own.
    const why = creation === 'Orphan' ? 'ESO would delete a Secret it does not own' : 'ESO rejects this ExternalSecret'
    lint.report(
      'deletion-policy',
      where,
      `${me()}: deletionPolicy Delete needs creationPolicy Owner (got ${creation}); ${why}. Use ` +
        `creationPolicy: Owner or another deletionPolicy`
    )
  } else if (deletion === 'Merge' && creation === 'None') {
    lint.report(
      'deletion-policy',
      where,
      `${me()}: deletionPolicy Merge cannot be used with creationPolicy None (there is no ` +
        `Secret to merge with); ESO rejects this ExternalSecret`
    )
  }
}

/** Refresh settings are Go durations (`1m`, `1h30m`, `0` = never). */
export function checkDuration(lint: FileLint, path: ValuePath, v: unknown, head: () => string): void {
  if (typeof v !== 'string' || v === '' || isGoDuration(v)) return
  lint.report('invalid-duration', path, `${head()}: ${quote(v)} is not a Go duration; write e.g. 30s, 5m, 1h30m, or 0 for never`)
}

function stringOr(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}
