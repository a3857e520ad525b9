import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { neededTool, which } from './helpers/tools.js'

// The hooks of .pre-commit-hooks.yaml, run by Debian's pre-commit (.ci/run
// installs it) from a local clone of this repository: a project's
// .pre-commit-config.yaml points at the clone's path and commit, pre-commit
// clones it again and installs each hook the way a team's pre-commit would
// (the node hook with npm, from the npm registry and its cache only), then
// runs it on the project's values files.

const preCommit = neededTool('pre-commit', which('pre-commit'), 'apt-get install pre-commit')
const repo = resolve('.')
const HOOKS = ['secrets-injector-lint', 'secrets-injector-lint-system-node']

let dir = ''
let project = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'si-pre-commit-'))
  const { path: clone, rev } = cloneWorkingTree(join(dir, 'secrets-injector'))
  project = join(dir, 'project')
  mkdirSync(join(project, 'secrets'), { recursive: true })
  mkdirSync(join(project, 'charts'), { recursive: true })
  copyFileSync('examples/azure-values.yaml', join(project, 'secrets', 'azure.yaml'))
  copyFileSync('examples/aws-values.yaml', join(project, 'secrets', 'aws.yaml'))
  // Outside the hooks' default `files`: a Helm chart's values file must not be linted as ours.
  writeFileSync(join(project, 'charts', 'values.yaml'), 'replicaCount: 1\n')
  const config = { repos: [{ repo: clone, rev, hooks: HOOKS.map((id) => ({ id })) }] }
  writeFileSync(join(project, '.pre-commit-config.yaml'), JSON.stringify(config, null, 2))
  run('git', ['init', '-q'], project)
  run('git', ['add', '-A'], project)
}, 120_000)
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com'
}

function run(cmd: string, args: string[], cwd: string): string {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } })
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${res.stderr}`)
  return res.stdout
}

/**
 * A git repository holding this repository's files as they are on disk
 * (tracked and new, not ignored), in one commit: in CI, where the checkout is
 * clean, exactly the commit under test; on a developer's machine it includes
 * the uncommitted changes.
 */
function cloneWorkingTree(target: string): { path: string; rev: string } {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo).split('\0')
  for (const f of files) {
    if (f === '' || !existsSync(join(repo, f))) continue
    mkdirSync(dirname(join(target, f)), { recursive: true })
    copyFileSync(join(repo, f), join(target, f))
  }
  run('git', ['init', '-q'], target)
  run('git', ['add', '-A'], target)
  run('git', ['commit', '-q', '-m', 'under test'], target)
  return { path: target, rev: run('git', ['rev-parse', 'HEAD'], target).trim() }
}

/** `pre-commit run <hook> --files ...` in the project; status and output. */
function preCommitRun(hook: string, files: string[]): { status: number | null; output: string } {
  const res = spawnSync(preCommit.require(), ['run', hook, '--verbose', '--color', 'never', '--files', ...files], {
    cwd: project,
    encoding: 'utf8',
    // One pre-commit cache for the file: each hook environment is installed once, as on a new machine.
    env: { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: join(dir, 'pre-commit-cache') }
  })
  return { status: res.status, output: `${res.stdout}${res.stderr}` }
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares the hooks the README shows, each limited to values files and run once with all of them', () => {
    const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Array<Record<string, unknown>>
    expect(hooks.map((h) => h['id'])).toEqual(HOOKS)
    for (const h of hooks) expect(h).toMatchObject({ files: '^secrets/.*\\.ya?ml$', require_serial: true })
    const readme = readFileSync('README.md', 'utf8')
    for (const id of HOOKS) expect(readme).toContain(`id: ${id}`)
  })
})

describe.skipIf(preCommit.skip)('pre-commit with the hooks from a local clone', () => {
  for (const hook of HOOKS) {
    it(`${hook}: passes clean values files, fails a broken one with file:line:col`, () => {
      const clean = preCommitRun(hook, ['secrets/azure.yaml', 'secrets/aws.yaml', 'charts/values.yaml'])
      expect(clean.output).toMatch(/secrets-injector lint.*Passed/)
      expect(clean.status, clean.output).toBe(0)

      copyFileSync('__tests__/fixtures/cli/broken.yaml', join(project, 'secrets', 'broken.yaml'))
      run('git', ['add', '-A'], project)
      try {
        const broken = preCommitRun(hook, ['secrets/broken.yaml', 'secrets/azure.yaml'])
        expect(broken.status, broken.output).toBe(1)
        expect(broken.output).toMatch(/secrets-injector lint.*Failed/)
        expect(broken.output).toContain('secrets/broken.yaml:12:17: error: ')
        expect(broken.output).toContain('[wrong-type]')
      } finally {
        rmSync(join(project, 'secrets', 'broken.yaml'))
        run('git', ['add', '-A'], project)
      }
    }, 600_000)
  }
})
