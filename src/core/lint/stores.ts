import { LIMITS } from '../limits.js'
import type { Store } from '../model.js'
import { providerTypeOf } from '../normalize.js'
import type { ValuePath } from '../types.js'
import type { FileLint } from './context.js'
import { checkNamespace } from './entries.js'
import { dnsSubdomainProblem, secretKeyProblem } from './names.js'
import type { NamespaceRegexes } from './namespace-regex.js'
import { checkSelector } from './selectors.js'
import { isRecord, present } from '../values.js'
import { ownerLabel, quote } from './wording.js'

const PROVIDERS = ['azurekv', 'aws', 'vault'] as const

/** Azure Key Vault DNS suffixes (public, China, US government, Germany). */
const AZURE_VAULT_HOST = /^[a-z0-9]([a-z0-9-]{1,22})[a-z0-9]\.vault\.(azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)$/i

/**
 * All rules of one store block. The auth mode is taken from the normalized
 * store so that lint and render can never disagree about which mode a block
 * selects. `regexes` judges condition patterns within the run's limits.
 */
export function checkStore(lint: FileLint, path: ValuePath, raw: unknown, store: Store, regexes: NamespaceRegexes): void {
  if (!isRecord(raw)) return
  const me = (): string => ownerLabel(lint.root, path)
  const at = (...rest: Array<string | number>): ValuePath => [...path, ...rest]
  const need = (rest: Array<string | number>, v: unknown, why: string): void => {
    if (!present(v)) lint.report('store-required', at(...rest), `${me()}: "${rest.join('.')}" is required ${why}`)
  }

  if (typeof raw.name === 'string' && raw.name !== '') {
    const problem = dnsSubdomainProblem(raw.name)
    if (problem)
      lint.report(
        'invalid-resource-name',
        at('name'),
        `${me()}: "name": ${quote(raw.name)} is not a valid ClusterSecretStore name: ${problem}`
      )
  }
  const type = providerTypeOf(raw)
  for (const p of PROVIDERS) {
    if (p !== type && raw[p] !== undefined && raw[p] !== null) {
      const chosen = present(raw.providerType) ? `providerType is ${type}` : `providerType is not set and defaults to ${type}`
      lint.report(
        'ineffective-flag',
        at(p),
        `${me()}: the "${p}" block has no effect because ${chosen}; remove it or set providerType: ${p}`,
        'key'
      )
    }
  }

  const provider = store.provider
  // An unknown providerType was reported by the schema; its requirements are unknowable.
  const known = PROVIDERS.some((p) => p === type)
  if (!known) {
    checkConditions(lint, raw, at, me, regexes)
    return
  }
  if (provider.type === 'azurekv') {
    const z = isRecord(raw.azurekv) ? raw.azurekv : {}
    need(['azurekv', 'vaulturl'], z.vaulturl, 'for an Azure Key Vault store (https://<vault-name>.vault.azure.net)')
    if (typeof z.vaulturl === 'string' && z.vaulturl !== '')
      checkUrl(lint, at('azurekv', 'vaulturl'), z.vaulturl, `${me()}: "azurekv.vaulturl"`, true)
    const mode = provider.auth.mode
    if (mode === 'ServicePrincipal') {
      const why = 'for ServicePrincipal auth (or set "identityid" for ManagedIdentity, "workloadIdentity" for WorkloadIdentity)'
      need(['azurekv', 'tenantid'], z.tenantid, why)
      for (const ref of ['clientid', 'clientsecret']) {
        const r = isRecord(z[ref]) ? z[ref] : {}
        // A missing reference is one finding, not one per field.
        if (z[ref] === undefined || z[ref] === null) need(['azurekv', ref], undefined, `(a Secret reference {name, namespace, id}) ${why}`)
        else for (const f of ['name', 'namespace', 'id']) need(['azurekv', ref, f], r[f], why)
        checkSecretRef(lint, at('azurekv', ref), r, 'id', `${me()}: "azurekv.${ref}`)
      }
    } else {
      for (const ref of ['clientid', 'clientsecret', 'workloadIdentity']) {
        if (mode === 'WorkloadIdentity' && ref === 'workloadIdentity') continue
        if (z[ref] !== undefined && z[ref] !== null) {
          const why =
            mode === 'ManagedIdentity' ? '"identityid" selects ManagedIdentity auth' : '"workloadIdentity" selects WorkloadIdentity auth'
          lint.report('ineffective-flag', at('azurekv', ref), `${me()}: "azurekv.${ref}" has no effect because ${why}; remove it`, 'key')
        }
      }
      if (mode === 'WorkloadIdentity') {
        const w = isRecord(z.workloadIdentity) ? z.workloadIdentity : {}
        need(['azurekv', 'workloadIdentity', 'serviceAccountName'], w.serviceAccountName, 'for WorkloadIdentity auth')
        need(['azurekv', 'workloadIdentity', 'serviceAccountNamespace'], w.serviceAccountNamespace, 'for WorkloadIdentity auth')
        checkServiceAccount(lint, at('azurekv', 'workloadIdentity'), w, `${me()}: "azurekv.workloadIdentity`)
      }
    }
  } else if (provider.type === 'aws') {
    const a = isRecord(raw.aws) ? raw.aws : {}
    const auth = isRecord(a.auth) ? a.auth : {}
    if (provider.auth.mode === 'controller') {
      // Common and valid (ESO then authenticates as its controller), but worth a note: it is easy to leave out by mistake.
      lint.report(
        'aws-controller-credentials',
        at('aws'),
        `${me()}: no "aws.auth" service account is set, so ESO reads AWS with the credentials of its own controller ` +
          '(IRSA on its service account, or EKS Pod Identity); set "aws.auth" to use another service account',
        'key'
      )
    } else {
      need(['aws', 'auth', 'serviceAccountName'], auth.serviceAccountName, 'for an AWS store (the IRSA service account)')
      need(['aws', 'auth', 'serviceAccountNamespace'], auth.serviceAccountNamespace, 'for an AWS store (the IRSA service account)')
    }
    checkServiceAccount(lint, at('aws', 'auth'), auth, `${me()}: "aws.auth`)
  } else {
    const v = isRecord(raw.vault) ? raw.vault : {}
    need(['vault', 'server'], v.server, 'for a Vault store (https://vault.example:8200)')
    if (typeof v.server === 'string' && v.server !== '') checkUrl(lint, at('vault', 'server'), v.server, `${me()}: "vault.server"`, false)
    need(['vault', 'path'], v.path, 'for a Vault store (the KV mount, e.g. secret)')
    const auth = isRecord(v.auth) ? v.auth : {}
    const mode = provider.auth.mode
    if (mode === 'kubernetes') {
      const k = isRecord(auth.kubernetes) ? auth.kubernetes : {}
      need(['vault', 'auth', 'kubernetes', 'role'], k.role, 'for Vault Kubernetes auth')
      checkServiceAccount(lint, at('vault', 'auth', 'kubernetes'), k, `${me()}: "vault.auth.kubernetes`)
    } else if (mode === 'appRole') {
      const r = isRecord(auth.appRole) ? auth.appRole : {}
      need(['vault', 'auth', 'appRole', 'roleId'], r.roleId, 'for Vault AppRole auth')
      const ref = isRecord(r.secretRef) ? r.secretRef : {}
      if (r.secretRef === undefined || r.secretRef === null)
        need(
          ['vault', 'auth', 'appRole', 'secretRef'],
          undefined,
          'for Vault AppRole auth (a Secret reference {name, namespace, key} holding the secret id)'
        )
      else
        for (const f of ['name', 'namespace', 'key']) need(['vault', 'auth', 'appRole', 'secretRef', f], ref[f], 'for Vault AppRole auth')
      checkSecretRef(lint, at('vault', 'auth', 'appRole', 'secretRef'), ref, 'key', `${me()}: "vault.auth.appRole.secretRef`)
    } else {
      const why = 'for Vault token auth (or configure "auth.kubernetes" or "auth.appRole")'
      need(['vault', 'auth', 'tokenName'], auth.tokenName, why)
      need(['vault', 'auth', 'tokenNamespace'], auth.tokenNamespace, why)
      need(['vault', 'auth', 'tokenKey'], auth.tokenKey, why)
      checkSecretRef(
        lint,
        at('vault', 'auth'),
        { name: auth.tokenName, namespace: auth.tokenNamespace, key: auth.tokenKey },
        'key',
        `${me()}: "vault.auth`,
        ['tokenName', 'tokenNamespace', 'tokenKey']
      )
    }
    const ignored: string[] = []
    if (mode !== 'token') ignored.push(...['tokenName', 'tokenNamespace', 'tokenKey'].filter((f) => present(auth[f])))
    if (mode !== 'appRole' && auth.appRole !== undefined) ignored.push('appRole')
    for (const f of ignored) {
      lint.report(
        'ineffective-flag',
        at('vault', 'auth', f),
        `${me()}: "vault.auth.${f}" has no effect because ${mode} auth is selected; remove it`,
        'key'
      )
    }
  }

  checkConditions(lint, raw, at, me, regexes)
}

