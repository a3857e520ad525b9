import type { TreeState } from '../core/publish/plan.js'

/**
 * The GitHub API as the shells use it: only the calls the code makes, with
 * results narrowed to the fields it reads. One implementation talks to GitHub
 * (client.ts, Octokit with retry and throttling); tests implement the small
 * parts they need in memory. Each part is its own interface so a consumer
 * asks for exactly what it uses (the comment upsert only needs IssueComments).
 */

export interface RepoRef {
  owner: string
  repo: string
}

/** The author of a comment, as the REST API returns it. */
export interface Author {
  login: string
  type?: string | undefined
}

export interface IssueComment {
  id: number
  /** html_url: where a reader finds it. */
  url: string
  body: string
  createdAt: string
  author: Author | null
}

/** The comments of an issue or pull request (the sticky report comment). */
export interface IssueComments {
  /** Every comment of the issue, in the API's order (all pages). */
  listIssueComments(repo: RepoRef, issue: number): Promise<IssueComment[]>
  createIssueComment(repo: RepoRef, issue: number, body: string): Promise<IssueComment>
  /** Rejects with an error whose status is 404 when the comment is gone. */
  updateIssueComment(repo: RepoRef, id: number, body: string): Promise<IssueComment>
  /** Rejects with an error whose status is 404 when the comment is gone. */
  deleteIssueComment(repo: RepoRef, id: number): Promise<void>
}

/** Who the token acts as. */
export interface Users {
  /** The login the token posts as: its user's, or `<app>[bot]` for an installation token (GITHUB_TOKEN, a GitHub App). */
  viewerLogin(): Promise<string>
}

/** A file of a pull request as `pulls.listFiles` returns it (the fields we read). */
export interface PullFile {
  filename: string
  status: string
  patch?: string | undefined
  previousFilename?: string | undefined
}

export interface ReviewComment {
  path: string
  line: number | null
  body: string
  author: Author | null
}

export interface NewReview {
  commitId: string
  body: string
  /** Inline comments on head-side (RIGHT) lines. */
  comments: Array<{ path: string; line: number; body: string }>
}

/** Where a pull request's head is now. */
export interface PullHead {
  sha: string
  /** owner/repo of the head branch (a fork's for a fork pull request); null when that repository is gone. */
  repository: string | null
}

export interface PullRequests {
  /** The current head of the pull request. */
  pullHead(repo: RepoRef, pull: number): Promise<PullHead>
  /** Every file of the pull request with its patch (up to GitHub's 3000-file limit). */
  listPullFiles(repo: RepoRef, pull: number): Promise<PullFile[]>
  listReviewComments(repo: RepoRef, pull: number): Promise<ReviewComment[]>
  /** One COMMENT review carrying all the inline comments. */
  createReview(repo: RepoRef, pull: number, review: NewReview): Promise<void>
}

/** `symlink`: the path is a link, which is never followed (nor read through the target the API may serve instead). */
export type FileText = { status: 'found'; text: string } | { status: 'missing' } | { status: 'too-large' } | { status: 'symlink' }

export interface Contents {
  /** The text of a file at `ref`; 'too-large' past the contents API's 1 MB. */
  fileText(repo: RepoRef, path: string, ref: string): Promise<FileText>
}

export type BranchHead = { status: 'no-repository' } | { status: 'no-branch' } | { status: 'found'; oid: string }

export interface CommitOnBranch {
  repo: RepoRef
  branch: string
  /** The branch moves only if it still points here. */
  expectedHeadOid: string
  headline: string
  body: string
  /** Files to write (UTF-8 text) and paths to delete. */
  additions: Array<{ path: string; content: string }>
  deletions: string[]
}

/** Verified commits (GraphQL createCommitOnBranch) and the REST calls that start a missing branch. */
export interface Commits {
  branchHead(repo: RepoRef, branch: string): Promise<BranchHead>
  /** What publish needs to plan against: the kinds of DIR's ancestors and DIR's entries (files with their text) at `commit`. */
  readDirectory(repo: RepoRef, commit: string, dirSegments: string[]): Promise<TreeState>
  /** 'stale' when the branch no longer points at `expectedHeadOid` (another writer was first). */
  createCommitOnBranch(commit: CommitOnBranch): Promise<{ status: 'ok'; oid: string } | { status: 'stale' }>
  /** A tree of new text files (no base tree); returns its id. */
  createTree(repo: RepoRef, files: Array<{ path: string; content: string }>): Promise<string>
  createCommit(repo: RepoRef, commit: { message: string; tree: string; parents: string[] }): Promise<string>
  /** 'exists' when another writer created the ref first. */
  createRef(repo: RepoRef, ref: string, sha: string): Promise<'created' | 'exists'>
}

/** Every call the shells make. */
export interface GitHubApi extends IssueComments, Users, PullRequests, Contents, Commits {}
