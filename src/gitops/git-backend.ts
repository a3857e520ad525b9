import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  INDEX_FILE,
  isResourceFileName,
  KUSTOMIZATION_FILE,
  type DirEntry,
  type EntryKind,
  type Plan,
  type TreeState
} from '../core/publish/plan.js'
import { PublishError, TransientError, type PublishBackend } from './publish-backend.js'
import {
  Git,
  GitTimeoutError,
  NETWORK_LIMITS,
  redact,
  remoteAuth,
  remoteFailure,
  remoteMessage,
  type NetworkLimits,
  type TreeEntry
} from '../git/git.js'

/** Ref-update refusals that another writer racing us can cause; a re-read and retry can succeed. */
const REMOTE_REJECTED_RETRYABLE = new RegExp(
  '^\\[remote rejected\\] .*(' +
    [
      'failed to update ref',
      'cannot lock ref',
      'failed to lock',
      'incorrect old value',
      'reference already exists',
      'shallow update not allowed'
    ].join('|') +
    ')'
)

/**
 * Publishing with plain git, in a private temporary bare repository: fetch
 * the branch tip (shallow), build the new tree with plumbing in a temporary
 * index (no working tree, so nothing on disk is ever read or written through
 * a symlink of the target tree), commit-tree on top of the tip, push without
 * force. A push rejected because the branch moved is a `conflict`.
 */

export interface GitBackendOptions {
  /** Credentials in it (`user:password@`) are taken out and sent as a header, never in argv. */
  remote: string
  branch: string
  /** Explicit token: sent as an Authorization header through env config, never in argv or the URL. */
  token?: string
  /** Time limits for the fetch and the push (default NETWORK_LIMITS). */
  network?: Partial<NetworkLimits>
  /** Working tree whose persisted `http.*.extraheader` (actions/checkout) to reuse when no token is given. */
  authFrom?: string
  author?: { name: string; email: string }
  env?: NodeJS.ProcessEnv
  /** Every git command run (credentials redacted). */
  debug?: (line: string) => void
  /** Test hook: runs after the commit is built, right before the push. */
  beforePush?: () => Promise<void>
}

const TRACKING_REF = 'refs/secrets-injector/tip'
/** Author when none is given or configured: the Actions bot inside GitHub Actions, a clearly non-personal identity elsewhere. */
function defaultAuthor(env: NodeJS.ProcessEnv): { name: string; email: string } {
  return env.GITHUB_ACTIONS === 'true'
    ? { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }
    : { name: 'secrets-injector', email: 'noreply@secrets-injector.invalid' }
}

/** Modes from `git ls-tree` mapped to what publish cares about. */
function kindOf(mode: string, type: string): EntryKind {
  if (type === 'tree') return 'dir'
  if (mode === '120000') return 'symlink'
  if (type === 'blob' && (mode === '100644' || mode === '100755')) return 'file'
  return 'other'
}

