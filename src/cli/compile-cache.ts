import { join } from 'node:path'

/**
 * Where the CLI keeps V8's compile cache (Node >= 22.1,
 * `module.enableCompileCache`), or null for no cache. With it a start reads
 * compiled code instead of parsing the bundle again, which is a large part of
 * a short run.
 *
 * The cache holds code Node will run, so it must live where no one else can
 * write. Node's default, os.tmpdir(), is shared by every user of a machine,
 * so it is never used. Inside a GitHub Actions job the cache goes to
 * RUNNER_TEMP, which the runner empties after each job: on a shared
 * self-hosted runner one job cannot plant code for the next. Elsewhere it
 * goes to the user's own cache directory (XDG_CACHE_HOME or ~/.cache),
 * writable only by that user, like the rest of their tools. No HOME, no
 * cache. NODE_COMPILE_CACHE (Node then enables the cache itself, in that
 * directory) and NODE_DISABLE_COMPILE_CACHE keep their meaning.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv): string | null {
  if (env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return null
  if (env.GITHUB_ACTIONS === 'true') return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'secrets-injector-compile-cache') : null
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : '')
  return base ? join(base, 'secrets-injector', 'compile-cache') : null
}
