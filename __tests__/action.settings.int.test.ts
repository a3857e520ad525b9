import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, syncPull, valuesFile, type TestRepo } from './helpers/github-server-harness.js'

/**
 * The settings boundary as a runner meets it: a bad input fails the step
 * before anything is posted, naming the input; an empty token never hides
 * the lint result.
 */

// Each test runs the action as a process: generous on a loaded machine.
vi.setConfig({ testTimeout: 240_000 })

let server: FakeGitHub
let repo: TestRepo
let base: string
let head: string
const PR = 5
const payments = { name: 'payments-db', namespace: 'payments' }
const orders = { name: 'orders-db', namespace: 'orders' }
// One entry without keyvaultsecretname: exactly one lint error (entry-required), on line 19.
const brokenTail = [
  '  - secret: broken',
  '    clustersecstore: platform-kv',
  '    namespace: x',
  '    namespacesecretname: broken',
  '    namespacesecretkeyname: value',
  ''
].join('\n')

beforeEach(async () => {
  server = await startGitHubServer()
  repo = makeRepo()
  base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
  head = repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) + brokenTail })
  syncPull(server, repo, PR, base, head)
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
})

const run = (inputs: Record<string, string>, token?: string) =>
  runAction({
    server,
    cwd: repo.dir,
    event: 'pull_request',
    shas: { BASE_SHA: base, HEAD_SHA: head },
    prNumber: PR,
    inputs: { values: 'values/*.yaml', ...inputs },
    ...(token === undefined ? {} : { token })
  })

test.each(['-foo', 'x.lock/y'])(
  'gitops-branch %j fails the step before any comment or review is posted, naming the input',
  async (branch) => {
    const r = await run({ 'gitops-branch': branch, 'gitops-on-pull-request': 'true' })
    expect(r.code).toBe(1)
    const failure = r.annotations.filter((a) => a.level === 'error')
    expect(failure).toHaveLength(1)
    expect(failure[0]?.message).toBe(`Input 'gitops-branch': '${branch}' is not a valid branch name`)
    // Nothing happened: no request to GitHub, no lint, no output.
    expect(server.requests).toEqual([])
    expect(server.comments).toHaveLength(0)
    expect(server.reviewComments).toHaveLength(0)
    expect(r.outputs).toEqual({})
  }
)

test('gitops-path with a .git segment fails the same way', async () => {
  const r = await run({ 'gitops-branch': 'gitops', 'gitops-path': 'a/.git/b' })
  expect(r.code).toBe(1)
  expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Input 'gitops-path': 'a\/\.git\/b' is not a directory/)
  expect(server.requests).toEqual([])
})

test.each(['.', '.git', 'values/..'])(
  'manifests-dir %j, which the run would replace with the checkout in it, fails the step before anything is written or posted',
  async (dir) => {
    const clean = repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) })
    syncPull(server, repo, PR, base, clean)
    const r = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: clean },
      prNumber: PR,
      inputs: { values: 'values/*.yaml', 'manifests-dir': dir }
    })
    expect(r.code).toBe(1)
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      new RegExp(`^Input 'manifests-dir': '${dir.replaceAll('.', '\\.')}' is `)
    )
    expect(existsSync(path.join(repo.dir, 'values', 'prod.yaml'))).toBe(true)
    expect(repo.git('rev-parse', 'HEAD')).toBe(clean)
    expect(server.comments).toHaveLength(0)
  }
)

test('base-ref on a runner without git: the step fails saying git could not start, not "internal error"', async () => {
  const r = await runAction({
    server,
    cwd: repo.dir,
    event: 'push',
    shas: { BEFORE_SHA: base, AFTER_SHA: head },
    inputs: { values: 'values/*.yaml', 'base-ref': 'main' },
    env: { PATH: '/nonexistent' }
  })
  expect(r.code).toBe(1)
  expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/^secrets-injector: git rev-parse could not start: .*ENOENT/)
})

test('an empty github-token: lint, annotations, outputs and the job summary still run; one notice says what is skipped', async () => {
  const r = await run({}, '')
  expect(r.code).toBe(1)
  // The broken entry is left out of the comparison: one Secret added.
  expect(r.outputs).toMatchObject({ 'lint-errors': '1', 'secrets-added': '1', 'secrets-removed': '0' })
  expect(r.annotations.filter((a) => a.level === 'error' && a.props['title'] === 'entry-required')).toHaveLength(1)
  expect(r.summary).toContain('orders-db')
  const notices = r.annotations.filter((a) => a.level === 'notice')
  expect(notices).toHaveLength(1)
  expect(notices[0]?.message).toMatch(/^Input 'github-token' is empty .*the GitHub API parts \(PR comment, inline review comments/)
  expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([])
  expect(server.requests).toEqual([])
  expect(r.stdout).not.toContain('GitHub API requests')
})
