import type { SourceFile } from '../core/types.js'
import type { RepoRef } from './comment.js'
import { httpStatus, type GitHubApi } from './github-client.js'
import type { Git } from './git.js'

/**
 * The values files as they were at the base commit. From git when the commit
 * is in the local history (checkout with fetch-depth: 0), else from the
 * contents API at that SHA (shallow checkout). A path missing at the base
 * (added by the PR) simply has no base source: it diffs against nothing.
 */

export interface BaseFiles {
  sources: SourceFile[]
  via: 'git' | 'api'
}

/** Contents API response for a file, narrowed to what we read. */
function fileContent(data: unknown, path: string): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const type: unknown = Reflect.get(data, 'type')
  const content: unknown = Reflect.get(data, 'content')
  const encoding: unknown = Reflect.get(data, 'encoding')
  if (type !== 'file' || typeof content !== 'string') return null
  // Files over 1 MB come without content (encoding "none"): say so instead of diffing against an empty file.
  if (encoding === 'none') throw new Error(`${path} is too large for the contents API; check out with fetch-depth: 0`)
  return encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content
}

/** Fetch the base text of every path (repository-relative, POSIX separators). */
export async function fetchBaseFiles(opts: {
  git: Git
  api: GitHubApi | null
  repo: RepoRef
  baseSha: string
  paths: string[]
}): Promise<BaseFiles> {
  const { git, api, repo, baseSha, paths } = opts
  if (await git.hasCommit(baseSha)) {
    const sources: SourceFile[] = []
    for (const path of paths) {
      const text = await git.tryShow(baseSha, path)
      if (text !== null) sources.push({ name: path, text })
    }
    return { sources, via: 'git' }
  }
  if (api === null)
    throw new Error(`base commit ${baseSha} is not in the local history and no API token is available; check out with fetch-depth: 0`)
  // One request per file, all at once (the throttling plugin caps concurrency); order kept.
  const texts = await Promise.all(
    paths.map(async (path) => {
      try {
        const r = await api.rest.repos.getContent({ ...repo, path, ref: baseSha })
        return fileContent(r.data, path)
      } catch (error) {
        if (httpStatus(error) === 404) return null
        throw error
      }
    })
  )
  const sources: SourceFile[] = []
  texts.forEach((text, i) => {
    const name = paths[i]
    if (text !== null && name !== undefined) sources.push({ name, text })
  })
  return { sources, via: 'api' }
}
