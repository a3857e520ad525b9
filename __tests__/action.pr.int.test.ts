import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { commentMarker, legacyMarkerId } from '../src/action/marker.js'
import { makeRepo, runAction, shallowClone, syncPull, valuesFile, type TestRepo } from './helpers/github-server-harness.js'

/**
 * The action as a process on pull_request and push events, against the fake
 * GitHub API (every request validated against GitHub's OpenAPI description)
 * and real git repositories.
 */

// Each test runs the action as a process, several times: generous on a loaded machine.
vi.setConfig({ testTimeout: 240_000 })

let server: FakeGitHub
let repo: TestRepo
const PR = 7
const inputs = { values: 'values/*.yaml' }

beforeEach(async () => {
  server = await startGitHubServer()
  repo = makeRepo()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
})

const payments = { name: 'payments-db', namespace: 'payments' }
const orders = { name: 'orders-db', namespace: 'orders' }
const billing = { name: 'billing-api', namespace: 'billing' }

async function push(files: Record<string, string | null>, base: string) {
  const head = repo.commit(files)
  syncPull(server, repo, PR, base, head)
  return runAction({ server, cwd: repo.dir, event: 'pull_request', shas: { BASE_SHA: base, HEAD_SHA: head }, prNumber: PR, inputs })
}

