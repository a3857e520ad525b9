import { parseDocument } from 'yaml'
import { compareStrings } from '../compare.js'
import { ALL_KEYS, KINDS, type SecretKind } from '../kinds/index.js'
import type { KindEntry } from '../kinds/module.js'
import type { LabelSelector, Target } from '../model.js'
import { labelSelector } from '../normalize.js'
import { NAMESPACE_NAME_LABEL } from '../render/ces.js'
import { isRecord } from '../values.js'
import type { TargetedSecret } from './describe.js'
import { canonicalJson, storeSpecFields } from './stores.js'
import type { StoreSnapshot } from './types.js'

/** Aliases a manifest may expand; ours have none, and a file read back from a branch is untrusted. */
const MAX_ALIAS_COUNT = 100

/**
 * The Secrets and stores that rendered manifests describe, read back from
 * the files (what a GitOps branch holds, before and after a publish), in the
 * same records the diff makes from values files, so a commit body says what
 * the PR comment says. Files that are not ClusterExternalSecrets or
 * ClusterSecretStores, or do not parse, describe nothing.
 */
export function describeManifests(files: ReadonlyArray<{ name: string; content: string }>): {
  secrets: TargetedSecret[]
  stores: StoreSnapshot[]
} {
  const secrets: TargetedSecret[] = []
  const stores: StoreSnapshot[] = []
  for (const f of files) {
    const doc = readManifest(f.content)
    if (doc === null) continue
    const name = str(doc.metadata.name)
    if (doc.kind === 'ClusterSecretStore') stores.push({ name, fields: storeSpecFields(doc.spec) })
    if (doc.kind === 'ClusterExternalSecret') secrets.push(describeExternalSecret(name, doc.spec, f.name))
  }
  return { secrets, stores }
}

