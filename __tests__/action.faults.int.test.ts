import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { commentMarker, markerId } from '../src/action/marker.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { startSilentServer } from './helpers/silent-server.js'
import {
  makeRepo,
  runAction,
  syncPull,
  valuesFile,
  type EntrySpec,
  type RunOptions,
  type TestRepo
} from './helpers/github-server-harness.js'

/**
 * Fault injection: 5xx, secondary rate limits, an API that never answers, a
 * comment deleted under us, a read-only token, an oversized diff and two
 * racing runs. None of them may change the lint result or leave more than
 * one comment.
 */

// Each test runs the action as a process, several times: generous on a loaded machine.
vi.setConfig({ testTimeout: 240_000 })

let server: FakeGitHub
let repo: TestRepo
let base: string
let head: string
const PR = 11
const inputs = { values: 'values/*.yaml' }
const payments: EntrySpec = { name: 'payments-db', namespace: 'payments' }
const orders: EntrySpec = { name: 'orders-db', namespace: 'orders' }
// One entry without keyvaultsecretname: exactly one lint error (entry-required).
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
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
})

function change(entries: EntrySpec[], extra = ''): void {
  head = repo.commit({ 'values/prod.yaml': valuesFile(entries) + extra })
  syncPull(server, repo, PR, base, head)
}
const run = (over: Partial<RunOptions> = {}) =>
  runAction({ server, cwd: repo.dir, event: 'pull_request', shas: { BASE_SHA: base, HEAD_SHA: head }, prNumber: PR, inputs, ...over })
const statuses = (op: string) => server.requests.filter((r) => r.operationId === op).map((r) => r.status)

test('a 500 is retried and the run then succeeds', async () => {
  change([payments, orders])
  server.fail({ operationId: 'issues/create-comment', status: 500, times: 2 })
  const r = await run()
  expect(r.code).toBe(0)
  expect(statuses('issues/create-comment')).toEqual([500, 500, 201])
  expect(r.stdout).toContain('GitHub API answered 500 to POST')
  expect(r.stdout).toContain(`GitHub API requests: ${server.requests.length}`)
  expect(server.comments).toHaveLength(1)
  expect(r.outputs['comment-id']).toBe(String(server.comments[0]?.id))
})

test('a 500 that outlasts the retries is a warning and does not change the lint result', async () => {
  change([payments, orders], brokenTail)
  server.fail({ operationId: 'issues/list-comments', status: 502, times: 100 })
  server.fail({ operationId: 'pulls/list-review-comments', status: 503, times: 100 })
  const r = await run()
  expect(statuses('issues/list-comments')).toEqual([502, 502, 502, 502])
  expect(r.code).toBe(1)
  // The broken entry is left out of the comparison: only orders-db is added.
  expect(r.outputs).toMatchObject({ 'lint-errors': '1', 'secrets-added': '1' })
  expect(r.annotations.some((a) => a.level === 'error' && a.props['title'] === 'entry-required')).toBe(true)
  expect(r.annotations.some((a) => a.level === 'warning' && a.message.includes('PR comment failed: '))).toBe(true)
  expect(r.summary).toContain('orders-db')
  expect(r.stdout).not.toContain('::error::secrets-injector: HTTP')
  expect(server.comments).toHaveLength(0)

  // Same run with a clean file: the API outage alone never fails the step.
  change([payments, orders])
  server.fail({ operationId: 'issues/list-comments', status: 500, times: 100 })
  expect((await run()).code).toBe(0)
})

test('a secondary rate limit is waited out (retry-after) and retried', async () => {
  change([payments, orders])
  server.fail({
    operationId: 'issues/create-comment',
    status: 403,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': '1' }
  })
  const r = await run()
  expect(r.code).toBe(0)
  expect(statuses('issues/create-comment')).toEqual([403, 201])
  expect(server.comments).toHaveLength(1)
  expect(r.annotations.some((a) => a.level === 'warning' && a.message.includes('secondary rate limit'))).toBe(true)
})

