import { httpStatus, type GitHubApi } from './github-client.js'
import type { Author, Identity } from './identity.js'
import { hasCommentMarker } from './marker.js'

/**
 * Create-or-update of the one PR comment per (job, values set). The comment is
 * found by its hidden marker and our login; it is edited in place on every
 * push. Two runs racing can both create one; whoever notices the duplicate
 * keeps the oldest and deletes the newer, so the PR ends with one comment.
 */

export interface RepoRef {
  owner: string
  repo: string
}

export interface CommentTarget {
  api: GitHubApi
  repo: RepoRef
  issueNumber: number
  markerId: string
  identity: Identity
}

export interface PostedComment {
  id: number
  url: string
  action: 'created' | 'updated' | 'unchanged'
}

interface IssueComment {
  id: number
  html_url: string
  body?: string | undefined
  created_at: string
  user: Author | null
}

/** Our marker comments on the issue, oldest first. */
export async function findOurComments(t: CommentTarget): Promise<IssueComment[]> {
  const all = await t.api.paginate(t.api.rest.issues.listComments, {
    ...t.repo,
    issue_number: t.issueNumber,
    per_page: 100
  })
  const ours: IssueComment[] = []
  for (const c of all) {
    if (hasCommentMarker(c.body, t.markerId) && (await t.identity.isUs(c.user))) ours.push(c)
  }
  return ours.sort(oldestFirst)
}

function oldestFirst(a: IssueComment, b: IssueComment): number {
  return a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1
}

async function tryDelete(t: CommentTarget, id: number): Promise<void> {
  try {
    await t.api.rest.issues.deleteComment({ ...t.repo, comment_id: id })
  } catch (error) {
    // Already gone (the other racer or a human deleted it): that is the goal.
    if (httpStatus(error) !== 404) throw error
  }
}

async function create(t: CommentTarget, body: string): Promise<PostedComment> {
  const created = await t.api.rest.issues.createComment({ ...t.repo, issue_number: t.issueNumber, body })
  // A concurrent run may have created its own comment in the same instant:
  // list again and converge on the oldest.
  const ours = await findOurComments(t)
  const keep = ours[0]
  if (keep === undefined || keep.id === created.data.id) {
    for (const extra of ours.slice(1)) await tryDelete(t, extra.id)
    return { id: created.data.id, url: created.data.html_url, action: 'created' }
  }
  for (const extra of ours.slice(1)) await tryDelete(t, extra.id)
  const updated = await t.api.rest.issues.updateComment({ ...t.repo, comment_id: keep.id, body })
  return { id: updated.data.id, url: updated.data.html_url, action: 'updated' }
}

/**
 * Make the PR carry exactly one comment of ours with `body`.
 * `createIfMissing: false` only updates an existing comment (comment: on-change
 * with nothing to say must not leave an old, now wrong comment behind, but
 * must not add a new one either). Returns null when nothing exists or was created.
 */
export async function upsertComment(t: CommentTarget, body: string, createIfMissing: boolean): Promise<PostedComment | null> {
  const ours = await findOurComments(t)
  const keep = ours[0]
  for (const extra of ours.slice(1)) await tryDelete(t, extra.id)
  if (keep === undefined) return createIfMissing ? create(t, body) : null
  if (keep.body === body) return { id: keep.id, url: keep.html_url, action: 'unchanged' }
  try {
    const updated = await t.api.rest.issues.updateComment({ ...t.repo, comment_id: keep.id, body })
    return { id: updated.data.id, url: updated.data.html_url, action: 'updated' }
  } catch (error) {
    // Deleted by a human between our list and our edit: post a fresh one.
    if (httpStatus(error) === 404) return create(t, body)
    throw error
  }
}
