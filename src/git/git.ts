import { spawn } from 'node:child_process'

/**
 * The one wrapper around git, for every shell (the action's history reads,
 * the GitOps publish in a private bare repository). One method per git
 * question; all of them go through `run`, the single place in src/ that
 * spawns git (execFile, argv as an array, never a shell), with a controlled
 * environment: inherited GIT_* variables that select another repository,
 * index or config are dropped, the repository is `gitDir` or `cwd`, prompts
 * are off, pathspecs are literal, and extra config (remote URL, auth headers)
 * travels in GIT_CONFIG_* variables so no credential ever appears in argv.
 * Every call has a time bound: calls that talk to a remote give up on a
 * stalled transfer (http.lowSpeedLimit/Time) and are killed, with their
 * transport helpers, after an overall timeout. Everything it returns or
 * throws is redacted. Best-effort calls are named `try…` and answer null (or
 * nothing) instead of throwing.
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

/** A git call that did not finish in time; git and its helpers were killed. */
export class GitTimeoutError extends GitError {
  override name = 'GitTimeoutError'
}

/** How long git may take over a remote. */
export interface NetworkLimits {
  /** Bytes per second below which a transfer counts as stalled (http.lowSpeedLimit). */
  lowSpeedLimit: number
  /** Seconds a transfer may stay below that before git gives up (http.lowSpeedTime), waiting for the first byte included. */
  lowSpeedTimeSeconds: number
  /** Milliseconds one call to a remote may take in all (connecting, ssh, a slow trickle); then it is killed. */
  timeoutMs: number
}

/** Generous for a branch of manifests, short enough that a dead remote ends the run within minutes. */
export const NETWORK_LIMITS: NetworkLimits = { lowSpeedLimit: 1000, lowSpeedTimeSeconds: 30, timeoutMs: 120_000 }
/** Local plumbing never waits on anyone; this only stops a git that hangs for reasons of its own. */
export const LOCAL_TIMEOUT_MS = 600_000

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
  /** Limits for calls to a remote (default NETWORK_LIMITS; tests shrink them). */
  network?: Partial<NetworkLimits>
}

