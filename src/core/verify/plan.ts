import { compareStrings } from '../compare.js'
import { remoteRefsOf, remoteSecretsOf } from '../kinds/index.js'
import type { Entry, Release, Store, StoreProvider } from '../model.js'
import { parseValuesFile, type ParsedFile } from '../parse.js'
import { selectorToString } from '../diff/selector.js'
import type { SourceFile, ValuePath } from '../types.js'
import type { RemoteCheck, RemoteLocation, RemoteReader, SecretTarget, StorePlan, VerifyPlan } from './types.js'

/**
 * What `verify` must check: every remote secret the entries read, grouped by
 * the store they read it from, each with the entries (and so the Secrets)
 * that read it. Built from the lint model of files that passed lint, so every
 * entry has a store name and a remote name; `sources` are the same files,
 * parsed again only to point each reader at its `keyvaultsecretname` line.
 *
 * Deduplicates: a remote secret read by several entries is one check.
 */
export function planVerify(releases: Release[], sources: SourceFile[]): VerifyPlan {
  const stores = new Map<string, Store>()
  for (const r of releases) for (const s of r.stores) if (!stores.has(s.name)) stores.set(s.name, s)
  const parsed = new Positions(sources)
  const plans = new Map<string, StorePlan>()
  const checks = new Map<string, Map<string, RemoteCheck>>()
  for (const release of releases) {
    for (const entry of release.entries) {
      let plan = plans.get(entry.store)
      if (plan === undefined) {
        plan = storePlan(entry, stores.get(entry.store), parsed)
        plans.set(entry.store, plan)
        checks.set(entry.store, new Map())
      }
      const byName = checks.get(entry.store) ?? new Map<string, RemoteCheck>()
      const at = parsed.of(entry.file, [...entry.path, 'keyvaultsecretname'])
      for (const read of remoteReads(entry)) {
        const name = plan.location === null ? read.name : providerName(plan.location, read.name)
        let check = byName.get(name)
        if (check === undefined) {
          check = { name, key: read.name, readers: [] }
          byName.set(name, check)
        }
        const reader: RemoteReader = {
          file: entry.file,
          ...at,
          entry: entry.name,
          kind: entry.kind,
          secrets: targetsOf(entry),
          properties: read.properties
        }
        check.readers.push(reader)
      }
    }
  }
  for (const [store, plan] of plans) {
    plan.checks = [...(checks.get(store)?.values() ?? [])].sort((a, b) => compareStrings(a.name, b.name))
  }
  return { stores: [...plans.values()] }
}

/** Human name of a location, for messages: `Azure Key Vault https://x.vault.azure.net`, `Vault https://v:8200 (KV v2 mount "secret")`. */
export function describeLocation(l: RemoteLocation): string {
  switch (l.provider) {
    case 'azurekv':
      return `Azure Key Vault ${l.vaultUrl}`
    case 'aws':
      return `${l.service === 'ParameterStore' ? 'AWS Parameter Store' : 'AWS Secrets Manager'} in ${l.region}`
    case 'vault':
      return `Vault ${l.server} (KV ${l.version} mount "${l.mount}")`
  }
}

/** A stable identity of a location: two stores with the same key are checked once. */
export function locationKey(l: RemoteLocation): string {
  switch (l.provider) {
    case 'azurekv':
      return `azurekv ${l.vaultUrl.replace(/\/+$/, '').toLowerCase()}`
    case 'aws':
      return `aws ${l.service} ${l.region}`
    case 'vault':
      return `vault ${l.server.replace(/\/+$/, '')} ${l.version} ${l.mount}`
  }
}

/** Where a provider block points. */
export function locationOf(p: StoreProvider): RemoteLocation {
  switch (p.type) {
    case 'azurekv':
      return { provider: 'azurekv', vaultUrl: p.vaultUrl }
    case 'aws':
      return { provider: 'aws', service: p.service, region: p.region }
    case 'vault':
      return { provider: 'vault', server: p.server, mount: p.path.replace(/^\/+|\/+$/g, ''), version: p.version }
  }
}

/**
 * The path inside a Vault mount that ESO reads for a key, as its vault
 * provider builds it (`buildPath`): a key that starts with the mount has the
 * mount (and, on KV v2, a following `data/`) removed; otherwise the key is
 * the path. Other providers use the key as it is.
 */
export function providerName(l: RemoteLocation, key: string): string {
  if (l.provider !== 'vault') return key
  const mount = `${l.mount}/`
  if (l.mount === '' || !key.startsWith(mount)) return key
  const rest = key.slice(mount.length)
  return l.version === 'v2' && rest.startsWith('data/') ? rest.slice('data/'.length) : rest
}

/**
 * The remote secrets an entry reads, each with the properties taken from it:
 * the kind module's secrets, and its `R#property` references for the properties.
 */
function remoteReads(entry: Entry): Array<{ name: string; properties: string[] }> {
  const refs = remoteRefsOf(entry)
  return remoteSecretsOf(entry).map((name) => ({
    name,
    properties: refs.filter((r) => r.startsWith(`${name}#`)).map((r) => r.slice(name.length + 1))
  }))
}

function storePlan(entry: Entry, store: Store | undefined, parsed: Positions): StorePlan {
  if (store === undefined) {
    const at = parsed.of(entry.file, [...entry.path, 'clustersecstore'])
    return { store: entry.store, file: entry.file, ...at, location: null, checks: [] }
  }
  const at = parsed.of(store.file, [...store.path, 'name'])
  const plan: StorePlan = { store: store.name, file: store.file, ...at, location: locationOf(store.provider), checks: [] }
  if (store.provider.type === 'vault') plan.vaultAuth = store.provider.auth.mode
  return plan
}

function targetsOf(e: Entry): SecretTarget[] {
  if (e.target.kind === 'selector') return [{ namespace: null, selector: selectorToString(e.target.selector), name: e.secretName }]
  return [...new Set(e.target.namespaces)].map((namespace) => ({ namespace, selector: null, name: e.secretName }))
}

/** Source positions of value paths, parsing each file once and only when asked. */
class Positions {
  private readonly texts = new Map<string, SourceFile>()
  private readonly parsed = new Map<string, ParsedFile>()
  constructor(sources: SourceFile[]) {
    for (const s of sources) if (!this.texts.has(s.name)) this.texts.set(s.name, s)
  }

  of(file: string, path: ValuePath): { line: number; column: number } {
    let p = this.parsed.get(file)
    if (p === undefined) {
      const source = this.texts.get(file)
      if (source === undefined) return { line: 1, column: 1 }
      p = parseValuesFile(source)
      this.parsed.set(file, p)
    }
    return p.positionOf(path)
  }
}
