import { afterEach, expect, test } from 'vitest'
import { createGitHubClient } from '../src/github/client.js'
import { ApiDeadlineError, describeApiError } from '../src/github/errors.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { startSilentServer, type SilentServer } from './helpers/silent-server.js'

/**
 * The client's time bounds against servers that do not answer: every HTTP
 * attempt has a timeout (and is retried), all calls together have a
 * deadline after which nothing waits any more.
 */

const repo = { owner: 'acme', repo: 'platform' }
let silent: SilentServer | null = null
let fake: FakeGitHub | null = null
afterEach(async () => {
  await silent?.close()
  await fake?.close()
  silent = fake = null
})

test('an attempt that gets no answer times out and is retried; the error says so, not "HTTP 500"', async () => {
  silent = await startSilentServer()
  const logs: string[] = []
  const client = createGitHubClient({
    token: 't',
    baseUrl: silent.url,
    retryUnitMs: 1,
    requestTimeoutMs: 200,
    log: { info: (m) => logs.push(m), warning: (m) => logs.push(m) }
  })
  const t0 = Date.now()
  const error = await client.pullHead(repo, 1).catch((e: unknown) => e)
  expect(Date.now() - t0).toBeLessThan(10_000)
  expect(client.requestCount()).toBe(4)
  expect(silent.connections()).toBeGreaterThanOrEqual(1)
  expect(describeApiError(error)).toBe('no answer within 0.2 s')
  expect(logs.filter((l) => l.includes('did not answer GET'))).toHaveLength(4)
})

test('the deadline aborts the call in flight, and later calls fail at once without a request', async () => {
  silent = await startSilentServer()
  const client = createGitHubClient({ token: 't', baseUrl: silent.url, retryUnitMs: 1, requestTimeoutMs: 60_000, deadlineMs: 500 })
  const t0 = Date.now()
  const first = await client.listIssueComments(repo, 1).catch((e: unknown) => e)
  expect(Date.now() - t0).toBeLessThan(5_000)
  expect(first).toBeInstanceOf(ApiDeadlineError)
  expect(describeApiError(first)).toContain('api-timeout: 1 s')
  const sent = silent.connections()
  const t1 = Date.now()
  expect(await client.createIssueComment(repo, 1, 'x').catch((e: unknown) => e)).toBeInstanceOf(ApiDeadlineError)
  expect(Date.now() - t1).toBeLessThan(1_000)
  expect(silent.connections()).toBe(sent)
})

test('a rate limit whose retry-after lies past the deadline is not waited out', async () => {
  fake = await startGitHubServer()
  fake.fail({
    operationId: 'pulls/get',
    status: 403,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': '120' }
  })
  const logs: string[] = []
  const client = createGitHubClient({
    token: 'ghs_default',
    baseUrl: fake.url,
    deadlineMs: 5_000,
    log: { info: (m) => logs.push(m), warning: (m) => logs.push(m) }
  })
  const t0 = Date.now()
  const error = await client.pullHead(repo, 3).catch((e: unknown) => e)
  expect(Date.now() - t0).toBeLessThan(60_000)
  expect(describeApiError(error)).toMatch(/^HTTP 403: You have exceeded a secondary rate limit/)
  expect(logs.some((l) => l.includes("retry-after 120s is past the run's deadline"))).toBe(true)
  expect(fake.count('pulls/get')).toBe(1)
})