/** Create a git backend; it owns a temporary directory until `close()`. */
export async function createGitBackend(opts: GitBackendOptions): Promise<PublishBackend> {
  if (!(await new Git({ env: opts.env }).isValidRefName(`refs/heads/${opts.branch}`))) {
    throw new PublishError(`invalid branch name "${opts.branch}"`)
  }

  const auth = remoteAuth(opts.remote, opts.token)
  const config: Array<[string, string]> = [
    ['remote.origin.url', auth.url],
    ['core.hooksPath', '/dev/null'],
    ['gc.auto', '0'],
    ...auth.config
  ]
  const secrets: string[] = [...auth.secrets]
  let credentials = auth.credentials
  if (!credentials && opts.authFrom !== undefined) {
    // actions/checkout persists an Authorization extraheader in the checkout's config; our clone is elsewhere, so carry it over.
    const headers = await new Git({ cwd: opts.authFrom, env: opts.env }).tryExtraHeaders()
    for (const [k, v] of headers) {
      config.push([k, v])
      secrets.push(v, v.replace(/^authorization:\s*\w+\s+/i, ''))
      credentials = true
    }
  }
  const limits: NetworkLimits = { ...NETWORK_LIMITS, ...opts.network }
  const where = redact(auth.url, secrets)

  /**
   * A failed fetch or push in words a user can act on, and whether another
   * try can help: only a dropped connection or a 5xx. A stalled or timed-out
   * remote, a refusal and rejected credentials would fail the same way again.
   */
  function remoteProblem(stderr: string): { transient: boolean; text: string } {
    const failure = remoteFailure(stderr)
    const said = remoteMessage(stderr)
    const because = said === '' ? '' : ` (the remote said: ${said})`
    switch (failure.kind) {
      case 'stalled':
        return {
          transient: false,
          text: `the remote ${where} did not answer (less than ${limits.lowSpeedLimit} bytes/s for ${limits.lowSpeedTimeSeconds} s)`
        }
      case 'http':
        if (failure.status >= 500) return { transient: true, text: stderr.trim() }
        if (failure.status === 401)
          return {
            transient: false,
            text: credentials
              ? `the remote rejected the credentials (HTTP 401): check that the token is valid and may access ${where}${because}`
              : `the remote asks for credentials (HTTP 401) and none were given: pass a token${because}`
          }
        return { transient: false, text: `the remote answered HTTP ${failure.status}${because}` }
      case 'transient':
        return { transient: true, text: stderr.trim() }
      case 'other':
        return { transient: false, text: stderr.trim() }
    }
  }

  /** A remote call that timed out becomes a PublishError naming the remote (never retried). */
  async function bounded<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (err) {
      if (err instanceof GitTimeoutError) throw new PublishError(`${what}: the remote ${where} did not answer: ${err.message}`)
      throw err
    }
  }

  const tmp = await mkdtemp(join(tmpdir(), 'secrets-injector-publish-'))
  const git = new Git({ gitDir: join(tmp, 'repo.git'), config, secrets, env: opts.env, log: opts.debug, network: limits })
  let indexSeq = 0
  try {
    await git.initBare()
  } catch (err) {
    await rm(tmp, { recursive: true, force: true })
    throw err
  }

  let author = opts.author
  // A configured identity (env or git config) wins; never let git invent one from the host name.
  const env = opts.env ?? process.env
  if (author === undefined && env.GIT_AUTHOR_EMAIL === undefined && (await git.tryConfig('user.email')) === null)
    author = defaultAuthor(env)
  const identityEnv: Record<string, string> =
    author === undefined
      ? {}
      : { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email }

  async function fetchTip(): Promise<string | null> {
    const r = await bounded(`cannot fetch ${opts.branch}`, () => git.fetchBranch(opts.branch, TRACKING_REF))
    if (!r.ok) {
      if (/couldn't find remote ref/i.test(r.stderr)) {
        await git.tryDeleteRef(TRACKING_REF)
        return null
      }
      const problem = remoteProblem(r.stderr)
      if (problem.transient) throw new TransientError(`fetch failed: ${problem.text}`)
      throw new PublishError(`cannot fetch ${opts.branch}: ${problem.text}`)
    }
    const tip = await git.tryRevParse(TRACKING_REF)
    if (tip === null) throw new PublishError(`fetched ${opts.branch} but it does not point to a commit`)
    return tip
  }

  return {
    async read(dirSegments) {
      const head = await fetchTip()
      const state: TreeState = { ancestors: [], entries: [] }
      if (head === null) {
        state.ancestors = dirSegments.map(() => null)
        return { head, state }
      }
      for (let i = 0; i < dirSegments.length; i++) {
        const p = dirSegments.slice(0, i + 1).join('/')
        const found = (await git.lsTree(head, p)).find((e) => e.path === p)
        state.ancestors.push(found === undefined ? null : kindOf(found.mode, found.type))
      }
      if (state.ancestors.some((k) => k !== 'dir')) return { head, state }
      const dir = dirSegments.join('/')
      const listing: TreeEntry[] = await git.lsTree(head, dir === '' ? undefined : `${dir}/`)
      const prefix = dir === '' ? '' : `${dir}/`
      const entries = listing.map((e) => ({ ...e, name: e.path.slice(prefix.length), kind: kindOf(e.mode, e.type) }))
      // Only files the plan may compare or adopt are read; unrelated files stay unread.
      const wanted = entries.filter(
        (e) => e.kind === 'file' && (e.name === INDEX_FILE || e.name === KUSTOMIZATION_FILE || isResourceFileName(e.name))
      )
      const blobs = await git.readBlobs(wanted.map((e) => e.oid))
      state.entries = entries.map((e): DirEntry => {
        const content = e.kind === 'file' ? blobs.get(e.oid) : undefined
        return content === undefined ? { name: e.name, kind: e.kind } : { name: e.name, kind: e.kind, content }
      })
      return { head, state }
    },

    async commit(plan: Plan, head: string | null) {
      const index = join(tmp, `index-${++indexSeq}`)
      await git.readTree(index, head)
      // One hash-object for all blobs: contents go to numbered files in our own temp dir (never the target tree).
      const blobDir = join(tmp, `blobs-${indexSeq}`)
      await mkdir(blobDir)
      const blobPaths = plan.writes.map((_, i) => join(blobDir, String(i)))
      await Promise.all(plan.writes.map((w, i) => writeFile(blobPaths[i] ?? '', w.content)))
      const oids = await git.hashFiles(blobPaths)
      await rm(blobDir, { recursive: true, force: true })
      const lines: string[] = []
      plan.writes.forEach((w, i) => {
        const oid = oids[i]?.trim() ?? ''
        if (!/^[0-9a-f]{40,64}$/.test(oid)) throw new PublishError(`internal: git hash-object returned no id for ${w.path}`)
        lines.push(`100644 ${oid}\t${w.path}`)
      })
      for (const d of plan.deletes) lines.push(`0 ${'0'.repeat(40)}\t${d}`)
      await git.updateIndex(index, lines)
      const tree = await git.writeTree(index)
      const sha = await git.commitTree(tree, head === null ? [] : [head], plan.commitMessage, identityEnv)

      await opts.beforePush?.()
      const r = await bounded(`push to ${opts.branch} failed`, () => git.push(sha, opts.branch))
      if (r.ok) return { status: 'ok', sha }
      const line = r.stdout.split('\n').find((l) => l.startsWith('!\t'))
      const reason = (line ?? '').split('\t')[2] ?? ''
      const retryable = /^\[rejected\] \((fetch first|non-fast-forward|stale info)\)/.test(reason) || REMOTE_REJECTED_RETRYABLE.test(reason)
      if (retryable) return { status: 'conflict', reason: reason === '' ? 'rejected' : reason }
      if (line !== undefined) {
        // The ref was refused (a hook, branch protection): the remote's own lines say why.
        const said = remoteMessage(r.stderr)
        throw new PublishError(`push to ${opts.branch} failed: ${reason}${said === '' ? '' : ` (the remote said: ${said})`}`)
      }
      const problem = remoteProblem(r.stderr)
      if (problem.transient) throw new TransientError(`push failed: ${problem.text}`)
      throw new PublishError(`push to ${opts.branch} refused: ${problem.text}`)
    },

    async close() {
      await rm(tmp, { recursive: true, force: true })
    }
  }
}
