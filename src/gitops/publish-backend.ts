import type { Plan, TreeState } from '../core/publish/plan.js'

/**
 * What the publish loop needs from a place that stores commits: read the
 * branch tip and the target directory, and try to move the branch from that
 * tip to a new commit. Two implementations: plain git (git-backend.ts) and the
 * GitHub GraphQL API for verified commits (github-backend.ts).
 */
export interface PublishBackend {
  /** Read the branch tip (null when the branch does not exist) and the state of DIR at that tip. */
  read(dirSegments: string[]): Promise<{ head: string | null; state: TreeState }>
  /**
   * Commit `plan` on top of `head` and move the branch, only if it still
   * points at `head` (never a force). `conflict` = another writer moved the
   * branch first: the caller waits (backoff), re-reads, re-plans and tries
   * again. `replan` = the backend changed the branch itself (created it) and
   * the caller should re-read and re-plan at once; both count as an attempt.
   */
  commit(
    plan: Plan,
    head: string | null
  ): Promise<{ status: 'ok'; sha: string } | { status: 'conflict'; reason: string } | { status: 'replan'; reason: string }>
  /** Release temporary resources. */
  close(): Promise<void>
}

/** A publish that must not (or cannot) go on: nothing was committed. */
export class PublishError extends Error {
  override name = 'PublishError'
  constructor(
    message: string,
    readonly details: string[] = []
  ) {
    super(message)
  }
}

/**
 * A failure worth another try within the same retry budget: a 5xx from the
 * server, a dropped connection, a timeout. Never used for auth failures or
 * refusals, which would only fail again.
 */
export class TransientError extends Error {
  override name = 'TransientError'
}
