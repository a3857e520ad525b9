import { KINDS, kindModule, type EntryCheck, type SecretKind } from '../kinds/index.js'
import type { Entry } from '../model.js'
import type { ValuePath } from '../types.js'
import { isRecord, present } from '../values.js'
import type { FileLint } from './context.js'
import { dnsLabelProblem, dnsSubdomainProblem, isGoDuration, secretKeyProblem } from './names.js'
import { checkLabels, checkSelector } from './selectors.js'
import { ownerLabel, quote, withArticle } from './wording.js'

/*
 * These checks run once per entry, 10,000 times for a large file, so they
 * make no garbage when an entry is fine: constant tables are objects, not
 * tuples (destructuring a tuple allocates an iterator in code V8 has not
 * fully optimized yet), and paths and messages are built only for keys that
 * are set or for findings. Garbage here was a fifth of lint's memory.
 */

/** What the required entry keys mean, for "is required" messages. */
const REQUIRED: ReadonlyArray<{ key: string; what: string }> = [
  { key: 'secret', what: 'the ClusterExternalSecret name' },
  { key: 'clustersecstore', what: 'the ClusterSecretStore to read from' },
  { key: 'namespacesecretname', what: 'the name of the Kubernetes Secret to create' },
  { key: 'keyvaultsecretname', what: 'the name of the secret in the provider' }
]

/** Entry keys that name Kubernetes resources, and what they name. */
const RESOURCE_NAMES: ReadonlyArray<{ key: string; what: string }> = [
  { key: 'secret', what: 'ClusterExternalSecret name' },
  { key: 'namespacesecretname', what: 'Secret name' },
  { key: 'clustersecstore', what: 'ClusterSecretStore name' }
]

/**
 * All per-entry rules of one `externalsecrets` item. `raw` is the item as
 * written, `entry` its normalized form, whose kind normalize decided; wrong-
 * typed values were already reported by the schema, so every check here
 * looks only at values of the right type.
 */
export function checkEntry(lint: FileLint, entry: Entry, raw: unknown, defaults: Record<string, unknown>): void {
  if (!isRecord(raw)) return
  const index = entry.index
  const at = (...rest: Array<string | number>): ValuePath => ['externalsecrets', index, ...rest]
  // Built only when a message needs it: most entries have no findings.
  const me = (): string => ownerLabel(lint.root, at())
  const c: EntryCheck = { lint, values: raw, at, me }

  for (const { key, what } of REQUIRED) {
    if (!present(raw[key])) lint.report('entry-required', at(key), `${me()}: "${key}" is required (${what})`)
  }

  checkTarget(lint, raw, at, me)
  checkNames(lint, raw, at, me)
  checkKindFlags(c, entry.kind)
  checkKindFields(c, entry.kind)
  kindModule(entry.kind).check?.(c)
  checkPolicies(lint, raw, defaults, at, me)
  for (const key of ['refreshTime', 'refreshInterval'] as const)
    if (typeof raw[key] === 'string') checkDuration(lint, at(key), raw[key], () => `${me()}: "${key}"`)
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
  for (const { key, what } of RESOURCE_NAMES) {
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
  if (isRecord(raw.labels)) checkLabels(lint, at('labels'), raw.labels)
}

/** Namespace names are DNS-1123 labels. */
export function checkNamespace(lint: FileLint, path: ValuePath, ns: string, head: () => string): void {
  const problem = dnsLabelProblem(ns)
  if (problem) lint.report('invalid-namespace', path, `${head()}: ${quote(ns)} is not a valid namespace name: ${problem}`)
}

/**
 * The kind the original chart renders, Secrets Injector 1.0.0: it tests
 * `type` (TLS, then any other type), then contactpoint, then multivalue,
 * then argocd (always with a client certificate), and knows neither
 * argocdRepoCreds nor argocdBearerToken nor property. Checked against
 * `helm template` of that chart with every pair of kind flags.
 */
function chartKind(values: Record<string, unknown>): SecretKind {
  const order: readonly SecretKind[] = ['tls', 'custom-type', 'grafana-contact-point', 'multivalue', 'argocd-cluster-cert']
  return order.find((k) => kindModule(k).selects(values)) ?? 'single'
}

/** Setting two kind switches is always a mistake; say which one wins here and which one the chart picks. */
function checkKindFlags(c: EntryCheck, kind: SecretKind): void {
  let selecting = 0
  for (const k of KINDS) if (k.flag !== undefined && k.selects(c.values)) selecting++
  if (selecting < 2) return
  // The switches set, in decision order, each once (`type` selects two kinds, `argocd` two).
  const flags = [...new Set(KINDS.flatMap((k) => (k.flag !== undefined && k.selects(c.values) ? [k.flag.key] : [])))]
  if (flags.length < 2) return
  const chart = chartKind(c.values)
  const shown = (k: SecretKind): string => kindModule(k).flag?.shown ?? k
  const label = (k: SecretKind): string => withArticle(kindModule(k).label)
  const ours = `this tool makes ${label(kind)} secret (${shown(kind)} wins)`
  const theirs =
    chart === kind
      ? 'the Secrets Injector chart 1.0.0 picks the same'
      : `the Secrets Injector chart 1.0.0 would make ${label(chart)} secret (${shown(chart)})`
  c.lint.report(
    'conflicting-kind-flags',
    c.at(flags[1]!),
    `${c.me()}: sets several kind flags (${flags.join(', ')}): ${ours}, ${theirs}; keep only one`,
    'key'
  )
}

/**
 * The values keys that only some kinds read: required where the entry's
 * kind needs them, a warning where it does not read them.
 */
function checkKindFields(c: EntryCheck, kind: SecretKind): void {
  const mine = kindModule(kind)
  for (const f of mine.fields) {
    if (f.required !== undefined && !present(c.values[f.key])) {
      c.lint.report('entry-required', c.at(f.key), `${c.me()}: "${f.key}" is required for ${withArticle(mine.label)} entry (${f.required})`)
    }
  }
  let warned: Set<string> | undefined
  for (const other of KINDS) {
    for (const f of other.fields) {
      if (!f.isSet(c.values[f.key]) || other === mine || mine.fields.some((m) => m.key === f.key) || warned?.has(f.key)) continue
      warned ??= new Set()
      warned.add(f.key)
      c.lint.report(
        'ineffective-flag',
        c.at(f.key),
        `${c.me()}: "${f.key}" has no effect ${f.ignoredOn(mine.label, c.values)}; remove it`,
        'key'
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
