import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { FakeGitHub, FakePullFile } from './github-server.js'

/**
 * Runs the action the way a runner does: src/index.ts as a child process
 * under Node 24 (through tsx), with INPUT_* variables, an event payload file,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and GITHUB_API_URL pointing at the
 * fake API. Repositories are real git repositories in temp dirs.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const NODE = path.join(ROOT, 'node_modules/.bin/node')
const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')
const ENTRY = path.join(ROOT, 'src/index.ts')
const EVENTS = path.join(ROOT, '__tests__/fixtures/events')

export interface TestRepo {
  dir: string
  git(...args: string[]): string
  /** Write (string) or delete (null) files, commit, return the new SHA. */
  commit(files: Record<string, string | null>, message?: string): string
  cleanup(): void
}

/** A fresh git repository in a temp dir. */
export function makeRepo(): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'si-action-'))
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com'
      }
    }).trim()
  git('init', '-q', '-b', 'main')
  return {
    dir,
    git,
    commit(files, message = 'change') {
      for (const [name, text] of Object.entries(files)) {
        const file = path.join(dir, name)
        if (text === null) {
          rmSync(file, { force: true })
        } else {
          mkdirSync(path.dirname(file), { recursive: true })
          writeFileSync(file, text)
        }
      }
      git('add', '-A')
      git('commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD')
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A shallow clone of `repo` at its HEAD (depth 1): the base commit is not in
 * the history, as with actions/checkout's default fetch-depth.
 */
export function shallowClone(repo: TestRepo): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'si-shallow-'))
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, dir])
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
  return { dir, git, commit: () => git('rev-parse', 'HEAD'), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  props: Record<string, string>
  message: string
}

export interface ActionResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Content of the file named by the diff-json output, if any. */
  diffJson: string | null
  /** Files of the manifests-dir output, name -> text. */
  manifests: Record<string, string>
  ms: number
}

export type EventName = 'pull_request' | 'push' | 'workflow_run' | 'workflow_dispatch'

export interface RunOptions {
  server: FakeGitHub
  cwd: string
  event: EventName
  /** Replacements in the event fixture: BASE_SHA, HEAD_SHA, BEFORE_SHA, AFTER_SHA, and `number`. */
  shas?: Record<string, string>
  prNumber?: number
  /** Make the pull request come from a fork. */
  fork?: boolean
  inputs: Record<string, string>
  token?: string
  env?: Record<string, string>
  job?: string
  /** workflow_run events: fields replaced in the payload's `workflow_run` (pull_requests, head_repository, event...). */
  workflowRun?: Record<string, unknown>
}

function eventPayload(opts: RunOptions): string {
  const name = opts.event === 'workflow_dispatch' ? null : opts.event
  if (name === null) return '{}'
  let text = readFileSync(path.join(EVENTS, `${name}.json`), 'utf8')
  for (const [k, v] of Object.entries(opts.shas ?? {})) text = text.split(k).join(v)
  const payload: unknown = JSON.parse(text)
  if (opts.prNumber !== undefined && typeof payload === 'object' && payload !== null) {
    Reflect.set(payload, 'number', opts.prNumber)
    const pr: unknown = Reflect.get(payload, 'pull_request')
    if (typeof pr === 'object' && pr !== null) Reflect.set(pr, 'number', opts.prNumber)
  }
  const run: unknown = typeof payload === 'object' && payload !== null ? Reflect.get(payload, 'workflow_run') : undefined
  if (opts.workflowRun !== undefined && typeof run === 'object' && run !== null) Object.assign(run, opts.workflowRun)
  if (opts.fork === true) {
    const head: unknown = Reflect.get(Reflect.get(payload as object, 'pull_request') as object, 'head')
    Reflect.set(Reflect.get(head as object, 'repo') as object, 'full_name', 'fork-owner/platform')
  }
  return JSON.stringify(payload)
}

