/**
 * Validates rendered resources against ESO's published API, three ways:
 *
 * 1. the generated validators of `@kubernetes-models/external-secrets`
 *    (types, enums, patterns, required fields of ESO's CRDs);
 * 2. unknown fields at every level: those validators let unknown fields
 *    through (and the package ships only compiled validators, no JSON
 *    schemas), so we walk each object against the package's TypeScript
 *    declarations — generated from the same CRD schemas — with the
 *    TypeScript compiler: a key is allowed only if the declared type has that
 *    property or a string index signature (the CRD's additionalProperties);
 * 3. ESO's semantic rules of SPEC.md section 5 that no schema expresses.
 *
 * Test-only: it loads the TypeScript compiler once per test process.
 */
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import * as v1 from '@kubernetes-models/external-secrets/external-secrets.io/v1'
import * as v1beta1 from '@kubernetes-models/external-secrets/external-secrets.io/v1beta1'

type Version = 'v1' | 'v1beta1'
type EsoKind = 'ClusterSecretStore' | 'ClusterExternalSecret'

const PKG_DIR = fileURLToPath(new URL('../../node_modules/@kubernetes-models/external-secrets/', import.meta.url))
const ROOTS: Array<[Version, EsoKind]> = [
  ['v1', 'ClusterSecretStore'],
  ['v1', 'ClusterExternalSecret'],
  ['v1beta1', 'ClusterSecretStore'],
  ['v1beta1', 'ClusterExternalSecret']
]

let cached: { checker: ts.TypeChecker; roots: Map<string, ts.Type> } | undefined

/** The declared type of I<Kind> for every version, from the package's .d.ts files. */
function declaredTypes(): { checker: ts.TypeChecker; roots: Map<string, ts.Type> } {
  if (cached) return cached
  const files = ROOTS.map(([v, k]) => `${PKG_DIR}external-secrets.io/${v}/${k}.d.ts`)
  const program = ts.createProgram(files, {
    noEmit: true,
    skipLibCheck: true,
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: []
  })
  const checker = program.getTypeChecker()
  const roots = new Map<string, ts.Type>()
  ROOTS.forEach(([v, k], i) => {
    const sf = program.getSourceFile(files[i]!)
    if (!sf) throw new Error(`cannot load ${files[i]}`)
    const decl = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === `I${k}`)
    if (!decl) throw new Error(`no interface I${k} in ${files[i]}`)
    roots.set(`${v}/${k}`, checker.getTypeAtLocation(decl.name))
  })
  cached = { checker, roots }
  return cached
}

/** Paths of fields that the declared type does not have. */
export function unknownFields(value: unknown, version: Version, kind: EsoKind): string[] {
  const { checker, roots } = declaredTypes()
  const root = roots.get(`${version}/${kind}`)
  if (!root) return [`no schema for ${version}/${kind}`]
  const errors: string[] = []
  walk(checker, value, root, '', errors)
  return errors
}

function walk(checker: ts.TypeChecker, value: unknown, declared: ts.Type, path: string, errors: string[]): void {
  if (value === null || value === undefined) return
  const type = checker.getNonNullableType(declared)
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return
  const members = type.isUnion() ? type.types : [type]
  if (Array.isArray(value)) {
    const arrays = members.filter((t) => checker.isArrayType(t))
    const elem = arrays.length > 0 ? checker.getTypeArguments(arrays[0] as ts.TypeReference)[0] : undefined
    if (!elem) return void errors.push(`${path || '/'}: an array where the schema has none`)
    value.forEach((v, i) => walk(checker, v, elem, `${path}/${i}`, errors))
    return
  }
  if (typeof value !== 'object') return // scalar types are the package validators' job
  const objects = members.filter((t) => t.flags & ts.TypeFlags.Object && !checker.isArrayType(t))
  if (objects.length === 0) return void errors.push(`${path || '/'}: an object where the schema has none`)
  for (const [key, v] of Object.entries(value)) {
    const prop = objects.map((t) => t.getProperty(key)).find((p) => p !== undefined)
    if (prop) {
      walk(checker, v, checker.getTypeOfSymbol(prop), `${path}/${key}`, errors)
      continue
    }
    const index = objects.map((t) => checker.getIndexTypeOfType(t, ts.IndexKind.String)).find((t) => t !== undefined)
    if (index) walk(checker, v, index, `${path}/${key}`, errors)
    else errors.push(`${path}/${key}: unknown field`)
  }
}

interface ModelCtor {
  new (data: never): { validate(): void }
}
const MODELS: Record<Version, Record<EsoKind, ModelCtor>> = {
  v1: { ClusterSecretStore: v1.ClusterSecretStore, ClusterExternalSecret: v1.ClusterExternalSecret },
  v1beta1: { ClusterSecretStore: v1beta1.ClusterSecretStore, ClusterExternalSecret: v1beta1.ClusterExternalSecret }
}