/** ESO `spec.conditions`: namespaces, selectors and regexes that may use the store. */
function checkConditions(
  lint: FileLint,
  raw: Record<string, unknown>,
  at: (...rest: Array<string | number>) => ValuePath,
  me: () => string,
  regexes: NamespaceRegexes
): void {
  if (Array.isArray(raw.conditions)) {
    const items = conditionItems(raw.conditions)
    if (items > LIMITS.conditionItems) {
      lint.report(
        'limit-exceeded',
        at('conditions'),
        `${me()}: "conditions" has ${items} namespaces, regexes and selectors (limit ${LIMITS.conditionItems}); ` +
          'they are not checked. Use a namespaceSelector or fewer, broader regexes'
      )
      return
    }
    raw.conditions.forEach((c, i) => {
      if (!isRecord(c)) return
      if (c.namespaceSelector !== undefined && c.namespaceSelector !== null)
        checkSelector(lint, at('conditions', i, 'namespaceSelector'), c.namespaceSelector)
      if (Array.isArray(c.namespaces)) {
        c.namespaces.forEach((ns, j) => {
          if (typeof ns === 'string')
            checkNamespace(lint, at('conditions', i, 'namespaces', j), ns, () => `${me()}: "conditions[${i}].namespaces[${j}]"`)
        })
      }
      if (Array.isArray(c.namespaceRegexes)) {
        c.namespaceRegexes.forEach((re, j) => {
          if (typeof re !== 'string') return
          const compiled = regexes.get(re)
          if (compiled.ok) return
          const where = `${me()}: "conditions[${i}].namespaceRegexes[${j}]"`
          if (compiled.refused === 'limit')
            lint.report(
              'limit-exceeded',
              at('conditions', i, 'namespaceRegexes', j),
              `${where}: the pattern is not checked: ${compiled.reason}. The store's conditions are not judged`
            )
          else
            lint.report(
              'invalid-regex',
              at('conditions', i, 'namespaceRegexes', j),
              `${where}: ${quote(re)} is not a valid regular expression in ` +
                `Go's RE2 syntax, which ESO uses (${compiled.reason}); ESO's webhook rejects the ClusterSecretStore`
            )
        })
      }
    })
  }
}

