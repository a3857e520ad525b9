import { afterEach, beforeEach, expect, test } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

/** The fake GitHub API rejects what GitHub would reject: the action tests rely on it. */

let server: FakeGitHub
beforeEach(async () => {
  server = await startGitHubServer()
})
afterEach(async () => {
  await server.close()
})

const call = (method: string, path: string, body?: unknown, token = 'ghs_default') =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })

test('a valid request is served and leaves no violation', async () => {
  const r = await call('POST', '/repos/acme/platform/issues/3/comments', { body: 'hi' })
  expect(r.status).toBe(201)
  expect(server.violations).toEqual([])
})

test.each([
  ['a missing required body field', 'POST', '/repos/acme/platform/issues/3/comments', { text: 'hi' }, /body/],
  ['a wrong body type', 'PATCH', '/repos/acme/platform/issues/comments/5', { body: 42 }, /body/],
  ['an unknown query parameter', 'GET', '/repos/acme/platform/issues/3/comments?perpage=5', undefined, /query/],
  ['a path parameter of the wrong type', 'GET', '/repos/acme/platform/pulls/abc/files', undefined, /path/],
  ['a wrong review event', 'POST', '/repos/acme/platform/pulls/3/reviews', { event: 'APPROVE_ALL' }, /event|body/]
])('%s gets 422 and is recorded', async (_what, method, path, body, pattern) => {
  const r = await call(method, path, body)
  expect(r.status).toBe(422)
  expect(server.violations.join('\n')).toMatch(pattern)
})

test('an endpoint GitHub does not have, or one the fake does not implement, is a violation', async () => {
  expect((await call('GET', '/repos/acme/platform/nonsense')).status).toBe(404)
  expect((await call('GET', '/repos/acme/platform/releases')).status).toBe(404)
  expect(server.violations).toEqual([
    'GET /repos/acme/platform/nonsense is not a GitHub REST endpoint',
    'GET /repos/{owner}/{repo}/releases is not implemented by the fake server'
  ])
})

test('tokens: unknown is 401, read-only cannot write, installation tokens cannot read /user', async () => {
  expect((await call('GET', '/user', undefined, 'nope')).status).toBe(401)
  expect((await call('POST', '/repos/acme/platform/issues/3/comments', { body: 'x' }, 'ghs_readonly')).status).toBe(403)
  expect((await call('GET', '/user')).status).toBe(403)
  expect((await call('GET', '/user', undefined, 'ghp_alice')).status).toBe(200)
  expect(server.violations).toEqual([])
})

test('GraphQL is checked against GitHub’s schema: unknown fields and badly typed variables are violations', async () => {
  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'token ghs_default', 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables })
    })
  expect((await graphql('query { repository(owner: "acme", name: "platform") { nonsense } }')).status).toBe(200)
  expect(server.violations.join('\n')).toMatch(/graphql\/repository: GraphQL: Cannot query field "nonsense" on type "Repository"/)
  server.violations.length = 0
  await graphql('mutation M($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }', {
    input: { branch: { branchName: 'x' }, message: { headline: 'h' } }
  })
  expect(server.violations.join('\n')).toMatch(/graphql\/createCommitOnBranch: GraphQL variables: .*expectedHeadOid/)
  server.violations.length = 0
})
