import type { ErrorObject } from 'ajv'
import schema from '../../../schema/values.schema.json' with { type: 'json' }
import type { ValuePath } from '../types.js'
import type { FileLint } from './context.js'
import { validate as compiledValidate } from './schema-validator.generated.js'
import { didYouMean } from './suggest.js'
import { isRecord } from '../values.js'
import { describeValue, keyPath, ownerOf, quote, subject } from './wording.js'

/** The shipped JSON Schema, for the docs generator. */
export const VALUES_SCHEMA: unknown = schema

/**
 * The schema compiled ahead of time (scripts/schema-validator.ts, ajv's
 * standalone code, allErrors and verbose): compiling it at start-up cost more
 * than validating a 1,000-entry file, and ajv's compiler is not loaded at all.
 */
const validate: { (data: unknown): boolean; errors?: ErrorObject[] | null } = compiledValidate

/**
 * Keywords whose errors the schema check leaves to the rules, which say the
 * same thing with the entry's name and the fix: `required` (entry-required,
 * store-required) and `pattern` (invalid-duration). The schema keeps them so
 * editors and `helm lint` still see them.
 */
const LEFT_TO_RULES = new Set(['pattern'])
const ENTRY_OR_STORE = /^\/(externalsecrets\/\d+|clustersecretstore|clustersecretstores\/\d+)(\/|$)/

/** Validate one file's values against schema/values.schema.json and turn ajv errors into findings. */
export function checkSchema(lint: FileLint): void {
  if (validate(lint.root)) return
  for (const err of validate.errors ?? []) {
    if (LEFT_TO_RULES.has(err.keyword)) continue
    // Entries and stores have their own required-key rules, which know the kind and auth mode.
    if (err.keyword === 'required' && ENTRY_OR_STORE.test(err.instancePath) && !err.instancePath.includes('/matchExpressions/')) continue
    translate(lint, err)
  }
}

function translate(lint: FileLint, err: ErrorObject): void {
  const path = pointerToPath(lint.root, err.instancePath)
  const root = lint.root
  if (err.keyword === 'additionalProperties') {
    const key = String(err.params.additionalProperty)
    const keyAt = [...path, key]
    const allowed = isRecord(err.parentSchema) && isRecord(err.parentSchema.properties) ? Object.keys(err.parentSchema.properties) : []
    const { owner, rest } = ownerOf(root, keyAt)
    const where = owner === '' ? '' : `${owner}: `
    const inside = rest.length > 1 ? ` in "${keyPath(rest.slice(0, -1))}"` : path.length === 0 ? ' at the top level' : ''
    const guess = didYouMean(key, allowed)
    const fix =
      guess !== undefined
        ? `did you mean "${guess}"?`
        : allowed.length <= 12
          ? `allowed keys here: ${allowed.join(', ')}`
          : 'remove it (see the values reference for the allowed keys)'
    lint.report('unknown-key', keyAt, `${where}unknown key ${quote(key)}${inside}; ${fix}`, 'key', guess)
    return
  }
  const head = subject(root, path)
  const lastKey = path.length > 0 ? String(path[path.length - 1]) : ''
  if (err.keyword === 'type') {
    const expected = typeList(err.params.type)
    let fix = ''
    if (expected.includes('boolean') && typeof err.data === 'string' && /^(true|false)$/i.test(err.data.trim())) {
      fix = `; write ${lastKey}: ${err.data.trim().toLowerCase()} without quotes`
    } else if (expected.includes('boolean') && typeof err.data === 'string' && /^(y|yes|on|n|no|off)$/i.test(err.data.trim())) {
      // YAML 1.1 spellings (Helm reads them as booleans); this tool reads YAML 1.2, where only true/false are.
      fix = `; write ${lastKey}: ${/^(y|yes|on)$/i.test(err.data.trim()) ? 'true' : 'false'}`
    } else if (expected.includes('string') && (typeof err.data === 'number' || typeof err.data === 'boolean')) {
      fix = '; put the value in quotes so YAML reads it as text'
    } else if (err.data === '' && (expected.includes('object') || expected.includes('array'))) {
      fix = '; to leave it unset, write the key with no value or remove it'
    } else if (expected.includes('array') && typeof err.data === 'string') {
      fix = `; write it as a list, e.g. [${quote(err.data)}]`
    } else if (expected.length === 1 && expected[0] === 'array' && isRecord(err.data)) {
      fix = '; start each item with "- "'
    } else if (isRecord(err.data) || Array.isArray(err.data)) {
      // A label map (namespaceSelector shorthand) takes any key, so a typo of matchLabels lands here.
      const guess = didYouMean(lastKey, ['matchLabels', 'matchExpressions'])
      if (guess !== undefined && guess !== lastKey) fix = `; did you mean "${guess}"?`
    }
    lint.report('wrong-type', path, `${head} must be ${expected.map(typeName).join(' or ')}, got ${describeValue(err.data)}${fix}`)
    return
  }
  if (err.keyword === 'enum') {
    const allowed = Array.isArray(err.params.allowedValues)
      ? err.params.allowedValues.filter((v): v is string => typeof v === 'string')
      : []
    const guess = typeof err.data === 'string' ? didYouMean(err.data, allowed) : undefined
    const fix = guess !== undefined ? `; did you mean "${guess}"?` : ''
    lint.report('invalid-value', path, `${head} must be one of ${allowed.join(', ')}, got ${describeValue(err.data)}${fix}`, 'value', guess)
    return
  }
  if (err.keyword === 'required') {
    const key = String(err.params.missingProperty)
    lint.report('missing-key', [...path, key], `${subject(root, [...path, key])} is required`)
    return
  }
  lint.report('invalid-value', path, `${head} ${err.message ?? 'does not match the schema'}`)
}

function typeList(t: unknown): string[] {
  const list = Array.isArray(t) ? t : String(t).split(',')
  return list.map(String).filter((x) => x !== 'null')
}

function typeName(t: string): string {
  switch (t) {
    case 'boolean':
      return 'a boolean (true or false)'
    case 'object':
      return 'a mapping (key: value pairs)'
    case 'array':
      return 'a list'
    case 'integer':
    case 'number':
      return 'a number'
    default:
      return `a ${t}`
  }
}

/**
 * JSON pointer (`/externalsecrets/3/labels/a~1b`) to a value path; a segment
 * is a number only inside a list (a label key "0" stays a string).
 */
function pointerToPath(root: unknown, pointer: string): ValuePath {
  if (pointer === '') return []
  const out: Array<string | number> = []
  let node = root
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node)) {
      out.push(Number(seg))
      node = node[Number(seg)]
    } else {
      out.push(seg)
      node = isRecord(node) ? node[seg] : undefined
    }
  }
  return out
}