/** Conditions are matched against every target namespace: their size is bounded (LIMITS.conditionItems). */
function conditionItems(conditions: unknown[]): number {
  let n = 0
  for (const c of conditions) {
    if (!isRecord(c)) continue
    if (Array.isArray(c.namespaces)) n += c.namespaces.length
    if (Array.isArray(c.namespaceRegexes)) n += c.namespaceRegexes.length
    if (c.namespaceSelector !== undefined && c.namespaceSelector !== null) n += 1
  }
  return n
}

/** Name, namespace and key of a Secret reference (fields named as in the values file). */
function checkSecretRef(
  lint: FileLint,
  path: ValuePath,
  r: Record<string, unknown>,
  keyField: string,
  head: string,
  fields: readonly [string, string, string] = ['name', 'namespace', keyField]
): void {
  const [nameField, nsField, kField] = fields
  if (typeof r.name === 'string' && r.name !== '') {
    const problem = dnsSubdomainProblem(r.name)
    if (problem)
      lint.report(
        'invalid-resource-name',
        [...path, nameField],
        `${head}.${nameField}": ${quote(r.name)} is not a valid Secret name: ${problem}`
      )
  }
  if (typeof r.namespace === 'string' && r.namespace !== '')
    checkNamespace(lint, [...path, nsField], r.namespace, () => `${head}.${nsField}"`)
  const key = r[keyField]
  if (typeof key === 'string' && key !== '') {
    const problem = secretKeyProblem(key)
    if (problem)
      lint.report('invalid-secret-key', [...path, kField], `${head}.${kField}": ${quote(key)} is not a valid Secret key: ${problem}`)
  }
}

function checkServiceAccount(lint: FileLint, path: ValuePath, sa: Record<string, unknown>, head: string): void {
  if (typeof sa.serviceAccountName === 'string' && sa.serviceAccountName !== '') {
    const problem = dnsSubdomainProblem(sa.serviceAccountName)
    if (problem)
      lint.report(
        'invalid-resource-name',
        [...path, 'serviceAccountName'],
        `${head}.serviceAccountName": ${quote(sa.serviceAccountName)} is not a valid service account name: ${problem}`
      )
  }
  if (typeof sa.serviceAccountNamespace === 'string' && sa.serviceAccountNamespace !== '') {
    checkNamespace(lint, [...path, 'serviceAccountNamespace'], sa.serviceAccountNamespace, () => `${head}.serviceAccountNamespace"`)
  }
}

/**
 * Store URLs: must parse as http(s) URLs; plain http is allowed (local test
 * servers) but warned about; Azure vault URLs should use a Key Vault host.
 */
function checkUrl(lint: FileLint, path: ValuePath, v: string, head: string, azure: boolean): void {
  let url: URL | undefined
  try {
    url = new URL(v)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
    const example = azure ? 'https://<vault-name>.vault.azure.net' : 'https://vault.example.internal:8200'
    lint.report('invalid-url', path, `${head}: ${quote(v)} is not a URL; write it like ${example}`)
    return
  }
  if (url.protocol === 'http:') {
    lint.report(
      'insecure-url',
      path,
      `${head}: ${quote(v)} uses plain http, so credentials and secrets travel unencrypted; use ` +
        `https (http is only fine for a local test server)`
    )
  }
  if (azure && !AZURE_VAULT_HOST.test(url.hostname)) {
    lint.report(
      'azure-vault-url',
      path,
      `${head}: ${quote(v)} does not look like an Azure Key Vault URL; expected https://<vault-name>.vault.azure.net`
    )
  }
}