describe('pull request comment', () => {
  test('a Secret moved to another namespace: one move in the outputs, one removal plus one addition as in the diff JSON', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) })
    const r = await push({ 'values/prod.yaml': valuesFile([{ ...payments, namespace: 'billing' }, orders]) }, base)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ 'secrets-added': '1', 'secrets-removed': '1', 'secrets-changed': '0', 'secrets-moved': '1' })
  })

  test('several pushes keep exactly one comment, edited in place, with the right content', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })

    const r1 = await push({ 'values/prod.yaml': valuesFile([payments, orders]) }, base)
    expect(r1.code).toBe(0)
    expect(server.comments).toHaveLength(1)
    const id = server.comments[0]?.id
    expect(r1.outputs['comment-id']).toBe(String(id))
    expect(r1.outputs['comment-url']).toContain(`#issuecomment-${id}`)
    expect(r1.outputs).toMatchObject({ 'secrets-added': '1', 'secrets-removed': '0', 'secrets-changed': '0', 'lint-errors': '0' })
    expect(server.comments[0]?.body).toContain('`orders-db`')
    // First run: find once, create once, and list again to settle a possible race (asking who we are, as a marker comment exists).
    // (No pulls/list-files: the base is in git and there is no finding to comment inline.)
    expect(server.requests.map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'graphql/viewer'
    ])

    server.requests.length = 0
    const r2 = await push({ 'values/prod.yaml': valuesFile([payments, orders, billing]) }, base)
    expect(r2.code).toBe(0)
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]?.id).toBe(id)
    expect(server.comments[0]?.body).toContain('`billing-api`')
    expect(r2.outputs['secrets-added']).toBe('2')
    expect(server.requests.map((r) => r.operationId)).toEqual(['issues/list-comments', 'graphql/viewer', 'issues/update-comment'])

    // Back to the base content: the comment says so instead of keeping stale news.
    const r3 = await push({ 'values/prod.yaml': valuesFile([payments]) }, base)
    expect(r3.outputs['secrets-added']).toBe('0')
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]?.body).not.toContain('`billing-api`')
    expect(server.comments[0]?.body.split('\n').filter((l) => l.trim() !== '').length).toBeLessThan(6)

    // Re-running the same commit writes nothing.
    server.requests.length = 0
    const head = repo.git('rev-parse', 'HEAD')
    await runAction({ server, cwd: repo.dir, event: 'pull_request', shas: { BASE_SHA: base, HEAD_SHA: head }, prNumber: PR, inputs })
    expect(server.count('issues/update-comment') + server.count('issues/create-comment')).toBe(0)
    expect(server.comments).toHaveLength(1)
  })

  test('a values file added and one deleted by the PR diff against nothing; the summary and the JSON agree', async () => {
    const base = repo.commit({ 'values/old.yaml': valuesFile([payments], 'old-kv') })
    const r = await push({ 'values/old.yaml': null, 'values/new.yaml': valuesFile([orders], 'new-kv') }, base)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ 'secrets-added': '1', 'secrets-removed': '1' })
    const json: unknown = JSON.parse(r.diffJson ?? 'null')
    expect(json).toMatchObject({ version: 2, counts: { added: 1, removed: 1, changed: 0 } })
    expect(r.summary).toContain('payments-db')
    expect(r.summary).toContain('orders-db')
    expect(Object.keys(r.manifests).sort()).toEqual(['clusterexternalsecret-orders-db.yaml', 'clustersecretstore-new-kv.yaml'])
  })

  test('shallow checkout: the base comes from the contents API at the base SHA', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]), 'values/extra.yaml': valuesFile([billing], 'extra-kv') })
    const head = repo.commit({ 'values/prod.yaml': valuesFile([orders]) })
    syncPull(server, repo, PR, base, head)
    server.contents.set(
      base,
      new Map([
        ['values/prod.yaml', valuesFile([payments])],
        ['values/extra.yaml', valuesFile([billing], 'extra-kv')]
      ])
    )
    const clone = shallowClone(repo)
    try {
      expect(clone.git('rev-parse', 'HEAD')).toBe(head)
      const r = await runAction({
        server,
        cwd: clone.dir,
        event: 'pull_request',
        shas: { BASE_SHA: base, HEAD_SHA: head },
        prNumber: PR,
        inputs
      })
      expect(r.code).toBe(0)
      expect(server.count('repos/get-content')).toBe(2)
      expect(r.outputs).toMatchObject({ 'secrets-added': '1', 'secrets-removed': '1', 'secrets-changed': '0' })
      expect(r.stdout).toContain('via api')
    } finally {
      clone.cleanup()
    }
  })

  test('the values input reordered and commented is the same set: one comment, edited; an older marker is adopted', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]), 'values/extra.yaml': valuesFile([billing], 'extra-kv') })
    const first = 'values/prod.yaml\nvalues/extra.yaml'
    const prod = (entries: Array<typeof payments>) => ({ 'values/prod.yaml': valuesFile(entries) })
    const runWith = (values: string) => {
      const head = repo.git('rev-parse', 'HEAD')
      syncPull(server, repo, PR, base, head)
      return runAction({
        server,
        cwd: repo.dir,
        event: 'pull_request',
        shas: { BASE_SHA: base, HEAD_SHA: head },
        prNumber: PR,
        inputs: { values }
      })
    }
    repo.commit(prod([payments, orders]))
    expect((await runWith(first)).code).toBe(0)
    expect(server.comments).toHaveLength(1)
    const id = server.comments[0]?.id

    repo.commit(prod([payments, orders, { name: 'ledger-api', namespace: 'ledger' }]))
    const reordered = '# production and the shared extras\n\n  values/extra.yaml\n# prod last\nvalues/prod.yaml  \n'
    const r = await runWith(reordered)
    expect(r.code).toBe(0)
    expect(server.comments.map((c) => c.id)).toEqual([id])
    expect(server.comments[0]?.body).toContain('`ledger-api`')
    expect(server.count('issues/create-comment')).toBe(1)
    expect(server.count('issues/update-comment')).toBe(1)

    // A comment an older version wrote for this input (its marker hashed the lines as written) is taken over, not orphaned.
    const legacy = commentMarker(legacyMarkerId('secrets', reordered))
    server.comments[0]!.body = `${legacy}\nreport of an older version`
    repo.commit(prod([payments]))
    await runWith(reordered)
    expect(server.comments.map((c) => c.id)).toEqual([id])
    expect(server.comments[0]?.body.startsWith(legacy)).toBe(false)
    expect(server.comments[0]?.body).not.toContain('`ledger-api`')
  })

  test('comment: on-change posts nothing when no Secret changes; always posts one line', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    const head = repo.commit({ 'README.md': 'docs only\n' })
    syncPull(server, repo, PR, base, head)
    const run = (comment: string) =>
      runAction({
        server,
        cwd: repo.dir,
        event: 'pull_request',
        shas: { BASE_SHA: base, HEAD_SHA: head },
        prNumber: PR,
        inputs: { ...inputs, comment }
      })
    const quiet = await run('on-change')
    expect(quiet.code).toBe(0)
    expect(server.comments).toHaveLength(0)
    expect(quiet.outputs['comment-id']).toBeUndefined()
    expect(quiet.summary).not.toBe('')
    await run('always')
    expect(server.comments).toHaveLength(1)
    const lines = (server.comments[0]?.body ?? '').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('<!--'))
    expect(lines.length).toBeLessThanOrEqual(4)
    await run('off')
    expect(server.comments).toHaveLength(1)
  })
})

