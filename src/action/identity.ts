import type { GitHubApi } from './github-client.js'

/** Login the workflow's GITHUB_TOKEN posts as; /user is refused to that token. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Who we are on GitHub, asked at most once per run and only when needed
 * (when a marker comment exists whose author must be checked). GET /user
 * works for personal tokens; installation tokens (GITHUB_TOKEN) get 403, and
 * then the author of our comments is github-actions[bot].
 */
export class Identity {
  private login: Promise<string> | null = null

  constructor(private readonly api: GitHubApi) {}

  get(): Promise<string> {
    this.login ??= this.api.rest.users.getAuthenticated().then(
      (r) => r.data.login,
      () => ACTIONS_BOT_LOGIN
    )
    return this.login
  }
}
