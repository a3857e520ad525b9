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
 * Test-only. The field table is built once with the TypeScript compiler and
 * cached in node_modules/.cache.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
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

/**
 * The declared fields, compiled from the TypeScript types into a plain table
 * (one shape per type; unions merged): loading the compiler takes seconds,
 * so the table is cached under node_modules/.cache, keyed by the package and
 * compiler versions.
 */
interface Shape {
  /** Anything goes (x-kubernetes-preserve-unknown-fields / `any`). */
  any?: true
  props?: Record<string, number>
  /** Shape of the values of a string index signature (additionalProperties). */
  index?: number
  /** Shape of array items. */
  items?: number
}
interface FieldTable {
  shapes: Shape[]
  roots: Record<string, number>
}

let table: FieldTable | undefined

function fieldTable(): FieldTable {
  if (table) return table
  const pkg: unknown = JSON.parse(readFileSync(`${PKG_DIR}package.json`, 'utf8'))
  const version = pkg !== null && typeof pkg === 'object' ? String(Reflect.get(pkg, 'version')) : 'unknown'
  const cacheFile = fileURLToPath(
    new URL(`../../node_modules/.cache/secrets-injector/eso-fields-${version}-ts${ts.version}.json`, import.meta.url)
  )
  try {
    const cached: unknown = JSON.parse(readFileSync(cacheFile, 'utf8'))
    if (isFieldTable(cached)) return (table = cached)
  } catch {
    // no cache yet: build it below
  }
  table = buildFieldTable()
  try {
    mkdirSync(dirname(cacheFile), { recursive: true })
    const tmp = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(table))
    renameSync(tmp, cacheFile) // atomic: parallel test workers never read half a file
  } catch {
    // a read-only node_modules only costs time
  }
  return table
}

function isFieldTable(v: unknown): v is FieldTable {
  return v !== null && typeof v === 'object' && Array.isArray(Reflect.get(v, 'shapes')) && typeof Reflect.get(v, 'roots') === 'object'
}

/** Walk the package's .d.ts types of I<Kind> (both versions) with the TypeScript checker. */
function buildFieldTable(): FieldTable {
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
  const shapes: Shape[] = []
  const ids = new Map<ts.Type, number>()
  const shapeOf = (declared: ts.Type): number => {
    const type = checker.getNonNullableType(declared)
    const known = ids.get(type)
    if (known !== undefined) return known
    const id = shapes.length
    const shape: Shape = {}
    shapes.push(shape)
    ids.set(type, id)
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      shape.any = true
      return id
    }
    for (const member of type.isUnion() ? type.types : [type]) {
      if (checker.isArrayType(member)) {
        // isArrayType guarantees a TypeReference (Array<T>).
        const elem = checker.getTypeArguments(member as ts.TypeReference)[0]
        if (elem && shape.items === undefined) shape.items = shapeOf(elem)
      } else if (member.flags & ts.TypeFlags.Object) {
        for (const prop of checker.getPropertiesOfType(member)) {
          shape.props ??= {}
          if (shape.props[prop.name] === undefined) shape.props[prop.name] = shapeOf(checker.getTypeOfSymbol(prop))
        }
        const index = checker.getIndexTypeOfType(member, ts.IndexKind.String)
        if (index && shape.index === undefined) shape.index = shapeOf(index)
      }
    }
    return id
  }
  const roots: Record<string, number> = {}
  ROOTS.forEach(([v, k], i) => {
    const sf = program.getSourceFile(files[i]!)
    if (!sf) throw new Error(`cannot load ${files[i]}`)
    const decl = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === `I${k}`)
    if (!decl) throw new Error(`no interface I${k} in ${files[i]}`)
    roots[`${v}/${k}`] = shapeOf(checker.getTypeAtLocation(decl.name))
  })
  return { shapes, roots }
}

/** Paths of fields that the declared type does not have. */
export function unknownFields(value: unknown, version: Version, kind: EsoKind): string[] {
  const { shapes, roots } = fieldTable()
  const root = roots[`${version}/${kind}`]
  if (root === undefined) return [`no schema for ${version}/${kind}`]
  const errors: string[] = []
  walk(shapes, value, root, '', errors)
  return errors
}

function walk(shapes: Shape[], value: unknown, id: number, path: string, errors: string[]): void {
  const shape = shapes[id]
  if (value === null || value === undefined || !shape || shape.any) return
  if (Array.isArray(value)) {
    if (shape.items === undefined) return void errors.push(`${path || '/'}: an array where the schema has none`)
    value.forEach((v, i) => walk(shapes, v, shape.items!, `${path}/${i}`, errors))
    return
  }
  if (typeof value !== 'object') return // scalar types are the package validators' job
  if (shape.props === undefined && shape.index === undefined) return void errors.push(`${path || '/'}: an object where the schema has none`)
  for (const [key, v] of Object.entries(value)) {
    const next = shape.props?.[key] ?? shape.index
    if (next === undefined) errors.push(`${path}/${key}: unknown field`)
    else walk(shapes, v, next, `${path}/${key}`, errors)
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
  if (target.deletionPolicy === 'Merge' && target.creationPolicy === 'None')
    errors.push('target: deletionPolicy Merge with creationPolicy None')
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