test('only our own marker comment is edited: not a human quoting it, not another app’s bot; a personal token is checked too', async () => {
  const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
  const first = await push({ 'values/prod.yaml': valuesFile([payments, orders]) }, base)
  const ours = server.comments[0]
  expect(first.code).toBe(0)
  // Someone quotes the whole comment, marker included.
  server.comments.push({
    id: 1,
    issue: PR,
    body: `> quoting\n${ours?.body ?? ''}`,
    login: 'bob',
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z'
  })
  // Another GitHub App's bot posts text a pull request author chose, our marker in it, before our comment.
  server.comments.push({
    id: 2,
    issue: PR,
    body: `${ours?.body.split('\n')[0] ?? ''}\nAll Secrets checked: nothing changes.`,
    login: 'summary-app[bot]',
    createdAt: '2020-01-01T00:00:01Z',
    updatedAt: '2020-01-01T00:00:01Z'
  })
  await push({ 'values/prod.yaml': valuesFile([payments, orders, billing]) }, base)
  expect(server.comments.find((c) => c.id === 1)?.body.startsWith('> quoting')).toBe(true)
  expect(server.comments.find((c) => c.id === 2)?.body).toContain('All Secrets checked: nothing changes.')
  expect(server.comments.find((c) => c.id === ours?.id)?.body).toContain('billing-api')

  // A personal access token posts as its user: the API's viewer tells which comments are ours.
  const head = repo.git('rev-parse', 'HEAD')
  const run = () =>
    runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs,
      token: 'ghp_alice'
    })
  await run()
  await run()
  expect(server.comments.filter((c) => c.login === 'alice')).toHaveLength(1)
  expect(server.count('graphql/viewer')).toBeGreaterThan(1)
  expect(server.comments).toHaveLength(4)
})

