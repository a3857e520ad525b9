import AjvModule, { type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * GitHub's REST description (npm @octokit/openapi) as request/response
 * validators for the fake API server. The 70 MB description is parsed once;
 * the operations the fake implements plus the list of every (method, path)
 * are cached in a small file in the OS temp dir, keyed by the package version.
 */

const require = createRequire(import.meta.url)
const Ajv = AjvModule.default
const addFormats = addFormatsModule.default

/** Operations the fake implements (method, path template). */
export const IMPLEMENTED: ReadonlyArray<readonly [string, string]> = [
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/user'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['post', '/repos/{owner}/{repo}/git/refs']
]

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema: object
}

interface CachedOperation {
  method: string
  template: string
  operationId: string
  parameters: Parameter[]
  body: { required: boolean; schema: object } | null
  responses: Record<string, object | null>
}

interface Cache {
  version: string
  all: Array<[string, string]>
  operations: CachedOperation[]
}

export interface Operation extends CachedOperation {
  regex: RegExp
  paramNames: string[]
  validateParams: ValidateFunction
  validateQuery: ValidateFunction
  validateBody: ValidateFunction | null
  validateResponse(status: number, body: unknown): string[]
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Keep the first `depth` levels of a schema (types, required, enums); deeper levels accept anything. */
function shallow(schema: unknown, depth: number): unknown {
  if (!isObject(schema)) return schema
  if (depth < 0) return {}
  // The deepest level checked: only the type, not the fields inside.
  if (depth === 0) return Object.fromEntries(Object.entries(schema).filter(([k]) => k === 'type' || k === 'nullable'))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, shallow(s, depth - 1)]))
    } else if (k === 'items') {
      out[k] = shallow(v, depth)
    } else if ((k === 'oneOf' || k === 'anyOf' || k === 'allOf') && Array.isArray(v)) {
      out[k] = v.map((s) => shallow(s, depth))
    } else if (k === 'additionalProperties' && isObject(v)) {
      out[k] = shallow(v, depth - 1)
    } else if (!isObject(v) || k === 'enum') {
      out[k] = v
    }
  }
  return out
}

function loadCache(): Cache {
  const pkg: unknown = require('@octokit/openapi/package.json')
  const version = isObject(pkg) && typeof pkg['version'] === 'string' ? pkg['version'] : 'unknown'
  const file = path.join(tmpdir(), `secrets-injector-openapi-${version}-v4.json`)
  if (existsSync(file)) {
    const cached: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (isObject(cached) && cached['version'] === version) return cached as unknown as Cache
  }
  const spec: unknown = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8'))
  if (!isObject(spec) || !isObject(spec['paths'])) throw new Error('unexpected OpenAPI description')
  const paths = spec['paths']
  const all: Array<[string, string]> = []
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue
    for (const method of Object.keys(item)) if (['get', 'post', 'put', 'patch', 'delete'].includes(method)) all.push([method, template])
  }
  const operations: CachedOperation[] = IMPLEMENTED.map(([method, template]) => {
    const op = (paths[template] as Record<string, Record<string, unknown>>)[method]
    if (op === undefined) throw new Error(`${method} ${template} not in the description`)
    const body = op['requestBody']
    const bodySchema =
      isObject(body) && isObject(body['content']) && isObject(body['content']['application/json'])
        ? body['content']['application/json']['schema']
        : null
    const responses: Record<string, object | null> = {}
    for (const [status, r] of Object.entries(op['responses'] as Record<string, unknown>)) {
      const schema =
        isObject(r) && isObject(r['content']) && isObject(r['content']['application/json'])
          ? r['content']['application/json']['schema']
          : null
      responses[status] = isObject(schema) ? (shallow(schema, 2) as object) : null
    }
    return {
      method,
      template,
      operationId: String(op['operationId']),
      parameters: (op['parameters'] as Parameter[] | undefined) ?? [],
      body: isObject(bodySchema) ? { required: isObject(body) && body['required'] === true, schema: bodySchema } : null,
      responses
    }
  })
  const cache: Cache = { version, all, operations }
  writeFileSync(file, JSON.stringify(cache))
  return cache
}

function templateRegex(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split('/')
    .map((seg) => {
      const m = /^\{(\w+)\}$/.exec(seg)
      if (m === null) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(m[1] ?? '')
      // The contents API path parameter spans several segments.
      return m[1] === 'path' ? '(.+)' : '([^/]+)'
    })
    .join('/')
  return { regex: new RegExp(`^${source}$`), names }
}

export interface OpenApi {
  /** The implemented operation for a request, or a reason it does not exist. */
  match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | { error: string }
}

let loaded: OpenApi | null = null

/** Load (once per process) the validators of the implemented operations. */
export function openApi(): OpenApi {
  if (loaded !== null) return loaded
  const cache = loadCache()
  const strict = new Ajv({ strict: false, allErrors: true, logger: false })
  addFormats(strict)
  const coercing = new Ajv({ strict: false, allErrors: true, coerceTypes: true, logger: false })
  addFormats(coercing)
  const ops: Operation[] = cache.operations.map((c) => {
    const { regex, names } = templateRegex(c.template)
    const group = (where: string): object => {
      const ps = c.parameters.filter((p) => p.in === where)
      return {
        type: 'object',
        properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])),
        required: ps.filter((p) => p.required === true).map((p) => p.name),
        additionalProperties: false
      }
    }
    const responseValidators = new Map<string, ValidateFunction>()
    for (const [status, schema] of Object.entries(c.responses)) if (schema !== null) responseValidators.set(status, strict.compile(schema))
    return {
      ...c,
      regex,
      paramNames: names,
      validateParams: coercing.compile(group('path')),
      validateQuery: coercing.compile(group('query')),
      validateBody: c.body === null ? null : strict.compile(c.body.schema),
      validateResponse(status: number, body: unknown): string[] {
        if (!(String(status) in c.responses)) return [`status ${status} is not documented for ${c.operationId}`]
        const v = responseValidators.get(String(status))
        if (v === undefined || v(body)) return []
        return (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
      }
    }
  })
  const allRoutes = cache.all.map(([method, template]) => ({ method, template, ...templateRegex(template) }))
  const literalCount = (t: string): number => t.split('/').filter((s) => !s.startsWith('{')).length
  loaded = {
    match(method, pathname) {
      const m = method.toLowerCase()
      const candidates = ops
        .filter((o) => o.method === m && o.regex.test(pathname))
        .sort((a, b) => literalCount(b.template) - literalCount(a.template))
      const op = candidates[0]
      if (op !== undefined) {
        const hit = op.regex.exec(pathname)
        const params: Record<string, string> = {}
        op.paramNames.forEach((n, i) => {
          params[n] = decodeURIComponent(hit?.[i + 1] ?? '')
        })
        return { op, params }
      }
      const known = allRoutes.find((r) => r.method === m && r.regex.test(pathname))
      return {
        error:
          known === undefined
            ? `${method} ${pathname} is not a GitHub REST endpoint`
            : `${method} ${known.template} is not implemented by the fake server`
      }
    }
  }
  return loaded
}
