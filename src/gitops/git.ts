import { execFile } from 'node:child_process'

/**
 * The one place that runs git. Every call goes through `exec` (execFile, no
 * shell), with a controlled environment: the repository is chosen by GIT_DIR
 * (never inherited), prompts are off, pathspecs are literal, and extra config
 * (remote URL, auth headers) travels in GIT_CONFIG_* environment variables so
 * no credential ever appears in argv. Best-effort calls are named `try…`.
 */

/** Result of one git invocation. */
export interface GitResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** A failed git call; message and stderr are already redacted. */
export class GitError extends Error {
  override name = 'GitError'
  constructor(
    message: string,
    readonly args: string[],
    readonly exitCode: number,
    readonly stderr: string,
    readonly stdout: string
  ) {
    super(message)
  }
}

export interface GitOptions {
  /** Repository to operate on (GIT_DIR); or `cwd` for a call inside a working tree. */
  gitDir?: string
  cwd?: string
  /** Extra `git -c` style settings, passed through the environment. */
  config?: Array<[string, string]>
  /** Strings that must never be printed (tokens, header values). */
  secrets?: string[]
  /** Base environment (default process.env); GIT_* repository selectors are dropped from it. */
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export interface ExecOptions {
  input?: string
  env?: Record<string, string>
  /** Return the result instead of throwing on a non-zero exit. */
  allowFail?: boolean
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
      'CONFIG_COUNT'
    ].join('|') +
    '|' +
    [
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

/** A small git command manager bound to one repository. */
export class Git {
  private readonly secrets: string[]
  constructor(private readonly opts: GitOptions) {
    this.secrets = [...(opts.secrets ?? [])]
  }

  /** Register another string to redact (e.g. a header read from a checkout). */
  addSecret(s: string): void {
    this.secrets.push(s)
  }

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

  /** The single exec funnel. Throws GitError (redacted) unless `allowFail`. */
  exec(args: string[], options: ExecOptions = {}): Promise<GitResult> {
    this.opts.log?.(`git ${this.redact(args.join(' '))}`)
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { cwd: this.opts.cwd, env: this.environment(options.env), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        (err, stdout, stderr) => {
          const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1
          const result: GitResult = { exitCode: code, stdout, stderr: this.redact(stderr) }
          if (code !== 0 && options.allowFail !== true) {
            const detail = result.stderr.trim() || this.redact(err?.message ?? '')
            reject(new GitError(`git ${args[0] ?? ''} failed (exit ${code}): ${detail}`, args, code, result.stderr, this.redact(stdout)))
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

  /** Like exec, but resolves to stdout. */
  async out(args: string[], options: ExecOptions = {}): Promise<string> {
    return (await this.exec(args, options)).stdout
  }

  /** Best effort: the commit a ref points to, or null. */
  async tryRevParse(ref: string): Promise<string | null> {
    const r = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true })
    return r.exitCode === 0 ? r.stdout.trim() : null
  }

  /** Best effort: remove a ref if it exists. */
  async tryDeleteRef(ref: string): Promise<void> {
    await this.exec(['update-ref', '-d', ref], { allowFail: true })
  }

  /** Best effort: a config value as git resolves it (env, repository, global), or null. */
  async tryConfig(key: string): Promise<string | null> {
    const r = await this.exec(['config', '--get', key], { allowFail: true })
    return r.exitCode === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null
  }

  /** Best effort: `http.*.extraheader` settings of a working tree (what actions/checkout persists). */
  async tryExtraHeaders(): Promise<Array<[string, string]>> {
    const r = await this.exec(['config', '--includes', '--null', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFail: true })
    if (r.exitCode !== 0) return []
    const pairs: Array<[string, string]> = []
    for (const rec of r.stdout.split('\0')) {
      const nl = rec.indexOf('\n')
      if (nl > 0) pairs.push([rec.slice(0, nl), rec.slice(nl + 1)])
    }
    return pairs
  }

  /** Read blobs by id (`cat-file --batch`), as UTF-8 text. */
  async readBlobs(oids: string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>()
    if (oids.length === 0) return result
    const raw = await new Promise<Buffer>((resolve, reject) => {
      const child = execFile(
        'git',
        ['cat-file', '--batch'],
        { env: this.environment(undefined), maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' },
        (err, stdout) =>
          err === null ? resolve(stdout) : reject(new GitError(`git cat-file failed: ${this.redact(err.message)}`, ['cat-file'], 1, '', ''))
      )
      child.stdin?.on('error', () => undefined)
      child.stdin?.end(`${oids.join('\n')}\n`)
    })
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
}
