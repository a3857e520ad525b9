import type { Author, IssueComment, IssueComments, RepoRef } from '../../src/github/api.js'

/** A refusal as the port reports it: an Error with the HTTP status. */
function apiError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status })
}

/**
 * The IssueComments part of the GitHub port, in memory: comments of one
 * repository, ids and creation times increasing, 404 for a comment that is
 * gone, as the REST API answers. `afterList` lets a test hold a run between
 * its listing and its next call, to line up races.
 */
export class MemoryIssueComments implements IssueComments {
  readonly comments: Array<IssueComment & { issue: number }> = []
  readonly calls: string[] = []
  afterList: (() => Promise<void>) | null = null
  private nextId = 100
  private clock = Date.parse('2026-01-01T00:00:00Z')

  constructor(
    readonly repo: RepoRef,
    /** Who this token posts as. */
    readonly author: Author = { login: 'github-actions[bot]', type: 'Bot' }
  ) {}

  /** A comment someone else (or an earlier run) wrote. */
  seed(issue: number, body: string, author: Author = this.author): IssueComment {
    const c = { id: this.nextId++, url: '', body, createdAt: this.now(), author, issue }
    c.url = `https://github.example/${this.repo.owner}/${this.repo.repo}/pull/${issue}#issuecomment-${c.id}`
    this.comments.push(c)
    return c
  }

  async listIssueComments(repo: RepoRef, issue: number): Promise<IssueComment[]> {
    this.check(repo)
    this.calls.push('list')
    const found = this.comments.filter((c) => c.issue === issue).map((c) => ({ ...c }))
    await this.afterList?.()
    return found
  }

  async createIssueComment(repo: RepoRef, issue: number, body: string): Promise<IssueComment> {
    this.check(repo)
    this.calls.push('create')
    return { ...this.seed(issue, body) }
  }

  async updateIssueComment(repo: RepoRef, id: number, body: string): Promise<IssueComment> {
    this.check(repo)
    this.calls.push(`update ${id}`)
    const c = this.comments.find((x) => x.id === id)
    if (c === undefined) throw apiError(404, 'Not Found')
    c.body = body
    return { ...c }
  }

  async deleteIssueComment(repo: RepoRef, id: number): Promise<void> {
    this.check(repo)
    this.calls.push(`delete ${id}`)
    const i = this.comments.findIndex((x) => x.id === id)
    if (i < 0) throw apiError(404, 'Not Found')
    this.comments.splice(i, 1)
  }

  private check(repo: RepoRef): void {
    if (repo.owner !== this.repo.owner || repo.repo !== this.repo.repo) throw apiError(404, 'Not Found')
  }

  private now(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString()
  }
}
