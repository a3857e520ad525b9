import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** An outside program a test needs (a Debian package, the Go toolchain). */
export interface NeededTool {
  /** Absolute path, or null when it is not installed. */
  path: string | null
  /** True only outside CI: the tests are skipped with a message instead of failing. */
  skip: boolean
  /** Throws the install hint when the tool is missing (the first line of each test). */
  require(): string
}

/** First executable called `name` on PATH (plus `extraDirs`), or null. */
export function which(name: string, extraDirs: string[] = []): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), ...extraDirs]) {
    if (dir === '') continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

/**
 * A tool that `.ci/run` installs. Missing on a developer's machine, its tests
 * are skipped with a message naming the install command; missing with
 * CI=true, they fail, so CI can never pass by not running them.
 */
export function neededTool(name: string, path: string | null, installHint: string): NeededTool {
  const inCi = process.env.CI === 'true'
  const skip = path === null && !inCi
  if (skip) process.stderr.write(`skipping the tests that need ${name}: not installed (${installHint}); with CI=true they fail instead\n`)
  return {
    path,
    skip,
    require(): string {
      if (path === null) throw new Error(`${name} is not installed: ${installHint} (.ci/run installs it)`)
      return path
    }
  }
}

/** The Go toolchain (for scripts/go-tool.sh), where the Go machines keep it when it is not on PATH. */
export function goTool(): NeededTool {
  return neededTool('go', which('go', ['/usr/local/go/bin']), 'install Go (https://go.dev/doc/install) or put /usr/local/go/bin on PATH')
}

/** Build (once, cached) a Go tool with scripts/go-tool.sh; returns its path. */
export function buildGoTool(name: 'actionlint' | 'helm'): string {
  const res = spawnSync('bash', ['scripts/go-tool.sh', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (res.status !== 0) throw new Error(`scripts/go-tool.sh ${name} failed (exit ${res.status ?? res.signal})`)
  const path = res.stdout.trim().split('\n').pop() ?? ''
  if (path === '') throw new Error(`scripts/go-tool.sh ${name} printed no path`)
  return path
}
