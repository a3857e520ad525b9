import { schema as githubSchema } from '@octokit/graphql-schema'
import {
  buildClientSchema,
  execute,
  getOperationAST,
  getVariableValues,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode
} from 'graphql'
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * GitHub's GraphQL API for the fake server, backed by a real bare repository:
 * every document is validated against GitHub's published schema
 * (@octokit/graphql-schema) and its variables coerced to the declared input
 * types, then executed by graphql-js with resolvers that read and write the
 * repository. Only the fields publish reads have resolvers; a document asking
 * for anything else is answered with null there, as a fake should not invent.
 * Also the REST git-data calls that start a missing branch (trees, commits, refs).
 */

function isIntrospection(v: unknown): v is IntrospectionQuery {
  return typeof v === 'object' && v !== null && '__schema' in v
}

let schemaCache: GraphQLSchema | null = null
function schema(): GraphQLSchema {
  // The 7 MB introspection result is built once per process.
  const json: unknown = githubSchema.json
  if (!isIntrospection(json)) throw new Error('@octokit/graphql-schema: unexpected schema.json')
  schemaCache ??= buildClientSchema(json)
  return schemaCache
}

export interface CheckedGraphql {
  /** `graphql/<first field of the operation>`, e.g. graphql/createCommitOnBranch; the key for faults and counts. */
  operationId: string
  /** The client's name for the operation (`query PublishHead`), if it gave one. */
  operationName: string | null
  problems: string[]
  /** Run it as `viewer` (the login the token acts as). */
  run(viewer: string): Promise<unknown>
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}
function rec(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {}
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/** An error GitHub reports with a `type` (STALE_DATA, NOT_FOUND) next to the message. */
class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

/** Plumbing on the bare repository; branches move by compare-and-swap, as on GitHub. */
export class GitStore {
  private seq = 0
  constructor(
    readonly gitDir: string,
    private readonly tmp: string
  ) {}

  run(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; out: string }> {
    return new Promise((resolve) => {
      const env = { PATH: process.env['PATH'] ?? '', HOME: this.tmp, GIT_CONFIG_NOSYSTEM: '1', GIT_DIR: this.gitDir, ...opts.env }
      const child = execFile('git', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout) =>
        resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : 1, out: stdout })
      )
      child.stdin?.on('error', () => undefined)
      child.stdin?.end(opts.input ?? '')
    })
  }

  async revParse(rev: string): Promise<string | null> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
    return r.code === 0 ? r.out.trim() : null
  }

  async hashBlob(text: string): Promise<string> {
    return (await this.run(['hash-object', '-w', '--stdin'], { input: text })).out.trim()
  }

  /** A tree from (mode, path, text) entries, no base tree. */
  async createTree(entries: Array<{ mode: string; path: string; content: string }>): Promise<string> {
    const env = { GIT_INDEX_FILE: join(this.tmp, `fake-gh-index-${++this.seq}`) }
    await this.run(['read-tree', '--empty'], { env })
    for (const e of entries) {
      const oid = await this.hashBlob(e.content)
      await this.run(['update-index', '--add', '--cacheinfo', `${e.mode},${oid},${e.path}`], { env })
    }
    const tree = (await this.run(['write-tree'], { env })).out.trim()
    await rm(env.GIT_INDEX_FILE, { force: true })
    return tree
  }

  async createCommit(message: string, tree: string, parents: string[]): Promise<string | null> {
    const r = await this.run(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], {
      input: message,
      env: {
        GIT_AUTHOR_NAME: 'GitHub',
        GIT_AUTHOR_EMAIL: 'noreply@github.com',
        GIT_COMMITTER_NAME: 'GitHub',
        GIT_COMMITTER_EMAIL: 'noreply@github.com'
      }
    })
    return r.code === 0 ? r.out.trim() : null
  }

  /** Create `ref` at `sha` only if it does not exist. */
  async createRef(ref: string, sha: string): Promise<boolean> {
    return (await this.run(['update-ref', ref, sha, ''])).code === 0
  }

  /** createCommitOnBranch: apply the file changes on `expected` and move the branch only if it still points there. */
  async commitOnBranch(branch: string, expected: string, message: string, additions: unknown[], deletions: unknown[]): Promise<string> {
    const ref = `refs/heads/${branch}`
    const stale = new TypedError('STALE_DATA', `Expected branch to point to "${expected}" but it did not. Pull and try again.`)
    const head = await this.revParse(ref)
    if (head === null) throw new TypedError('NOT_FOUND', `Could not resolve to a ref named '${ref}'`)
    if (head !== expected) throw stale
    const env = { GIT_INDEX_FILE: join(this.tmp, `fake-gh-index-${++this.seq}`) }
    await this.run(['read-tree', expected], { env })
    const lines: string[] = []
    for (const a of additions) {
      const path = str(rec(a)['path'])
      if (path.split('/').some((s) => s === '' || s === '.' || s === '..')) throw new TypedError('UNPROCESSABLE', `invalid path ${path}`)
      const oid = await this.hashBlob(Buffer.from(str(rec(a)['contents']), 'base64').toString('utf8'))
      lines.push(`100644 ${oid}\t${path}\0`)
    }
    for (const d of deletions) lines.push(`0 ${'0'.repeat(40)}\t${str(rec(d)['path'])}\0`)
    await this.run(['update-index', '-z', '--index-info'], { input: lines.join(''), env })
    const tree = (await this.run(['write-tree'], { env })).out.trim()
    await rm(env.GIT_INDEX_FILE, { force: true })
    const sha = await this.createCommit(message, tree, [expected])
    // Compare-and-swap: fails if another mutation moved the branch since the check.
    if (sha === null || (await this.run(['update-ref', ref, sha, expected])).code !== 0) throw stale
    return sha
  }

  private async object(expression: string): Promise<unknown> {
    const t = await this.run(['cat-file', '-t', expression])
    const type = t.code === 0 ? t.out.trim() : ''
    if (type === 'blob') {
      const text = (await this.run(['cat-file', 'blob', expression])).out
      return { __typename: 'Blob', text, isBinary: false, isTruncated: false }
    }
    if (type === 'commit') return { __typename: 'Commit', oid: (await this.run(['rev-parse', expression])).out.trim() }
    if (type !== 'tree') return null
    return {
      __typename: 'Tree',
      entries: async () => {
        const ls = await this.run(['ls-tree', '-z', expression])
        return Promise.all(
          ls.out
            .split('\0')
            .filter((l) => l !== '')
            .map(async (line) => {
              const [meta = '', name = ''] = line.split('\t')
              const [mode = '', type = '', oid = ''] = meta.split(' ')
              return { name, type, mode: Number.parseInt(mode, 8), object: await this.object(oid) }
            })
        )
      }
    }
  }

  /** Resolvers for the fields publish uses, on the Query and Mutation roots. */
  root(owner: string, repo: string): Record<string, unknown> {
    return {
      repository: (args: Record<string, unknown>) =>
        args['owner'] !== owner || args['name'] !== repo
          ? null
          : {
              ref: async (a: Record<string, unknown>) => {
                const oid = await this.revParse(str(a['qualifiedName']))
                return oid === null ? null : { target: { __typename: 'Commit', oid } }
              },
              object: (a: Record<string, unknown>) => this.object(str(a['expression']))
            },
      createCommitOnBranch: async (args: Record<string, unknown>) => {
        const input = rec(args['input'])
        const branch = rec(input['branch'])
        if (str(branch['repositoryNameWithOwner']) !== `${owner}/${repo}`) throw new TypedError('NOT_FOUND', 'no such repository')
        const message = rec(input['message'])
        const text = str(message['body']) === '' ? str(message['headline']) : `${str(message['headline'])}\n\n${str(message['body'])}`
        const changes = rec(input['fileChanges'])
        const oid = await this.commitOnBranch(
          str(branch['branchName']),
          str(input['expectedHeadOid']),
          text,
          arr(changes['additions']),
          arr(changes['deletions'])
        )
        return { commit: { __typename: 'Commit', oid } }
      }
    }
  }
}