/** Errors of the package's generated validator (CRD types, enums, patterns, required fields). */
export function schemaErrors(value: unknown, version: Version, kind: EsoKind): string[] {
  try {
    new MODELS[version][kind](value as never).validate()
    return []
  } catch (err) {
    return [`schema: ${err instanceof Error ? err.message : String(err)}`]
  }
}

const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/
/** Kubernetes Secret keys: `[-._a-zA-Z0-9]+`, but not `.`, `..` or starting with `..`. */
const SECRET_KEY = /^(?!\.\.)(?!\.$)[-._a-zA-Z0-9]+$/

/**
 * ESO's rules that its CRD schema does not express (SPEC.md section 5),
 * plus what makes the generated Secret valid: data or dataFrom present, no
 * duplicate secretKey, `deletionPolicy: Delete` only with `creationPolicy:
 * Owner` (SPEC's rule; ESO's webhook itself rejects Delete with Merge or
 * None), no `deletionPolicy: Merge` with `creationPolicy: None`, Secret keys and label keys/values Kubernetes accepts (label values
 * also pass through ESO's template engine), and template code that reads
 * only secretKeys this ExternalSecret fetches.
 */
export function semanticErrors(value: unknown): string[] {
  const r = asObj(value)
  if (r.kind !== 'ClusterExternalSecret') return []
  const errors: string[] = []
  const spec = asObj(asObj(r.spec).externalSecretSpec)
  const data = Array.isArray(spec.data) ? spec.data.map(asObj) : []
  const dataFrom = Array.isArray(spec.dataFrom) ? spec.dataFrom : []
  if (data.length === 0 && dataFrom.length === 0) errors.push('externalSecretSpec: neither data nor dataFrom')
  const keys = data.map((d) => String(d.secretKey))
  const dup = keys.filter((k, i) => keys.indexOf(k) !== i)
  if (dup.length > 0) errors.push(`externalSecretSpec.data: duplicate secretKey ${dup.join(', ')}`)
  for (const k of keys) if (!SECRET_KEY.test(k)) errors.push(`externalSecretSpec.data: invalid Secret key ${JSON.stringify(k)}`)
  const target = asObj(spec.target)
  if (target.deletionPolicy === 'Delete' && (target.creationPolicy ?? 'Owner') !== 'Owner') {
    errors.push('target: deletionPolicy Delete needs creationPolicy Owner')
  }
  if (target.deletionPolicy === 'Merge' && target.creationPolicy === 'None') errors.push('target: deletionPolicy Merge with creationPolicy None')
  const template = asObj(target.template)
  for (const [k, v] of Object.entries(asObj(asObj(template.metadata).labels))) {
    if (!LABEL_KEY.test(k) || k.length > 317) errors.push(`template labels: invalid key ${JSON.stringify(k)}`)
    if (typeof v !== 'string' || !LABEL_VALUE.test(v)) errors.push(`template labels: invalid value ${JSON.stringify(v)} for ${k}`)
  }
  for (const [k, code] of Object.entries(asObj(template.data))) {
    if (!SECRET_KEY.test(k)) errors.push(`template data: invalid Secret key ${JSON.stringify(k)}`)
    for (const m of String(code).matchAll(/\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (!keys.includes(m[1]!)) errors.push(`template data ${k}: reads .${m[1]} which no data item fetches`)
    }
  }
  return errors
}

/** Every problem with one rendered resource; [] when ESO would accept it. */
export function esoErrors(value: unknown): string[] {
  const r = asObj(value)
  const version = String(r.apiVersion).replace(/^external-secrets\.io\//, '')
  const kind = r.kind
  if ((version !== 'v1' && version !== 'v1beta1') || (kind !== 'ClusterSecretStore' && kind !== 'ClusterExternalSecret')) {
    return [`unexpected apiVersion/kind ${String(r.apiVersion)}/${String(kind)}`]
  }
  const meta = asObj(r.metadata)
  const errors = [...schemaErrors(value, version, kind), ...unknownFields(value, version, kind), ...semanticErrors(value)]
  if (kind === 'ClusterSecretStore' && meta.namespace !== undefined) errors.push('metadata.namespace on a cluster-scoped store')
  return errors
}

/** Problems of a list of resources, each prefixed by kind/name; [] when all are valid. */
export function esoErrorsAll(resources: readonly unknown[]): string[] {
  return resources.flatMap((r) => esoErrors(r).map((e) => `${String(asObj(r).kind)}/${String(asObj(asObj(r).metadata).name)}: ${e}`))
}

function asObj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}
