import { isValidBranchName, normalizeDir } from '../core/publish/plan.js'

/**
 * The typed settings of one action run, and their pure validation. The only
 * code that reads action inputs (input-helper.ts) hands raw strings to
 * `parseSettings`; everything else receives a `Settings` object, so defaults
 * and validation live in exactly one place and are unit-testable without
 * `@actions/core`. Every input is checked here, by the same functions the
 * core uses later (a branch name the publish would refuse is refused before
 * anything is posted), and every error names its input.
 */

export type CommentMode = 'always' | 'on-change' | 'off'
export type FailOn = 'error' | 'warning' | 'never'
/** full = compute and post; compute = write a report bundle only; post = read a bundle and post it. */
export type RunMode = 'full' | 'compute' | 'post'
/** `verify` input: off, or the severity of a missing remote secret. */
export type VerifyMode = 'off' | 'warn' | 'error'

export interface VerifySettings {
  mode: VerifyMode
  /** Vault role for a JWT login with the workflow's OIDC token (when VAULT_TOKEN is not set); null = none. */
  vaultRole: string | null
  /** Mount path of Vault's JWT auth method. */
  vaultAuthPath: string
}

export interface GitopsSettings {
  /** Branch to publish rendered manifests to; null = publishing off. */
  branch: string | null
  path: string
  /** Commit headline; null = the default headline. */
  message: string | null
  /** owner/repo to push to; null = the current repository. */
  remote: string | null
  onPullRequest: boolean
  verified: boolean
}

/**
 * The `kubeconfig` input: a path on the runner, or the file's content (a
 * secret). Content is never echoed in a message, and never written to disk.
 */
export type KubeconfigSetting = { kind: 'path'; path: string } | { kind: 'content'; text: string }

