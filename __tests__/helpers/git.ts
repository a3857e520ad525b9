import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Real-git fixtures for the gitops tests: bare remotes in temp dirs and a few
 * plumbing readers. Identity comes from the environment, never global config.
 */

export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0'
}
delete GIT_ENV.GIT_DIR
delete GIT_ENV.GIT_INDEX_FILE
delete GIT_ENV.GIT_WORK_TREE

/** Run git with the test identity; returns trimmed stdout. */
export function git(
  args: string[],
  opts: { cwd?: string; gitDir?: string; input?: string; env?: NodeJS.ProcessEnv; raw?: boolean } = {}
): string {
  const env = { ...GIT_ENV, ...opts.env }
  if (opts.gitDir !== undefined) env.GIT_DIR = opts.gitDir
  const out = execFileSync('git', args, { cwd: opts.cwd, env, input: opts.input ?? '', encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })
  return opts.raw === true ? out : out.trim()
}

/** A temp dir removed by the returned cleanup. */
export function tempDir(prefix = 'si-gitops-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) }
}

/** A bare repository with pushes over HTTP allowed; returns its path and file:// URL. */
export function bareRemote(root: string, name = 'remote.git'): { path: string; url: string } {
  const path = join(root, name)
  git(['init', '--quiet', '--bare', '--initial-branch=main', path])
  git(['config', 'http.receivepack', 'true'], { gitDir: path })
  return { path, url: pathToFileURL(path).href }
}

export interface SeedFile {
  path: string
  content: string
  /** '100644' (default), '100755' or '120000' (symlink: content is the target). */
  mode?: string
}

/** Commit `files` onto `branch` of a bare repo (on top of its tip if any), with plumbing. */
export function seedCommit(gitDir: string, branch: string, files: SeedFile[], message = 'seed'): string {
  const index = join(gitDir, `seed-index-${process.pid}-${Date.now()}`)
  const env = { GIT_INDEX_FILE: index }
  const parent = tryRev(gitDir, `refs/heads/${branch}`)
  if (parent === null) git(['read-tree', '--empty'], { gitDir, env })
  else git(['read-tree', parent], { gitDir, env })
  for (const f of files) {
    const oid = git(['hash-object', '-w', '--stdin'], { gitDir, input: f.content })
    git(['update-index', '--add', '--cacheinfo', `${f.mode ?? '100644'},${oid},${f.path}`], { gitDir, env })
  }
  const tree = git(['write-tree'], { gitDir, env })
  rmSync(index, { force: true })
  const sha = git(['commit-tree', tree, ...(parent === null ? [] : ['-p', parent]), '-m', message], { gitDir })
  git(['update-ref', `refs/heads/${branch}`, sha], { gitDir })
  return sha
}

export function tryRev(gitDir: string, ref: string): string | null {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { gitDir })
  } catch {
    return null
  }
}

/** All files (path -> content) at the tip of `branch`. */
export function filesAt(gitDir: string, branch: string): Map<string, string> {
  const out = new Map<string, string>()
  const listing = git(['ls-tree', '-r', '-z', '--name-only', `refs/heads/${branch}`], { gitDir })
  for (const p of listing.split('\0').filter((s) => s !== ''))
    out.set(p, git(['cat-file', 'blob', `refs/heads/${branch}:${p}`], { gitDir, raw: true }))
  return out
}

/** Commits of `branch`, newest first, with their parent counts; throws on a merge. */
export function linearHistory(gitDir: string, branch: string): Array<{ sha: string; subject: string; body: string }> {
  const raw = git(['log', '--format=%H%x00%P%x00%s%x00%b%x1e', `refs/heads/${branch}`], { gitDir })
  return raw
    .split('\x1e')
    .map((r) => r.trim())
    .filter((r) => r !== '')
    .map((r) => {
      const [sha = '', parents = '', subject = '', body = ''] = r.split('\0')
      if (parents.split(' ').filter((p) => p !== '').length > 1) throw new Error(`merge commit ${sha} in ${branch}`)
      return { sha, subject, body }
    })
}

/** Minimal rendered manifests for tests. */
export function cesFile(name: string, namespace: string, extra = ''): { name: string; content: string } {
  return {
    name: `clusterexternalsecret-${name}.yaml`,
    content: [
      'apiVersion: external-secrets.io/v1',
      'kind: ClusterExternalSecret',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  namespaceSelectors:',
      '    - matchLabels:',
      `        kubernetes.io/metadata.name: ${namespace}`,
      `  refreshTime: 1m${extra}`,
      '  externalSecretSpec:',
      '    secretStoreRef: {kind: ClusterSecretStore, name: kv}',
      `    target: {name: ${name}, creationPolicy: Owner}`,
      `    data: [{secretKey: password, remoteRef: {key: ${name}}}]`,
      ''
    ].join('\n')
  }
}
