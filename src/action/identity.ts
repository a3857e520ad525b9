import type { Author, Users } from '../github/api.js'

/** Login the workflow's GITHUB_TOKEN posts as (used when the API cannot tell). */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Decides whether a comment was written by us: its author is the login this
 * run's token posts as, asked of the API at most once per run and only when
 * a marker comment exists. Any other author, a bot of another app included,
 * may carry our marker (quoting, or to make us edit or delete the wrong
 * comment) and is never "us". When the API cannot say, an installation
 * token (`ghs_…`) counts a Bot author as us and any other token the
 * GITHUB_TOKEN's bot, as before the login could be asked.
 */
export class Identity {
  private login: Promise<string | null> | null = null

  constructor(
    private readonly api: Users,
    private readonly token: string
  ) {}

  /** True when `author` is who this run's token posts as. */
  async isUs(author: Author | null | undefined): Promise<boolean> {
    if (author === null || author === undefined) return false
    this.login ??= this.api.viewerLogin().catch(() => null)
    const login = await this.login
    if (login !== null) return author.login === login
    return this.token.startsWith('ghs_') ? author.type === 'Bot' : author.login === ACTIONS_BOT_LOGIN
  }
}