describe('lint findings', () => {
  const broken =
    valuesFile([payments]) +
    [
      '  - secret: orders-db',
      '    clustersecstore: platform-kv',
      '    namespace: orders',
      '    namespacesecretname: orders-db',
      '    namespacesecretkeyname: value',
      '    argocdBearerToken: true',
      ''
    ].join('\n')

  test('annotations with file and line; inline review comments on changed lines only, never repeated', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    const r1 = await push({ 'values/prod.yaml': broken }, base)
    expect(r1.code).toBe(1)
    expect(r1.outputs).toMatchObject({ 'lint-errors': '1', 'lint-warnings': '1' })
    const errors = r1.annotations.filter((a) => a.level === 'error' && a.props['file'] === 'values/prod.yaml')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.props).toMatchObject({ line: '13', col: '5', title: 'entry-required' })
    expect(r1.annotations.some((a) => a.level === 'warning' && a.props['title'] === 'ineffective-flag' && a.props['line'] === '18')).toBe(
      true
    )
    expect(server.reviewComments.map((c) => [c.path, c.line])).toEqual([
      ['values/prod.yaml', 13],
      ['values/prod.yaml', 18]
    ])
    expect(server.reviewComments[0]?.body).toContain('entry-required')
    // The comment still appears: the diff is shown even when lint fails.
    expect(server.comments).toHaveLength(1)

    // A re-run of the same commit: no new review comments.
    const head = repo.git('rev-parse', 'HEAD')
    const r2 = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs
    })
    expect(r2.code).toBe(1)
    expect(server.reviewComments).toHaveLength(2)
    expect(server.count('pulls/create-review')).toBe(1)
  })

  test('fail-on: never keeps the step green; a finding outside the diff stays an annotation', async () => {
    const base = repo.commit({ 'values/prod.yaml': broken })
    const r = await push({ 'values/other.yaml': valuesFile([billing], 'other-kv') }, base)
    expect(r.code).toBe(1)
    expect(server.reviewComments).toHaveLength(0)
    const head = repo.git('rev-parse', 'HEAD')
    const lenient = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs: { ...inputs, 'fail-on': 'never' }
    })
    expect(lenient.code).toBe(0)
    expect(lenient.annotations.some((a) => a.level === 'error' && a.props['title'] === 'entry-required')).toBe(true)
  })
})

describe('info findings', () => {
  test('an info is a notice: not a warning, no inline comment, never a failure (fail-on: warning)', async () => {
    const aws = valuesFile([payments], 'aws-sm').replace(/ {2}azurekv:\n.*\n.*\n/, '  providerType: aws\n  aws:\n    region: eu-west-1\n')
    expect(aws).toContain('providerType: aws')
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    const head = repo.commit({ 'values/prod.yaml': aws })
    syncPull(server, repo, PR, base, head)
    const shas = { BASE_SHA: base, HEAD_SHA: head }
    const r = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas,
      prNumber: PR,
      inputs: { ...inputs, 'fail-on': 'warning' }
    })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ 'lint-errors': '0', 'lint-warnings': '0' })
    const notes = r.annotations.filter((a) => a.props['title'] === 'aws-controller-credentials')
    expect(notes.map((a) => [a.level, a.props['file'], a.props['line']])).toEqual([['notice', 'values/prod.yaml', '4']])
    expect(server.reviewComments).toEqual([])
    expect(server.comments[0]?.body).toContain('ℹ️ info')
    expect(server.comments[0]?.body).toContain('(0 errors, 0 warnings, 1 info)')
  })
})

describe('push', () => {
  test('job summary and outputs against the previous tip; no pull request calls', async () => {
    const before = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    const after = repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) })
    const r = await runAction({ server, cwd: repo.dir, event: 'push', shas: { BEFORE_SHA: before, AFTER_SHA: after }, inputs })
    expect(r.code).toBe(0)
    expect(r.outputs['secrets-added']).toBe('1')
    expect(r.summary).toContain('orders-db')
    expect(server.requests).toEqual([])
    expect(r.outputs['comment-id']).toBeUndefined()
  })

  test('workflow_dispatch: base-ref picks the base; without it everything is new, with a notice', async () => {
    const first = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    repo.git('tag', 'v1', first)
    repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) })
    const withBase = await runAction({ server, cwd: repo.dir, event: 'workflow_dispatch', inputs: { ...inputs, 'base-ref': 'v1' } })
    expect(withBase.outputs).toMatchObject({ 'secrets-added': '1', 'secrets-removed': '0' })
    const without = await runAction({ server, cwd: repo.dir, event: 'workflow_dispatch', inputs })
    expect(without.outputs['secrets-added']).toBe('2')
    expect(without.annotations.some((a) => a.level === 'notice' && a.message.startsWith('No base commit'))).toBe(true)
    expect(server.requests).toEqual([])
  })

  test('a values input that matches nothing fails, naming the input', async () => {
    repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    const r = await runAction({ server, cwd: repo.dir, event: 'push', inputs: { values: 'nothing/*.yaml' } })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("Input 'values'")
  })
})
