import { afterEach, expect, test } from 'vitest'
import { createGitHubClient } from '../src/github/client.js'
import { describeApiError } from '../src/github/errors.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

/**
 * Writes the client must not repeat on its own: a gateway can answer 502
 * after GitHub stored the write, and a review, unlike the sticky comment
 * (which converges on one), has no later step that removes a duplicate.
 */

const repo = { owner: 'acme', repo: 'platform' }
let fake: FakeGitHub | null = null
afterEach(async () => {
  expect(fake?.violations ?? []).toEqual([])
  await fake?.close()
  fake = null
})

test('a review GitHub stored but answered 502 for is not posted again', async () => {
  fake = await startGitHubServer()
  const server = fake
  const head = 'b'.repeat(40)
  server.pulls.set(7, {
    number: 7,
    headSha: head,
    baseSha: 'a'.repeat(40),
    files: [{ filename: 'values/prod.yaml', status: 'modified', patch: '@@ -1,1 +1,2 @@\n a: 1\n+b: 2' }]
  })
  // What GitHub did before its gateway gave up: the review is there, the answer is a 502.
  server.before.set('pulls/create-review', () => {
    if (server.reviewComments.length > 0) return
    server.reviewComments.push({
      id: 1,
      pull: 7,
      reviewId: 1,
      path: 'values/prod.yaml',
      line: 2,
      body: 'finding',
      login: 'github-actions[bot]',
      commitId: head
    })
  })
  server.fail({ operationId: 'pulls/create-review', status: 502 })
  const client = createGitHubClient({ token: 'ghs_default', baseUrl: server.url, retryUnitMs: 1 })
  const error = await client
    .createReview(repo, 7, {
      commitId: head,
      body: 'Secrets Injector: 1 lint finding',
      comments: [{ path: 'values/prod.yaml', line: 2, body: 'finding' }]
    })
    .catch((e: unknown) => e)
  expect(describeApiError(error)).toMatch(/^HTTP 502/)
  expect(server.count('pulls/create-review')).toBe(1)
  expect(server.reviewComments).toHaveLength(1)
})

test('reads are still retried after a 502', async () => {
  fake = await startGitHubServer()
  fake.pulls.set(7, { number: 7, headSha: 'b'.repeat(40), baseSha: 'a'.repeat(40), files: [] })
  fake.fail({ operationId: 'pulls/list-review-comments', status: 502 })
  const client = createGitHubClient({ token: 'ghs_default', baseUrl: fake.url, retryUnitMs: 1 })
  expect(await client.listReviewComments(repo, 7)).toEqual([])
  expect(fake.count('pulls/list-review-comments')).toBe(2)
})