test('our comment deleted by a human: the next run creates a new one; deleted mid-run: too', async () => {
  change([payments, orders])
  await run()
  expect(server.comments).toHaveLength(1)
  server.comments.length = 0
  change([orders])
  await run()
  expect(server.comments).toHaveLength(1)

  // Deleted between our list and our edit: the edit gets 404, we create a fresh comment.
  const first = server.comments[0]?.id
  server.before.set('issues/update-comment', () => {
    server.comments.length = 0
  })
  change([payments])
  const r = await run()
  expect(r.code).toBe(0)
  expect(statuses('issues/update-comment').at(-1)).toBe(404)
  expect(server.comments).toHaveLength(1)
  expect(server.comments[0]?.id).not.toBe(first)
  expect(r.outputs['comment-id']).toBe(String(server.comments[0]?.id))
})

test('a read-only token (fork pull request): notice instead of comment, annotations and summary still there', async () => {
  change([payments, orders], brokenTail)
  const r = await run({ token: 'ghs_readonly', fork: true })
  expect(r.code).toBe(1)
  expect(server.comments).toHaveLength(0)
  expect(statuses('issues/create-comment')).toEqual([403])
  const notices = r.annotations.filter((a) => a.level === 'notice')
  expect(notices.some((n) => n.message.startsWith('PR comment skipped') && n.message.includes('two-workflow'))).toBe(true)
  expect(r.annotations.some((a) => a.level === 'error' && a.props['title'] === 'entry-required')).toBe(true)
  expect(r.summary).toContain('orders-db')
  expect(r.outputs['lint-errors']).toBe('1')

  change([payments, orders])
  expect((await run({ token: 'ghs_readonly', fork: true })).code).toBe(0)
})

test('a diff far over 65,536 characters: the comment is trimmed, the summary is complete', async () => {
  const many: EntrySpec[] = Array.from({ length: 1200 }, (_, i) => ({
    name: `app-${String(i).padStart(4, '0')}-credentials`,
    namespace: `team-${i % 300}`,
    remote: `remote-app-${i}-credentials-with-a-long-name`
  }))
  change(many)
  const r = await run()
  expect(r.code).toBe(0)
  expect(r.outputs['secrets-added']).toBe('1200')
  const body = server.comments[0]?.body ?? ''
  expect(body.length).toBeGreaterThan(1000)
  expect(body.length).toBeLessThanOrEqual(65_536)
  expect(body).toContain('job summary')
  expect(r.summary.length).toBeGreaterThan(65_536)
  expect(r.summary).toContain('app-1199-credentials')
})

test('two runs racing on the same PR leave exactly one comment', async () => {
  change([payments, orders])
  // Both runs list before either creates: the worst case.
  server.barrier.set('issues/list-comments', 2)
  const [a, b] = await Promise.all([run(), run()])
  expect(a.code).toBe(0)
  expect(b.code).toBe(0)
  expect(server.count('issues/create-comment')).toBe(2)
  expect(server.comments).toHaveLength(1)
  const marker = commentMarker(markerId('secrets', inputs.values))
  expect(server.comments[0]?.body.startsWith(marker)).toBe(true)
  // The survivor is the one both runs report.
  expect(new Set([a.outputs['comment-id'], b.outputs['comment-id']])).toEqual(new Set([String(server.comments[0]?.id)]))
})

test('an API that accepts connections and never answers: the run ends after api-timeout with the verdict written', async () => {
  change([payments, orders], brokenTail)
  const silent = await startSilentServer()
  try {
    const apiTimeout = 4
    const r = await run({ inputs: { ...inputs, 'api-timeout': String(apiTimeout) }, env: { GITHUB_API_URL: silent.url } })
    // Generous: process start-up and lint on a loaded machine, but nowhere near one request's 300 s of undici's own timeout.
    expect(r.ms).toBeLessThan((apiTimeout + 60) * 1000)
    expect(silent.connections()).toBeGreaterThan(0)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ 'lint-errors': '1', 'secrets-added': '1' })
    expect(r.annotations.some((a) => a.level === 'error' && a.props['title'] === 'entry-required')).toBe(true)
    expect(r.summary).toContain('orders-db')
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings.some((m) => m.startsWith('PR comment skipped') && m.includes(`api-timeout: ${apiTimeout} s`))).toBe(true)
  } finally {
    await silent.close()
  }
}, 150_000)
