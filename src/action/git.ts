import { execFile } from 'node:child_process'

/**
 * The one funnel for git commands the action runs (read-only: show, diff,
 * cat-file). Arguments go to execFile as an array, never through a shell.
 * Best-effort calls are named try… and return null instead of throwing.
 */

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

export class Git {
  /** The action only reads history, so whether a commit is present cannot change during a run. */
  private readonly commits = new Map<string, Promise<boolean>>()

  constructor(readonly cwd: string) {}

  /** Run git with `args`; resolves with the exit code instead of throwing. */
  exec(args: string[]): Promise<GitResult> {
    return new Promise((resolve) => {
      execFile(
        'git',
        args,
        { cwd: this.cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
        (error, stdout, stderr) => {
          const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
          resolve({ code, stdout, stderr })
        }
      )
    })
  }

  /** True when `rev` names a commit present in the local history (not the case in a shallow checkout). */
  hasCommit(rev: string): Promise<boolean> {
    let known = this.commits.get(rev)
    if (known === undefined) {
      known = this.exec(['cat-file', '-e', `${rev}^{commit}`]).then((r) => r.code === 0)
      this.commits.set(rev, known)
    }
    return known
  }

  /** Resolve `rev` to a full SHA, or null. */
  async tryRevParse(rev: string): Promise<string | null> {
    const r = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
    return r.code === 0 ? r.stdout.trim() : null
  }

  /**
   * The text of `path` (relative to the working directory) at commit `rev`,
   * or null when the file does not exist there.
   */
  async tryShow(rev: string, path: string): Promise<string | null> {
    const r = await this.exec(['show', `${rev}:./${path}`])
    return r.code === 0 ? r.stdout : null
  }

  /** Paths (relative to the working directory) deleted between two commits, or null when git cannot tell. */
  async tryDeletedFiles(from: string, to: string): Promise<string[] | null> {
    const r = await this.exec(['diff', '--name-only', '--relative', '--no-renames', '--diff-filter=D', '-z', from, to])
    if (r.code !== 0) return null
    return r.stdout.split('\0').filter((p) => p !== '')
  }
}
