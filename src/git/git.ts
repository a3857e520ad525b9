import { execFile } from 'node:child_process'

/**
 * The one wrapper around git, for every shell (the action's history reads,
 * the GitOps publish in a private bare repository). One method per git
 * question; all of them go through `run`, the single place in src/ that
 * spawns git (execFile, argv as an array, never a shell), with a controlled
 * environment: inherited GIT_* variables that select another repository,
 * index or config are dropped, the repository is `gitDir` or `cwd`, prompts
 * are off, pathspecs are literal, and extra config (remote URL, auth headers)
 * travels in GIT_CONFIG_* variables so no credential ever appears in argv.
 * Everything it returns or throws is redacted. Best-effort calls are named
 * `try…` and answer null (or nothing) instead of throwing.
 */

/** A failed git call; message and stderr are already redacted. */
export class GitError extends Error {
  override name = 'GitError'
  constructor(
    message: string,
    readonly args: string[],
    readonly exitCode: number,
    readonly stderr: string
  ) {
    super(message)
  }
}

export interface GitOptions {
  /** Repository to operate on (GIT_DIR); or `cwd` for calls inside a working tree. */
  gitDir?: string
  cwd?: string
  /** Extra `git -c` style settings, passed through the environment. */
  config?: Array<[string, string]>
  /** Strings that must never be printed (tokens, header values). */
  secrets?: string[]
  /** Base environment (default process.env); GIT_* repository selectors are dropped from it. */
  env?: NodeJS.ProcessEnv
  /** Every command run, redacted (debug output). */
  log?: (line: string) => void
}

interface RunOptions {
  input?: string
  env?: Record<string, string>
  /** Return the result instead of throwing on a non-zero exit. */
  allowFail?: boolean
}

interface RunResult {
  exitCode: number
  stdout: Buffer
  /** Redacted. */
  stderr: string
}

/** Outcome of a command whose failure the caller interprets (fetch, push). */
export interface GitOutcome {
  ok: boolean
  /** Redacted. */
  stdout: string
  /** Redacted. */
  stderr: string
}

/** One entry of `git ls-tree`. */
export interface TreeEntry {
  mode: string
  type: string
  oid: string
  path: string
}

/** Inherited variables that would point git at another repository, index or config. */
const DROPPED_ENV = new RegExp(
  '^GIT_(' +
    [
      'DIR',
      'WORK_TREE',
      'INDEX_FILE',
      'OBJECT_DIRECTORY',
      'ALTERNATE_OBJECT_DIRECTORIES',
      'NAMESPACE',
      'CEILING_DIRECTORIES',
      'CONFIG_COUNT',
      'CONFIG_KEY_\\d+',
      'CONFIG_VALUE_\\d+',
      'CONFIG_PARAMETERS',
      'PREFIX',
      'COMMON_DIR',
      'SHALLOW_FILE',
      'QUARANTINE_PATH',
      'ASKPASS'
    ].join('|') +
    ')$'
)

/** Large enough for a cat-file batch of every manifest of a big cluster. */
const MAX_OUTPUT = 256 * 1024 * 1024

/**
 * Hide credentials in text meant for logs or errors: known secret strings,
 * `user:password@` in URLs and the value of any Authorization header.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***')
  out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@')
  out = out.replace(/(authorization:\s*(?:basic|bearer|token)\s+)\S+/gi, '$1***')
  return out
}

/** The `http.<url>.extraheader` setting for a token, scoped to the remote's origin. */
export function tokenAuthConfig(remoteUrl: string, token: string): { config: Array<[string, string]>; secrets: string[] } {
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
  let scope = 'http'
  try {
    const u = new URL(remoteUrl)
    if (u.protocol === 'http:' || u.protocol === 'https:') scope = `http.${u.protocol}//${u.host}/`
  } catch {
    // Not a URL (scp-like or a path): token auth does not apply; keep the unscoped key harmlessly.
  }
  return { config: [[`${scope}.extraheader`, `AUTHORIZATION: basic ${basic}`]], secrets: [token, basic] }
}

function parseLsTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = []
  for (const rec of out.split('\0')) {
    if (rec === '') continue
    const tab = rec.indexOf('\t')
    const [mode, type, oid] = rec.slice(0, tab).split(' ')
    if (mode === undefined || type === undefined || oid === undefined) continue
    entries.push({ mode, type, oid, path: rec.slice(tab + 1) })
  }
  return entries
}

/** A git command manager bound to one repository (a bare `gitDir` or a working tree `cwd`). */
export class Git {
  private readonly secrets: string[]

