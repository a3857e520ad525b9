import type { IssueComment, IssueComments, RepoRef } from '../github/api.js'
import { httpStatus } from '../github/errors.js'
import type { Identity } from './identity.js'
import { commentMarkerId } from './marker.js'

/**
 * Create-or-update of the one PR comment per (job, values set): the sticky
 * comment. It is found by its hidden marker and our login, and edited in
 * place on every push. A comment under an older marker of the same input is
 * adopted the same way. Two runs racing can both create one; whoever notices
 * the duplicate keeps the oldest and deletes the newer, so the PR ends with
 * one comment.
 */

export interface CommentTarget {
  api: IssueComments
  repo: RepoRef
  issueNumber: number
  /** The current marker id first, then older ids of the same input whose comments are adopted. */
  markerIds: readonly string[]
  identity: Identity
}

export interface PostedComment {
  id: number
  url: string
  action: 'created' | 'updated' | 'unchanged'
}

/** Our marker comments on the issue, oldest first. */
async function findOurComments(t: CommentTarget): Promise<IssueComment[]> {
  const all = await t.api.listIssueComments(t.repo, t.issueNumber)
  const ours: IssueComment[] = []
  for (const c of all) {
    const id = commentMarkerId(c.body)
    if (id !== null && t.markerIds.includes(id) && (await t.identity.isUs(c.author))) ours.push(c)
  }
  return ours.sort(oldestFirst)
}

function oldestFirst(a: IssueComment, b: IssueComment): number {
  return a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1
}

async function tryDelete(t: CommentTarget, id: number): Promise<void> {
  try {
    await t.api.deleteIssueComment(t.repo, id)
  } catch (error) {
    // Already gone (the other racer or a human deleted it): that is the goal.
    if (httpStatus(error) !== 404) throw error
  }
}

async function create(t: CommentTarget, body: string): Promise<PostedComment> {
  const created = await t.api.createIssueComment(t.repo, t.issueNumber, body)
  // A concurrent run may have created its own comment in the same instant:
  // list again and converge on the oldest.
  const ours = await findOurComments(t)
  const keep = ours[0]
  for (const extra of ours.slice(1)) await tryDelete(t, extra.id)
  if (keep === undefined || keep.id === created.id) return { id: created.id, url: created.url, action: 'created' }
  const updated = await t.api.updateIssueComment(t.repo, keep.id, body)
  return { id: updated.id, url: updated.url, action: 'updated' }
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
  if (keep.body === body) return { id: keep.id, url: keep.url, action: 'unchanged' }
  try {
    const updated = await t.api.updateIssueComment(t.repo, keep.id, body)
    return { id: updated.id, url: updated.url, action: 'updated' }
  } catch (error) {
    // Deleted by a human between our list and our edit: post a fresh one.
    if (httpStatus(error) === 404) return create(t, body)
    throw error
  }
}