export interface Settings {
  /** Newline-separated file paths or globs, as written (comments and blanks removed). */
  values: string[]
  /** The raw `values` input: the comment marker id is derived from it. */
  valuesRaw: string
  /** Empty when no token was given: the GitHub API parts of the run are skipped. */
  token: string
  /** Seconds all GitHub API calls of the run may take together (the client's deadline). */
  apiTimeoutSeconds: number
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
  /** Read the cluster through this kubeconfig (docs/cluster.md); null = no cluster. */
  kubeconfig: KubeconfigSetting | null
  /** Context of the kubeconfig to use; null = its current-context. */
  kubeContext: string | null
  verify: VerifySettings
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

/** Turns the raw text of one input into its value, or throws a SettingsError naming it. */
type InputParser<T> = (raw: string, name: string) => T

function oneOf<T extends string>(allowed: readonly T[], fallback: T): InputParser<T> {
  return (raw, name) => {
    const value = raw.trim()
    if (value === '') return fallback
    const hit = allowed.find((a) => a === value.toLowerCase())
    if (hit === undefined) throw new SettingsError(name, `'${value}' is not one of ${allowed.join(', ')}`)
    return hit
  }
}

function bool(fallback: boolean): InputParser<boolean> {
  return (raw, name) => {
    const value = raw.trim()
    if (value === '') return fallback
    // The YAML 1.2 core schema booleans, as the toolkit's boolean inputs accept them.
    if (value.toLowerCase() === 'true') return true
    if (value.toLowerCase() === 'false') return false
    throw new SettingsError(name, `'${value}' is not a boolean (true or false)`)
  }
}

/** A whole number from `min` to `max`. */
function wholeNumber(fallback: number, min: number, max: number): InputParser<number> {
  return (raw, name) => {
    const value = raw.trim()
    if (value === '') return fallback
    const n = /^\d+$/.test(value) ? Number(value) : NaN
    if (!(n >= min && n <= max)) throw new SettingsError(name, `'${value}' is not a whole number from ${min} to ${max}`)
    return n
  }
}

/** Trimmed text, null when empty; `check` returns a complaint about a non-empty value, or null. */
function optional(check: (value: string) => string | null = () => null): InputParser<string | null> {
  return (raw, name) => {
    const value = raw.trim()
    if (value === '') return null
    const problem = check(value)
    if (problem !== null) throw new SettingsError(name, `'${value}' ${problem}`)
    return value
  }
}

const REMOTE_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

/** Git revisions reach git as arguments: a leading '-' would be read as an option. */
function revisionProblem(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what the class refuses
  return value.startsWith('-') || /[\s\x00-\x1f\x7f]/.test(value) ? 'is not a git revision (a branch, tag or commit SHA)' : null
}

/** Every input of action.yml, as its parser returns it. */
interface Inputs {
  values: string
  'github-token': string
  'api-timeout': number
  comment: CommentMode
  'fail-on': FailOn
  'namespaces-file': string | null
  'base-ref': string | null
  'review-comments': boolean
  mode: RunMode
  'report-path': string | null
  'manifests-dir': string | null
  title: string | null
  'gitops-branch': string | null
  'gitops-path': string | null
  'gitops-message': string | null
  'gitops-remote': string | null
  'gitops-on-pull-request': boolean
  'gitops-verified': boolean
  kubeconfig: KubeconfigSetting | null
  'kube-context': string | null
  verify: VerifyMode
  'vault-role': string | null
  'vault-auth-path': string | null
}

/**
 * The parser of every input: the one table to extend when an input is added
 * (with its line in `Inputs`; tests check both against action.yml).
 */
const INPUTS: { [K in keyof Inputs]: InputParser<Inputs[K]> } = {
  values: (raw) => raw,
  'github-token': (raw) => raw.trim(),
  // The default keeps a run within two minutes of an unresponsive API (docs/threat-model.md).
  'api-timeout': wholeNumber(90, 1, 3600),
  comment: oneOf(['always', 'on-change', 'off'], 'always'),
  'fail-on': oneOf(['error', 'warning', 'never'], 'error'),
  'namespaces-file': optional(),
  'base-ref': optional(revisionProblem),
  'review-comments': bool(true),
  mode: oneOf(['full', 'compute', 'post'], 'full'),
  'report-path': optional(),
  'manifests-dir': optional(),
  title: optional(),
  'gitops-branch': optional((v) => (isValidBranchName(v) ? null : 'is not a valid branch name')),
  'gitops-path': optional((v) => {
    const dir = normalizeDir(v)
    return dir.ok ? null : `is not a directory inside the branch: ${dir.error}`
  }),
  'gitops-message': optional(),
  'gitops-remote': optional((v) => (REMOTE_RE.test(v) ? null : 'must look like owner/repo')),
  'gitops-on-pull-request': bool(false),
  'gitops-verified': bool(false),
  kubeconfig: kubeconfigInput,
  // Context names are free text in a kubeconfig, but never span lines or hold control characters.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what the class refuses
  'kube-context': optional((v) => (/[\x00-\x1f\x7f]/.test(v) ? 'is not a context name' : null)),
  verify: oneOf(['off', 'warn', 'error'], 'off'),
  // A role name and a mount path end up in a Vault URL path: plain segments only.
  'vault-role': optional((v) => (/^[A-Za-z0-9_.@-]+$/.test(v) ? null : 'is not a Vault role name (letters, digits, _ . @ -)')),
  'vault-auth-path': optional((v) =>
    /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(v) && !v.split('/').some((s) => s === '.' || s === '..')
      ? null
      : 'is not a Vault auth mount path (e.g. jwt or github/jwt)'
  )
}

/**
 * A kubeconfig's content has lines (or is one line of JSON); a path has
 * neither. The content is a secret: a complaint names only what is wrong.
 */
function kubeconfigInput(raw: string, name: string): KubeconfigSetting | null {
  const value = raw.trim()
  if (value === '') return null
  if (/\r|\n/.test(value) || value.startsWith('{') || /^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/.test(value)) {
    return { kind: 'content', text: value }
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what the class refuses
  if (/[\x00-\x1f\x7f]/.test(value)) throw new SettingsError(name, 'is neither a kubeconfig nor the path of one')
  return { kind: 'path', path: value }
}

/** Every input of action.yml, so tests can check the two never drift apart. */
export const INPUT_NAMES: readonly string[] = Object.keys(INPUTS)

/** Split the `values` input: one path or glob per line, `#` comments and blank lines ignored. */
export function splitValuesInput(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

/**
 * Turn raw input strings into validated settings. Throws `SettingsError` for
 * the first invalid input; never reads the process environment itself. An
 * empty token is accepted outside mode post: lint never depends on GitHub.
 */
export function parseSettings(read: InputReader, env: SettingsEnv): Settings {
  const input = <K extends keyof Inputs>(name: K): Inputs[K] => INPUTS[name](read(name), name)
  const mode = input('mode')
  const valuesRaw = input('values')
  const values = splitValuesInput(valuesRaw)
  if (values.length === 0 && mode !== 'post') {
    throw new SettingsError('values', 'is required: list the values files (or globs), one per line')
  }
  const token = input('github-token')
  if (token === '' && mode === 'post') {
    throw new SettingsError('github-token', 'is empty; mode: post needs ${{ github.token }} or a token with pull-requests: write')
  }
  const kubeconfig = input('kubeconfig')
  const kubeContext = input('kube-context')
  if (kubeContext !== null && kubeconfig === null) throw new SettingsError('kube-context', 'needs the kubeconfig input')
  const reportPath = input('report-path')
  if (reportPath === null && mode === 'post') {
    throw new SettingsError('report-path', 'mode: post needs the path of the downloaded report bundle')
  }
  return {
    values,
    valuesRaw,
    token,
    apiTimeoutSeconds: input('api-timeout'),
    comment: input('comment'),
    failOn: input('fail-on'),
    namespacesFile: input('namespaces-file'),
    baseRef: input('base-ref'),
    reviewComments: input('review-comments'),
    mode,
    reportPath,
    manifestsDir: input('manifests-dir'),
    tempDir: env.runnerTemp,
    title: input('title') ?? 'Secrets Injector',
    gitops: {
      branch: input('gitops-branch'),
      path: input('gitops-path') ?? 'manifests',
      message: input('gitops-message'),
      remote: input('gitops-remote'),
      onPullRequest: input('gitops-on-pull-request'),
      verified: input('gitops-verified')
    },
    kubeconfig,
    kubeContext,
    verify: { mode: input('verify'), vaultRole: input('vault-role'), vaultAuthPath: input('vault-auth-path') ?? 'jwt' }
  }
}
