/**
 * The typed settings of one action run, and their pure validation. The only
 * code that reads action inputs (input-helper.ts) hands raw strings to
 * `parseSettings`; everything else receives a `Settings` object, so defaults
 * and validation live in exactly one place and are unit-testable without
 * `@actions/core`.
 */

export type CommentMode = 'always' | 'on-change' | 'off'
export type FailOn = 'error' | 'warning' | 'never'
/** full = compute and post; compute = write a report bundle only; post = read a bundle and post it. */
export type RunMode = 'full' | 'compute' | 'post'

export interface GitopsSettings {
  /** Branch to publish rendered manifests to; null = publishing off. */
  branch: string | null
  path: string
  message: string | null
  /** owner/repo to push to; null = the current repository. */
  remote: string | null
  onPullRequest: boolean
  verified: boolean
}

export interface Settings {
  /** Newline-separated file paths or globs, as written (comments and blanks removed). */
  values: string[]
  /** The raw `values` input, part of the comment marker id. */
  valuesRaw: string
  token: string
  comment: CommentMode
  failOn: FailOn
  namespacesFile: string | null
  baseRef: string | null
  reviewComments: boolean
  mode: RunMode
  /** Where `compute` writes and `post` reads the report bundle; null = under tempDir. */
  reportPath: string | null
  /** Where rendered head manifests are written; null = under tempDir. */
  manifestsDir: string | null
  /** RUNNER_TEMP: where the diff JSON and default outputs go. */
  tempDir: string
  title: string
  gitops: GitopsSettings
}

/** A user mistake in the inputs; the message names the input. */
export class SettingsError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
    this.name = 'SettingsError'
  }
}

/** Reads one raw input; returns '' when unset (the @actions/core convention). */
export type InputReader = (name: string) => string

/** Environment facts the defaults depend on. */
export interface SettingsEnv {
  /** RUNNER_TEMP (or the OS temp dir outside Actions). */
  runnerTemp: string
}

/** Every input of action.yml, so tests can check the two never drift apart. */
export const INPUT_NAMES = [
  'values',
  'github-token',
  'comment',
  'fail-on',
  'namespaces-file',
  'base-ref',
  'review-comments',
  'mode',
  'report-path',
  'manifests-dir',
  'title',
  'gitops-branch',
  'gitops-path',
  'gitops-message',
  'gitops-remote',
  'gitops-on-pull-request',
  'gitops-verified'
] as const

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(name).trim()
  if (raw === '') return fallback
  const hit = allowed.find((a) => a === raw.toLowerCase())
  if (hit === undefined) throw new SettingsError(name, `'${raw}' is not one of ${allowed.join(', ')}`)
  return hit
}

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const raw = read(name).trim().toLowerCase()
  if (raw === '') return fallback
  // The YAML 1.2 core schema booleans, as the toolkit's boolean inputs accept them.
  if (raw === 'true') return true
  if (raw === 'false') return false
  throw new SettingsError(name, `'${read(name).trim()}' is not a boolean (true or false)`)
}

function optional(read: InputReader, name: string): string | null {
  const raw = read(name).trim()
  return raw === '' ? null : raw
}

/** Split the `values` input: one path or glob per line, `#` comments and blank lines ignored. */
export function splitValuesInput(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

const REMOTE_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
// git check-ref-format, reduced to what a branch name input can sensibly be.
// eslint-disable-next-line no-control-regex -- control characters are exactly what the class refuses
const BRANCH_RE = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[^\s~^:?*[\\\x00-\x1f\x7f]+$/

/**
 * Turn raw input strings into validated settings. Throws `SettingsError` for
 * the first invalid input; never reads the process environment itself.
 */
export function parseSettings(read: InputReader, env: SettingsEnv): Settings {
  const mode = oneOf(read, 'mode', ['full', 'compute', 'post'] as const, 'full')
  const valuesRaw = read('values')
  const values = splitValuesInput(valuesRaw)
  if (values.length === 0 && mode !== 'post') {
    throw new SettingsError('values', 'is required: list the values files (or globs), one per line')
  }
  const token = read('github-token').trim()
  if (token === '' && mode !== 'compute') {
    throw new SettingsError('github-token', 'is empty; pass ${{ github.token }} or a token with pull-requests: write')
  }
  const gitopsBranch = optional(read, 'gitops-branch')
  if (gitopsBranch !== null && !BRANCH_RE.test(gitopsBranch)) {
    throw new SettingsError('gitops-branch', `'${gitopsBranch}' is not a valid branch name`)
  }
  const gitopsRemote = optional(read, 'gitops-remote')
  if (gitopsRemote !== null && !REMOTE_RE.test(gitopsRemote)) {
    throw new SettingsError('gitops-remote', `'${gitopsRemote}' must look like owner/repo`)
  }
  const gitopsPath = optional(read, 'gitops-path') ?? 'manifests'
  if (gitopsPath.startsWith('/') || gitopsPath.split(/[\\/]/).includes('..')) {
    throw new SettingsError('gitops-path', `'${gitopsPath}' must be a relative path inside the branch`)
  }
  return {
    values,
    valuesRaw,
    token,
    comment: oneOf(read, 'comment', ['always', 'on-change', 'off'] as const, 'always'),
    failOn: oneOf(read, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    namespacesFile: optional(read, 'namespaces-file'),
    baseRef: optional(read, 'base-ref'),
    reviewComments: bool(read, 'review-comments', true),
    mode,
    reportPath: optional(read, 'report-path'),
    manifestsDir: optional(read, 'manifests-dir'),
    tempDir: env.runnerTemp,
    title: optional(read, 'title') ?? 'Secrets Injector',
    gitops: {
      branch: gitopsBranch,
      path: gitopsPath,
      message: optional(read, 'gitops-message'),
      remote: gitopsRemote,
      onPullRequest: bool(read, 'gitops-on-pull-request', false),
      verified: bool(read, 'gitops-verified', false)
    }
  }
}