/** Parse the `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (m === null) continue
    const value: string[] = []
    i++
    while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++] ?? '')
    out[m[1] ?? ''] = value.join('\n')
  }
  return out
}

function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line)
    if (m === null) continue
    const props: Record<string, string> = {}
    for (const kv of (m[2] ?? '').trim().split(',')) {
      const [k, v] = kv.split('=')
      if (k !== undefined && k !== '' && v !== undefined) props[k] = decodeURIComponent(v)
    }
    out.push({ level: m[1] as Annotation['level'], props, message: (m[3] ?? '').replace(/%0A/g, '\n').replace(/%25/g, '%') })
  }
  return out
}

/** Run src/index.ts once as a process; resolves when it exits. */
export async function runAction(opts: RunOptions): Promise<ActionResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'si-run-'))
  const eventPath = path.join(work, 'event.json')
  const outputPath = path.join(work, 'output')
  const summaryPath = path.join(work, 'summary.md')
  const runnerTemp = path.join(work, 'temp')
  mkdirSync(runnerTemp)
  writeFileSync(eventPath, eventPayload(opts))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: `${opts.server.owner}/${opts.server.repo}`,
    GITHUB_API_URL: opts.server.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_WORKSPACE: opts.cwd,
    GITHUB_JOB: opts.job ?? 'secrets',
    GITHUB_RUN_ID: '99',
    GITHUB_SHA: opts.shas?.['HEAD_SHA'] ?? opts.shas?.['AFTER_SHA'] ?? '',
    RUNNER_TEMP: runnerTemp,
    SECRETS_INJECTOR_RETRY_UNIT_MS: '20',
    'INPUT_GITHUB-TOKEN': opts.token ?? 'ghs_default',
    ...opts.env
  }
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const started = Date.now()
  const child = spawn(NODE, ['--import', TSX, ENTRY], { cwd: opts.cwd, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
  const result: ActionResult = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    annotations: parseAnnotations(stdout),
    diffJson: null,
    manifests: {},
    ms: Date.now() - started
  }
  const diffPath = result.outputs['diff-json']
  if (diffPath !== undefined && diffPath !== '' && existsSync(diffPath)) result.diffJson = readFileSync(diffPath, 'utf8')
  const dir = result.outputs['manifests-dir']
  if (dir !== undefined && dir !== '' && existsSync(dir)) {
    for (const f of readdirSync(dir)) result.manifests[f] = readFileSync(path.join(dir, f), 'utf8')
  }
  rmSync(work, { recursive: true, force: true })
  return result
}

/** One entry of a generated values file. */
export interface EntrySpec {
  name: string
  namespace: string
  remote?: string
  key?: string
}

/** A valid values file (Azure Key Vault, managed identity) with the given single-value entries. */
export function valuesFile(entries: EntrySpec[], store = 'platform-kv'): string {
  const lines = [
    'clustersecretstore:',
    `  name: ${store}`,
    '  azurekv:',
    '    vaulturl: https://platform-prod.vault.azure.net',
    '    identityid: 3b9f6d2e-8a41-4f0c-b7e5-1c2d3e4f5a6b',
    'externalsecrets:'
  ]
  for (const e of entries) {
    lines.push(
      `  - secret: ${e.name}`,
      `    clustersecstore: ${store}`,
      `    namespace: ${e.namespace}`,
      `    namespacesecretname: ${e.name}`,
      `    keyvaultsecretname: ${e.remote ?? e.name}`,
      `    namespacesecretkeyname: ${e.key ?? 'value'}`
    )
  }
  return `${lines.join('\n')}\n`
}

/** The PR files GitHub would list between two commits, with patches made by git. */
export function pullFilesFromGit(repo: TestRepo, base: string, head: string): FakePullFile[] {
  const files: FakePullFile[] = []
  const status = repo.git('diff', '--name-status', '--no-renames', base, head)
  for (const line of status.split('\n').filter((l) => l !== '')) {
    const [code = '', filename = ''] = line.split('\t')
    const diff = repo.git('diff', '-U3', base, head, '--', filename)
    const at = diff.indexOf('\n@@')
    const patch = at < 0 ? undefined : diff.slice(at + 1)
    const kind = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified'
    files.push({ filename, status: kind, ...(patch !== undefined ? { patch } : {}) })
  }
  return files
}

/** Register (or update after a push) pull request `number` on the fake server from the repo's commits. */
export function syncPull(server: FakeGitHub, repo: TestRepo, number: number, base: string, head: string, headRepository?: string): void {
  server.pulls.set(number, {
    number,
    baseSha: base,
    headSha: head,
    files: pullFilesFromGit(repo, base, head),
    ...(headRepository === undefined ? {} : { headRepository })
  })
}

/**
 * The INPUT_* values a runner would pass for a step's `with:`: every default
 * of action.yml (with `${{ github.token }}` resolved), then the step's own
 * values. Unknown inputs throw, as a typo in a README example should.
 */
export function runnerInputs(withInputs: Record<string, unknown>, token: string): Record<string, string> {
  const action: unknown = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
  const declared: unknown = typeof action === 'object' && action !== null ? Reflect.get(action, 'inputs') : undefined
  if (typeof declared !== 'object' || declared === null) throw new Error('action.yml has no inputs')
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared)) {
    const def: unknown = typeof spec === 'object' && spec !== null ? Reflect.get(spec, 'default') : undefined
    if (typeof def === 'string') out[name] = def.replace('${{ github.token }}', token)
  }
  for (const [name, value] of Object.entries(withInputs)) {
    if (!(name in declared)) throw new Error(`'${name}' is not an input of action.yml`)
    out[name] = String(value)
  }
  return out
}