interface RunOptions {
  input?: string
  env?: Record<string, string>
  /** Return the result instead of throwing on a non-zero exit (a timeout still throws). */
  allowFail?: boolean
  /** The call talks to a remote: the network limits apply. */
  remote?: boolean
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
export const MAX_OUTPUT = 256 * 1024 * 1024

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

/** How to reach a remote: the URL git is given and the config and secrets that authenticate it. */
export interface RemoteAuth {
  /** The remote URL without any `user:password@`. */
  url: string
  config: Array<[string, string]>
  /** Everything to hide from logs and errors. */
  secrets: string[]
  /** True when credentials were given (a token or a user in the URL): a 401 then means they were rejected. */
  credentials: boolean
}

/**
 * Credentials for an HTTP(S) remote, kept out of every command line. git
 * hands the remote URL to its transport helper as an argument
 * (`git-remote-http origin <url>`), which any local user can read in the
 * process list; so `user:password@` is taken out of the URL and sent as an
 * Authorization header through the environment instead, scoped to the
 * remote's origin. An explicit token wins over credentials in the URL.
 * Other remotes (ssh, paths) are left as they are: their user is no secret.
 */
export function remoteAuth(remoteUrl: string, token?: string): RemoteAuth {
  let url: URL | null = null
  try {
    url = new URL(remoteUrl)
  } catch {
    // scp-like (git@host:path) or a path: nothing to take out.
  }
  const http = url !== null && (url.protocol === 'http:' || url.protocol === 'https:')
  const withToken = (base: string): RemoteAuth =>
    token !== undefined && token !== ''
      ? { url: base, ...tokenAuthConfig(base, token), credentials: true }
      : { url: base, config: [], secrets: [], credentials: false }
  if (url === null || !http || (url.username === '' && url.password === '')) return withToken(remoteUrl)
  const user = url.username
  const password = url.password
  url.username = ''
  url.password = ''
  const plain = [decodeURIComponent(user), decodeURIComponent(password)]
  const hidden = [user, password, ...plain].filter((s) => s.length >= 4)
  const auth = withToken(url.href)
  if (auth.credentials) return { ...auth, secrets: [...auth.secrets, ...hidden] }
  const basic = Buffer.from(plain.join(':'), 'utf8').toString('base64')
  return {
    url: url.href,
    config: [[`http.${url.protocol}//${url.host}/.extraheader`, `AUTHORIZATION: basic ${basic}`]],
    secrets: [...hidden, basic],
    credentials: true
  }
}

/** What a failed fetch or push says about the remote, read from git's messages. */
export type RemoteFailure =
  /** The transfer stalled below the low-speed limit (a remote that does not answer). */
  | { kind: 'stalled' }
  /** The server answered with an HTTP error status; 401 also when git wanted to ask for a user name. */
  | { kind: 'http'; status: number }
  /** A failure worth another try (a dropped connection, a 5xx without status line). */
  | { kind: 'transient' }
  | { kind: 'other' }

/** Git and proxy texts (without an HTTP status git could name) that mean "try again later". */
const TRANSIENT = new RegExp(
  [
    '\\b50[234]\\b.*(gateway|unavailable)',
    'connection (reset|timed out)',
    'timed out',
    'early EOF',
    'RPC failed',
    'unexpected disconnect',
    'remote end hung up'
  ].join('|'),
  'i'
)

/**
 * Read git's stderr after a failed fetch or push. An HTTP status is read
 * first: git adds "RPC failed" and "remote end hung up" to a 403, which must
 * not look like a dropped connection (a refused push is never retried).
 */
export function remoteFailure(stderr: string): RemoteFailure {
  if (/Operation too slow/i.test(stderr)) return { kind: 'stalled' }
  const status = /returned error: (\d{3})/.exec(stderr)?.[1] ?? /\bHTTP (\d{3})\b/.exec(stderr)?.[1]
  if (status !== undefined) return { kind: 'http', status: Number(status) }
  // git asks for a user name (or password) only after a 401, and cannot with prompts off.
  if (/could not read (Username|Password)|Authentication failed/i.test(stderr)) return { kind: 'http', status: 401 }
  return TRANSIENT.test(stderr) ? { kind: 'transient' } : { kind: 'other' }
}

/** What the remote itself said (`remote:` lines, e.g. a hook's reason for refusing a push), one line, bounded. */
export function remoteMessage(stderr: string): string {
  const said = stderr
    .split(/\r?\n/)
    .filter((l) => l.startsWith('remote: '))
    .map((l) => l.slice('remote: '.length).trim())
    .filter((l) => l !== '')
    .join(' ')
  return said.length > 1000 ? `${said.slice(0, 1000)}…` : said
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
  /** The limits for calls to a remote. */
  readonly limits: NetworkLimits

  constructor(private readonly opts: GitOptions = {}) {
    this.secrets = [...(opts.secrets ?? [])]
    this.limits = { ...NETWORK_LIMITS, ...opts.network }
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
    const config: Array<[string, string]> = [
      ...(this.opts.config ?? []),
      ['http.lowSpeedLimit', String(this.limits.lowSpeedLimit)],
      ['http.lowSpeedTime', String(this.limits.lowSpeedTimeSeconds)]
    ]
    env.GIT_CONFIG_COUNT = String(config.length)
    config.forEach(([k, v], i) => {
      env[`GIT_CONFIG_KEY_${i}`] = k
      env[`GIT_CONFIG_VALUE_${i}`] = v
    })
    return { ...env, ...extra }
  }

  /**
   * The single exec funnel: every git process of src/ starts here. Throws
   * GitError (redacted) unless `allowFail`, and GitTimeoutError when the call
   * outlives its timeout.
   */
  private run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    this.opts.log?.(`git ${this.redact(args.join(' '))}`)
    const remote = options.remote === true
    const timeoutMs = remote ? this.limits.timeoutMs : LOCAL_TIMEOUT_MS
    return new Promise((resolve, reject) => {
      // A remote call runs in its own process group: git leaves the transport to a helper
      // (git-remote-http, ssh) that holds our pipes open, so a timeout must stop them all.
      const child = spawn('git', args, { cwd: this.opts.cwd, env: this.environment(options.env), detached: remote })
      const stdout: Buffer[] = []
      const stderr: Buffer[] = []
      let size = 0
      let stopped: 'timeout' | 'output' | null = null
      const stop = (why: 'timeout' | 'output'): void => {
        stopped ??= why
        try {
          if (remote && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
          else child.kill('SIGKILL')
        } catch {
          child.kill('SIGKILL')
        }
      }
      const collect = (into: Buffer[]) => (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_OUTPUT) stop('output')
        else into.push(chunk)
      }
      child.stdout.on('data', collect(stdout))
      child.stderr.on('data', collect(stderr))
      const timer = setTimeout(() => stop('timeout'), timeoutMs)
      let spawnError: Error | null = null
      child.on('error', (err) => (spawnError = err))
      // 'close', not 'exit': the output is complete only when every holder of the pipes is gone.
      child.on('close', (code) => {
        clearTimeout(timer)
        const command = `git ${args[0] ?? ''}`
        if (stopped === 'timeout') {
          reject(new GitTimeoutError(`${command} did not finish within ${timeoutMs / 1000} s and was stopped`, args, -1, ''))
          return
        }
        const exitCode = code ?? 1
        const result: RunResult = { exitCode, stdout: Buffer.concat(stdout), stderr: this.redact(Buffer.concat(stderr).toString('utf8')) }
        if (stopped === 'output') {
          reject(new GitError(`${command} printed more than ${MAX_OUTPUT} bytes and was stopped`, args, exitCode, result.stderr))
        } else if (spawnError !== null) {
          reject(new GitError(`${command} could not start: ${this.redact(String(spawnError))}`, args, exitCode, result.stderr))
        } else if (exitCode !== 0 && options.allowFail !== true) {
          const detail = result.stderr.trim() || 'no message'
          reject(new GitError(`${command} failed (exit ${exitCode}): ${detail}`, args, exitCode, result.stderr))
        } else {
          resolve(result)
        }
      })
      // Commands that read stdin need their input, and the others an end to it.
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.input ?? '')
    })
  }

  private async text(args: string[], options: RunOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8')
  }

  /** A call to a remote whose failure the caller reads. */
  private async outcome(args: string[]): Promise<GitOutcome> {
    const r = await this.run(args, { allowFail: true, remote: true })
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