function readManifest(content: string): { kind: string; metadata: Record<string, unknown>; spec: Record<string, unknown> } | null {
  let doc: unknown
  try {
    // Silent: the core never writes to the console.
    const parsed = parseDocument(content, { logLevel: 'silent' })
    if (parsed.errors.length > 0) return null
    doc = parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch {
    return null
  }
  if (!isRecord(doc) || typeof doc.kind !== 'string' || !isRecord(doc.metadata)) return null
  return { kind: doc.kind, metadata: doc.metadata, spec: isRecord(doc.spec) ? doc.spec : {} }
}

function describeExternalSecret(name: string, spec: Record<string, unknown>, file: string): TargetedSecret {
  const es = obj(spec.externalSecretSpec)
  const target = obj(es.target)
  const template = obj(target.template)
  const labels = stringMap(obj(template.metadata).labels)
  const data = Array.isArray(es.data) ? es.data.filter(isRecord) : []
  const dataFrom = Array.isArray(es.dataFrom) ? es.dataFrom.filter(isRecord) : []
  const templateKeys = Object.keys(obj(template.data))
  const refs = [
    ...data.map((d) => {
      const ref = obj(d.remoteRef)
      return str(ref.property) === '' ? str(ref.key) : `${str(ref.key)}#${str(ref.property)}`
    }),
    ...dataFrom.map((d) => str(obj(d.extract).key))
  ]
  const keys = dataFrom.length > 0 ? [ALL_KEYS] : templateKeys.length > 0 ? templateKeys : data.map((d) => str(d.secretKey))
  return {
    secret: {
      name: str(target.name),
      externalSecret: name,
      kind: recognizeKind({ data: es.data, dataFrom: es.dataFrom, template: target.template }),
      type: str(template.type) || 'Opaque',
      keys: [...new Set(keys)].sort(compareStrings),
      store: str(obj(es.secretStoreRef).name),
      remoteRefs: [...new Set(refs)].sort(compareStrings),
      labels,
      refreshInterval: str(es.refreshInterval),
      refreshTime: str(spec.refreshTime),
      creationPolicy: str(target.creationPolicy),
      deletionPolicy: str(target.deletionPolicy) || null,
      file
    },
    target: targetOf(spec)
  }
}

/**
 * The kind a rendered ExternalSecret was made as: the first kind, in
 * decision order, whose own renderer makes exactly this body from the names
 * the manifest holds. No kind's shape is described twice; a kind added to
 * kinds/ is recognised without a change here. What a manifest cannot tell
 * apart reads as the kind that comes first (a kind switched by `type` needs
 * a type in the template, so a custom type `Opaque`, which the renderer
 * leaves out, reads as a single value). A body no kind makes (a file not
 * written by this tool) reads as a single value; its keys, references and
 * labels are still what the manifest says.
 */
function recognizeKind(body: { data: unknown; dataFrom: unknown; template: unknown }): SecretKind {
  const want = canonicalJson(body)
  const data = Array.isArray(body.data) ? body.data.filter(isRecord) : []
  const refs = [
    ...data.map((d) => str(obj(d.remoteRef).key)),
    ...(Array.isArray(body.dataFrom) ? body.dataFrom.filter(isRecord).map((d) => str(obj(d.extract).key)) : [])
  ]
  // The remote name as written, or without a suffix a kind appends to it (`R-crt`).
  const names = [...new Set(refs.flatMap((r) => [r, ...[...r.matchAll(/-/g)].map((m) => r.slice(0, m.index))]))]
  const template = obj(body.template)
  const labels = stringMap(obj(template.metadata).labels)
  const type = str(template.type) || undefined
  const only = data.length === 1 ? data[0] : undefined
  const key = only === undefined ? undefined : str(only.secretKey)
  const property = only === undefined ? undefined : str(obj(only.remoteRef).property) || undefined
  for (const kind of KINDS) {
    if (kind.flag?.key === 'type' && type === undefined) continue
    // The user's labels: all of them, or all but the kind's own.
    const own = Object.fromEntries(Object.entries(labels).filter(([k, v]) => kind.fixedLabels[k] !== v))
    for (const remoteName of names) {
      for (const userLabels of [labels, own]) {
        const entry: KindEntry = { remoteName, labels: userLabels }
        if (key !== undefined) entry.key = key
        if (property !== undefined) entry.property = property
        if (type !== undefined) entry.type = type
        if (canonicalJson(kind.render(entry)) === want) return kind.kind
      }
    }
  }
  return 'single'
}

/**
 * The target of a ClusterExternalSecret: selectors that only name
 * namespaces (as the renderer writes `namespace` and `namespaces`) are
 * namespaces; anything else is a selector.
 */
function targetOf(spec: Record<string, unknown>): Target {
  const selectors: LabelSelector[] = []
  if (Array.isArray(spec.namespaceSelectors)) selectors.push(...spec.namespaceSelectors.filter(isRecord).map(labelSelector))
  if (isRecord(spec.namespaceSelector)) selectors.push(labelSelector(spec.namespaceSelector))
  const names: string[] = Array.isArray(spec.namespaces) ? spec.namespaces.filter((n): n is string => typeof n === 'string') : []
  for (const s of selectors) {
    const named = namesOf(s)
    if (named === null) return { kind: 'selector', selector: s }
    names.push(...named)
  }
  return { kind: 'namespaces', namespaces: [...new Set(names)].sort(compareStrings) }
}

/** The namespaces a selector names by their name label, or null when it selects by other labels. */
function namesOf(s: LabelSelector): string[] | null {
  const labels = Object.entries(s.matchLabels ?? {})
  const exprs = s.matchExpressions ?? []
  if (labels.length === 1 && exprs.length === 0 && labels[0]?.[0] === NAMESPACE_NAME_LABEL) return [labels[0][1]]
  const only = exprs[0]
  if (labels.length === 0 && exprs.length === 1 && only?.key === NAMESPACE_NAME_LABEL && only.operator === 'In')
    return [...(only.values ?? [])]
  return null
}

function obj(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {}
}
function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}
function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, val] of Object.entries(obj(v)).sort(([a], [b]) => compareStrings(a, b))) if (typeof val === 'string') out[k] = val
  return out
}