/**
 * Validate a GraphQL request body against GitHub's schema. `run` executes it
 * against the repository and returns the response body GitHub would send.
 */
export function checkGraphql(body: unknown, store: GitStore | null, owner: string, repo: string): CheckedGraphql {
  const problems: string[] = []
  const query = str(rec(body)['query'])
  const variables = rec(rec(body)['variables'])
  let document: DocumentNode | null = null
  try {
    document = parse(query)
  } catch (error) {
    problems.push(`GraphQL syntax: ${String(error)}`)
  }
  const operation: OperationDefinitionNode | null = document === null ? null : (getOperationAST(document) ?? null)
  if (document !== null) problems.push(...validate(schema(), document).map((e) => `GraphQL: ${e.message}`))
  if (operation !== null && problems.length === 0) {
    const coerced = getVariableValues(schema(), operation.variableDefinitions ?? [], variables)
    if ('errors' in coerced && coerced.errors !== undefined) problems.push(...coerced.errors.map((e) => `GraphQL variables: ${e.message}`))
  }
  const first = operation?.selectionSet.selections[0]
  const operationId = `graphql/${first?.kind === 'Field' ? first.name.value : 'unknown'}`
  // Only `viewer` needs no repository.
  if (store === null && operationId !== 'graphql/viewer')
    problems.push('the fake server has no repository for GraphQL (start it with gitDir)')
  return {
    operationId,
    operationName: operation?.name?.value ?? null,
    problems,
    async run(viewer) {
      if (document === null) return { errors: [{ message: 'invalid request' }] }
      const rootValue = { ...(store === null ? {} : store.root(owner, repo)), viewer: { login: viewer } }
      const result = await execute({ schema: schema(), document, variableValues: variables, rootValue })
      const errors = result.errors?.map((e) =>
        e.originalError instanceof TypedError ? { type: e.originalError.type, message: e.message, path: e.path } : e.toJSON()
      )
      return errors === undefined ? { data: result.data } : { data: result.data ?? null, errors }
    }
  }
}
