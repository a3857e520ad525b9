import { LIMITS } from '../core/limits.js'
import type { SourceFile } from '../core/types.js'
import type { Contents, RepoRef } from '../github/api.js'
import type { Git } from '../git/git.js'

/**
 * The values files as they were at the base commit. Where they come from is
 * decided once per run: git when the commit is in the local history
 * (checkout with fetch-depth: 0), else the contents API at that SHA (shallow
 * checkout). A path missing at the base (added by the PR) simply has no base
 * source: it diffs against nothing.
 */

export type BaseSource =
  | { via: 'git'; sha: string; git: Git }
  | { via: 'api'; sha: string; api: Contents; repo: RepoRef }
  /** Neither: the diff cannot be computed, for the reason given. */
  | { via: 'none'; sha: string; reason: string }

/** Decide where the base commit's files come from. */
export async function chooseBaseSource(git: Git, api: Contents | null, repo: RepoRef, sha: string): Promise<BaseSource> {
  if (await git.hasCommit(sha)) return { via: 'git', sha, git }
  if (api !== null) return { via: 'api', sha, api, repo }
  return {
    via: 'none',
    sha,
    reason: `base commit ${sha} is not in the local history and no API token is available; check out with fetch-depth: 0`
  }
}

/**
 * Read the base text of every path (repository-relative, POSIX separators)
 * that exists at the base. A symbolic link is never followed (git `show`
 * prints its target; the contents API answers `type: symlink`, or serves the
 * target of a link that stays inside the repository), and no file past the
 * size limit is read: both come back refused, so lint reports them and they
 * make no release.
 */
export async function readBaseFiles(source: BaseSource & { via: 'git' | 'api' }, paths: string[]): Promise<SourceFile[]> {
  const files: Array<SourceFile | null> = []
  if (source.via === 'git') {
    // One git process at a time: a repository may hold hundreds of values files.
    for (const path of paths) files.push(await fromGit(source.git, source.sha, path))
  } else {
    // One request per file, all at once (the throttling plugin caps concurrency); order kept.
    const texts = await Promise.all(paths.map((path) => source.api.fileText(source.repo, path, source.sha)))
    texts.forEach((file, i) => {
      const name = paths[i] ?? ''
      // Say so instead of diffing against an empty file.
      if (file.status === 'too-large') throw new Error(`${name} is too large for the contents API; check out with fetch-depth: 0`)
      if (file.status === 'symlink') files.push(refusedLink(name))
      else if (file.status === 'found') files.push(file.text.length > LIMITS.fileBytes ? tooLarge(name) : { name, text: file.text })
      else files.push(null)
    })
  }
  return files.filter((f): f is SourceFile => f !== null)
}

/** One base file from git: the tree entry's mode and size are checked before the blob is read. */
async function fromGit(git: Git, sha: string, path: string): Promise<SourceFile | null> {
  const [entry] = await git.lsTree(sha, `./${path}`)
  if (entry === undefined) return null
  if (entry.mode === '120000') return refusedLink(path)
  if (entry.type !== 'blob') return null
  const size = await git.tryObjectSize(entry.oid)
  if (size === null) return null
  if (size > LIMITS.fileBytes) return tooLarge(path)
  const text = (await git.readBlobs([entry.oid])).get(entry.oid)
  return text === undefined ? null : { name: path, text }
}

const refusedLink = (name: string): SourceFile => ({
  name,
  text: '',
  refused: { rule: 'unsafe-file', reason: `${name} is a symbolic link at the base commit; it is not followed` }
})
const tooLarge = (name: string): SourceFile => ({
  name,
  text: '',
  refused: { rule: 'limit-exceeded', reason: `${name} is larger than ${LIMITS.fileBytes} bytes (limit) at the base commit` }
})
