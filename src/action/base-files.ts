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

/** Read the base text of every path (repository-relative, POSIX separators) that exists at the base. */
export async function readBaseFiles(source: BaseSource & { via: 'git' | 'api' }, paths: string[]): Promise<SourceFile[]> {
  const texts: Array<string | null> = []
  if (source.via === 'git') {
    // One git process at a time: a repository may hold hundreds of values files.
    for (const path of paths) texts.push(await source.git.tryShow(source.sha, path))
  } else {
    // One request per file, all at once (the throttling plugin caps concurrency); order kept.
    const files = await Promise.all(paths.map((path) => source.api.fileText(source.repo, path, source.sha)))
    files.forEach((file, i) => {
      // Say so instead of diffing against an empty file.
      if (file.status === 'too-large') throw new Error(`${paths[i] ?? ''} is too large for the contents API; check out with fetch-depth: 0`)
      texts.push(file.status === 'found' ? file.text : null)
    })
  }
  const sources: SourceFile[] = []
  texts.forEach((text, i) => {
    const name = paths[i]
    if (text !== null && name !== undefined) sources.push({ name, text })
  })
  return sources
}
