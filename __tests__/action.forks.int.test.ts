import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { parseBundle } from '../src/action/report-bundle.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, syncPull, valuesFile, type TestRepo } from './helpers/github-server-harness.js'

/**
 * The safe two-workflow pattern for pull requests from forks:
 * `pull_request` + mode: compute (read-only token, untrusted code) writes a
 * report bundle (data only); `workflow_run` + mode: post (write token,
 * trusted code) rebuilds the report from it and posts it after checking it
 * belongs to the PR's current head. Forged bundles: action.forged-bundle.int.test.ts.
 */

// Each test runs the action as a process, several times: generous on a loaded machine.
vi.setConfig({ testTimeout: 240_000 })

let server: FakeGitHub
let repo: TestRepo
let dir: string
let base: string
let head: string
const PR = 21
/** The head repository of the workflow_run fixture. */
const FORK = 'fork-owner/platform'
const inputs = { values: 'values/*.yaml' }
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
  dir = mkdtempSync(path.join(tmpdir(), 'si-bundle-'))
  base = repo.commit({ 'values/prod.yaml': valuesFile([{ name: 'payments-db', namespace: 'payments' }]) })
  head = repo.commit({
    'values/prod.yaml':
      valuesFile([
        { name: 'payments-db', namespace: 'payments' },
        { name: 'orders-db', namespace: 'orders' }
      ]) + brokenTail
  })
  syncPull(server, repo, PR, base, head, FORK)
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
  rmSync(dir, { recursive: true, force: true })
})

const compute = (token: string) =>
  runAction({
    server,
    cwd: repo.dir,
    event: 'pull_request',
    fork: true,
    token,
    shas: { BASE_SHA: base, HEAD_SHA: head },
    prNumber: PR,
    inputs: { ...inputs, mode: 'compute', 'report-path': path.join(dir, 'report.json') }
  })
const post = (reportPath = path.join(dir, 'report.json'), headSha = head) =>
  runAction({ server, cwd: dir, event: 'workflow_run', shas: { HEAD_SHA: headSha }, inputs: { mode: 'post', 'report-path': reportPath } })

test('compute writes a bundle without writing to GitHub; post publishes comment and inline comments', async () => {
  const c = await compute('ghs_readonly')
  expect(c.code).toBe(1) // the lint error fails the pull_request check, as it should
  expect(c.outputs['report-path'], c.stdout + c.stderr).toBe(path.join(dir, 'report.json'))
  expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([])
  const bundle = parseBundle(readFileSync(path.join(dir, 'report.json'), 'utf8'))
  expect(bundle).toMatchObject({ pullRequest: PR, headSha: head, baseSha: base, repository: 'acme/platform' })
  expect(bundle.findings.map((f) => f.rule)).toEqual(['entry-required'])
  expect(bundle.comparison?.head.records.map((r) => r.name)).toEqual(['orders-db'])

  const p = await post()
  expect(p.code).toBe(0)
  expect(server.comments).toHaveLength(1)
  const body = server.comments[0]?.body ?? ''
  expect(body).toContain('`orders-db`')
  expect(body).toContain('entry-required')
  // The compute run's job summary links the same report, also rebuilt on this side.
  expect(p.summary).toContain('`orders-db`')
  expect(server.reviewComments.map((r) => [r.path, r.line])).toEqual([['values/prod.yaml', 19]])
  expect(p.outputs).toMatchObject({ 'lint-errors': '1', 'comment-id': String(server.comments[0]?.id) })
  expect(p.summary).toContain('orders-db')

  // Posting the same bundle again (re-run) changes nothing (asking GraphQL who we are is a POST that writes nothing).
  const writes = (): number => server.requests.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql/viewer').length
  const before = writes()
  await post()
  expect(writes()).toBe(before)
})

test('compute works without any token (base from git)', async () => {
  const c = await compute('')
  expect(server.requests).toEqual([])
  expect(parseBundle(readFileSync(path.join(dir, 'report.json'), 'utf8')).comparison?.head.records.map((r) => r.name)).toEqual([
    'orders-db'
  ])
  // orders-db; the broken entry is left out of the comparison.
  expect(c.outputs['secrets-added']).toBe('1')
})

test('post refuses a stale bundle (the PR moved on) and a bundle for another repository', async () => {
  await compute('ghs_readonly')
  const newer = repo.commit({ 'README.md': 'x\n' })
  syncPull(server, repo, PR, base, newer, FORK)
  const stale = await post(path.join(dir, 'report.json'), head)
  expect(stale.code).toBe(0)
  expect(server.comments).toHaveLength(0)
  expect(stale.annotations.some((a) => a.level === 'notice' && a.message.includes('moved on'))).toBe(true)

  const other = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Record<string, unknown>
  writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ ...other, repository: 'evil/elsewhere' }))
  const foreign = await post(path.join(dir, 'other.json'), head)
  expect(foreign.code).toBe(1)
  expect(foreign.stdout).toContain('evil/elsewhere')

  writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...other, pullRequest: 'x' }))
  const bad = await post(path.join(dir, 'bad.json'), head)
  expect(bad.code).toBe(1)
  expect(bad.stdout).toContain('/pullRequest must be integer')
  expect(server.comments).toHaveLength(0)
})

test('post with a token that may not write says what the post workflow needs, not the fork advice it follows', async () => {
  await compute('ghs_readonly')
  const p = await runAction({
    server,
    cwd: dir,
    event: 'workflow_run',
    token: 'ghs_readonly',
    shas: { HEAD_SHA: head },
    inputs: { mode: 'post', 'report-path': path.join(dir, 'report.json') }
  })
  expect(p.code).toBe(0)
  expect(server.comments).toHaveLength(0)
  const notices = p.annotations.filter((a) => a.level === 'notice').map((a) => a.message)
  expect(notices.some((m) => m.startsWith('PR comment skipped') && m.includes('permissions: pull-requests: write'))).toBe(true)
  expect(notices.some((m) => m.includes('Pull requests from forks'))).toBe(false)
})