  constructor(private readonly opts: GitOptions = {}) {
    this.secrets = [...(opts.secrets ?? [])]
  }

  /** `text` with this repository's credentials hidden. */
  redact(text: string): string {
    return redact(text, this.secrets)
  }

  private environment(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {}
    for (const [k, v] of Object.entries(this.opts.env ?? process.env)) if (!DROPPED_ENV.test(k)) env[k] = v
    env.GIT_TERMINAL_PROMPT = '0'
    env.GCM_INTERACTIVE = 'never'
    env.GIT_LITERAL_PATHSPECS = '1'
    env.LC_ALL = 'C'
    if (this.opts.gitDir !== undefined) env.GIT_DIR = this.opts.gitDir
    const config = this.opts.config ?? []
    env.GIT_CONFIG_COUNT = String(config.length)
    config.forEach(([k, v], i) => {
      env[`GIT_CONFIG_KEY_${i}`] = k
      env[`GIT_CONFIG_VALUE_${i}`] = v
    })
    return { ...env, ...extra }
  }

  /** The single exec funnel: every git process of src/ starts here. Throws GitError (redacted) unless `allowFail`. */
  private run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    this.opts.log?.(`git ${this.redact(args.join(' '))}`)
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { cwd: this.opts.cwd, env: this.environment(options.env), maxBuffer: MAX_OUTPUT, encoding: 'buffer' },
        (err, stdout, stderr) => {
          const exitCode = err === null ? 0 : typeof err.code === 'number' ? err.code : 1
          const result: RunResult = { exitCode, stdout, stderr: this.redact(stderr.toString('utf8')) }
          if (exitCode !== 0 && options.allowFail !== true) {
            const detail = result.stderr.trim() || this.redact(err?.message ?? '')
            reject(new GitError(`git ${args[0] ?? ''} failed (exit ${exitCode}): ${detail}`, args, exitCode, result.stderr))
          } else {
            resolve(result)
          }
        }
      )
      // execFile's stdin stays open until ended; commands that read it need their input.
      child.stdin?.on('error', () => undefined)
      child.stdin?.end(options.input ?? '')
    })
  }

  private async text(args: string[], options: RunOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8')
  }

  private async outcome(args: string[]): Promise<GitOutcome> {
    const r = await this.run(args, { allowFail: true })
    return { ok: r.exitCode === 0, stdout: this.redact(r.stdout.toString('utf8')), stderr: r.stderr }
  }

  // ---- Questions about history (read-only) ----

  /** True when `rev` names a commit present in the local history (not the case in a shallow checkout). */
  async hasCommit(rev: string): Promise<boolean> {
    return (await this.run(['cat-file', '-e', `${rev}^{commit}`], { allowFail: true })).exitCode === 0
  }

  /** The commit `rev` resolves to (full SHA), or null. */
  async tryRevParse(rev: string): Promise<string | null> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFail: true })
    return r.exitCode === 0 ? r.stdout.toString('utf8').trim() : null
  }

  /** The text of `path` (relative to the working directory) at commit `rev`, or null when it does not exist there. */
  async tryShow(rev: string, path: string): Promise<string | null> {
    const r = await this.run(['show', `${rev}:./${path}`], { allowFail: true })
    return r.exitCode === 0 ? r.stdout.toString('utf8') : null
  }

  /** Paths (relative to the working directory) deleted between two commits, or null when git cannot tell. */
  async tryDeletedFiles(from: string, to: string): Promise<string[] | null> {
    const r = await this.run(['diff', '--name-only', '--relative', '--no-renames', '--diff-filter=D', '-z', from, to], { allowFail: true })
    if (r.exitCode !== 0) return null
    return r.stdout
      .toString('utf8')
      .split('\0')
      .filter((p) => p !== '')
  }

  /** Entries of `treeish` (optionally only `path` inside it), as `git ls-tree -z` lists them. */
  async lsTree(treeish: string, path?: string): Promise<TreeEntry[]> {
    return parseLsTree(await this.text(path === undefined ? ['ls-tree', '-z', treeish] : ['ls-tree', '-z', treeish, '--', path]))
  }

  /** Size in bytes of object `oid`, or null when there is no such object (checked before reading a blob that may be huge). */
  async tryObjectSize(oid: string): Promise<number | null> {
    const r = await this.run(['cat-file', '-s', oid], { allowFail: true })
    const size = Number(r.stdout.toString('utf8').trim())
    return r.exitCode === 0 && Number.isSafeInteger(size) ? size : null
  }

  /** Blobs by id (`cat-file --batch`), as UTF-8 text; missing ids are left out. */
  async readBlobs(oids: string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>()
    if (oids.length === 0) return result
    const raw = (await this.run(['cat-file', '--batch'], { input: `${oids.join('\n')}\n` })).stdout
    let pos = 0
    while (pos < raw.length) {
      const eol = raw.indexOf(0x0a, pos)
      if (eol < 0) break
      const [oid, type, size] = raw.subarray(pos, eol).toString('utf8').split(' ')
      pos = eol + 1
      if (type === 'missing' || oid === undefined || size === undefined) continue
      const n = Number(size)
      result.set(oid, raw.subarray(pos, pos + n).toString('utf8'))
      pos += n + 1
    }
    return result
  }

  // ---- Questions about configuration ----

  /** True when git accepts `ref` as a reference name. */
  async isValidRefName(ref: string): Promise<boolean> {
    return !ref.startsWith('-') && (await this.run(['check-ref-format', ref], { allowFail: true })).exitCode === 0
  }

  /** A config value as git resolves it (env, repository, global), or null. */
  async tryConfig(key: string): Promise<string | null> {
    const r = await this.run(['config', '--get', key], { allowFail: true })
    const value = r.stdout.toString('utf8').trim()
    return r.exitCode === 0 && value !== '' ? value : null
  }

  /** `http.*.extraheader` settings of a working tree (what actions/checkout persists); none when unreadable. */
  async tryExtraHeaders(): Promise<Array<[string, string]>> {
    const r = await this.run(['config', '--includes', '--null', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFail: true })
    if (r.exitCode !== 0) return []
    const pairs: Array<[string, string]> = []
    for (const rec of r.stdout.toString('utf8').split('\0')) {
      const nl = rec.indexOf('\n')
      if (nl > 0) pairs.push([rec.slice(0, nl), rec.slice(nl + 1)])
    }
    return pairs
  }

  // ---- Building commits in a bare repository (GitOps publish) ----

  /** Create the bare repository this Git is bound to (`gitDir`). */
  async initBare(): Promise<void> {
    if (this.opts.gitDir === undefined) throw new GitError('git init: no gitDir to create', ['init'], 1, '')
    await this.run(['init', '--quiet', '--bare', this.opts.gitDir])
  }

  /** Fetch one branch of `origin` (depth 1) into `ref`; the caller reads the failure. */
  fetchBranch(branch: string, ref: string): Promise<GitOutcome> {
    return this.outcome(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+refs/heads/${branch}:${ref}`])
  }

  /** Remove a ref if it exists. */
  async tryDeleteRef(ref: string): Promise<void> {
    await this.run(['update-ref', '-d', ref], { allowFail: true })
  }

  /** Load `treeish` (or nothing) into the index file `index`. */
  async readTree(index: string, treeish: string | null): Promise<void> {
    await this.run(treeish === null ? ['read-tree', '--empty'] : ['read-tree', treeish], { env: { GIT_INDEX_FILE: index } })
  }

  /** Store the files at `paths` as blobs (no filters); their ids in the same order. */
  async hashFiles(paths: string[]): Promise<string[]> {
    if (paths.length === 0) return []
    const out = await this.text(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${paths.join('\n')}\n` })
    return out.split('\n').slice(0, paths.length)
  }

  /** Apply `--index-info` records ("mode oid\tpath"; mode 0 removes) to the index file `index`. */
  async updateIndex(index: string, records: string[]): Promise<void> {
    await this.run(['update-index', '-z', '--index-info'], { input: records.map((l) => `${l}\0`).join(''), env: { GIT_INDEX_FILE: index } })
  }

  /** Write the index file `index` as a tree; returns its id. */
  async writeTree(index: string): Promise<string> {
    return (await this.text(['write-tree'], { env: { GIT_INDEX_FILE: index } })).trim()
  }

  /** Create a commit of `tree` on `parents` with `message`; `identity` sets GIT_AUTHOR_* / GIT_COMMITTER_*. */
  async commitTree(tree: string, parents: string[], message: string, identity: Record<string, string>): Promise<string> {
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-']
    return (await this.text(args, { input: message, env: identity })).trim()
  }

  /** Push `sha` to `refs/heads/<branch>` of `origin`, never forced; the caller reads the porcelain output. */
  push(sha: string, branch: string): Promise<GitOutcome> {
    return this.outcome(['push', '--porcelain', '--no-verify', 'origin', `${sha}:refs/heads/${branch}`])
  }
}
