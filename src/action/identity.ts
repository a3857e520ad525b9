import type { Author, Users } from '../github/api.js'

/** Login the workflow's GITHUB_TOKEN posts as (used when /user cannot tell). */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Decides whether a comment was written by us, asking the API at most once
 * per run and only when a marker comment exists. Installation tokens
 * (`ghs_…`: GITHUB_TOKEN or a GitHub App) post as a bot and are refused
 * GET /user, so for them "us" is a Bot author carrying our marker (a human
 * cannot post as a Bot). Other tokens act as a user: compare with GET /user.
 */
export class Identity {
  private login: Promise<string> | null = null

  constructor(
    private readonly api: Users,
    private readonly token: string
  ) {}

  /** True when the token is an installation token (acts as a bot). */
  isInstallation(): boolean {
    return this.token.startsWith('ghs_')
  }

  /** True when `author` is who this run's token posts as. */
  async isUs(author: Author | null | undefined): Promise<boolean> {
    if (author === null || author === undefined) return false
    if (this.isInstallation()) return author.type === 'Bot'
    this.login ??= this.api.authenticatedLogin().catch(() => ACTIONS_BOT_LOGIN)
    return author.login === (await this.login)
  }
}
