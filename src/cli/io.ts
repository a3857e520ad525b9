/**
 * What a CLI command may touch of the outside world besides files: two
 * output streams, the working directory and the environment. Commands get
 * it as an argument so tests can run them in-process.
 */
export interface CliIO {
  stdout(s: string): void
  stderr(s: string): void
  cwd: string
  env: NodeJS.ProcessEnv
}

/** The CliIO of a real process. */
export function processIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env
  }
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const

/** A mistake in how the command was called: reported in one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
