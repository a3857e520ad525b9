import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, syncPull, valuesFile, type TestRepo } from './helpers/github-server-harness.js'

/**
 * The gitops-* inputs wired to src/gitops/publish.ts, through the action
 * process. The "server" is a directory of bare repositories reached with
 * file:// (GITHUB_SERVER_URL), so the remote the action derives from the
 * repository name is a real one; the fake GitHub API serves the same
 * repository for verified commits.
 */

// Each test runs the action as a process, several times: generous on a loaded machine.
vi.setConfig({ testTimeout: 240_000 })

let server: FakeGitHub
let repo: TestRepo
let hosting: string
let bare: string
const payments = { name: 'payments-db', namespace: 'payments' }
const orders = { name: 'orders-db', namespace: 'orders' }

beforeEach(async () => {
  repo = makeRepo()
  hosting = mkdtempSync(path.join(tmpdir(), 'si-hosting-'))
  bare = path.join(hosting, 'acme', 'platform.git')
  mkdirSync(bare, { recursive: true })
  execFileSync('git', ['init', '-q', '--bare', bare])
  // The same repository behind git (file://) and behind the API (GraphQL, git data), as on GitHub.
  server = await startGitHubServer({ gitDir: bare })
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
  rmSync(hosting, { recursive: true, force: true })
})

const env = () => ({
  GITHUB_SERVER_URL: `file://${hosting}`,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
})
const lsTree = (branch: string) =>
  execFileSync('git', ['--git-dir', bare, 'ls-tree', '-r', '--name-only', branch], { encoding: 'utf8' }).trim().split('\n')

test('push with gitops-branch publishes the rendered manifests and sets the outputs', async () => {
  const before = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
  const after = repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) })
  const inputs = { values: 'values/*.yaml', 'gitops-branch': 'gitops', 'gitops-path': 'clusters/prod' }
  const r = await runAction({ server, cwd: repo.dir, event: 'push', shas: { BEFORE_SHA: before, AFTER_SHA: after }, inputs, env: env() })
  expect(r.code, r.stdout).toBe(0)
  expect(r.outputs['gitops-changed']).toBe('true')
  expect(r.outputs['gitops-commit']).toMatch(/^[0-9a-f]{40}$/)
  expect(r.outputs['gitops-files-added']!.split('\n')).toEqual(
    expect.arrayContaining([
      'clusters/prod/clusterexternalsecret-orders-db.yaml',
      'clusters/prod/clusterexternalsecret-payments-db.yaml',
      'clusters/prod/clustersecretstore-platform-kv.yaml',
      'clusters/prod/kustomization.yaml'
    ])
  )
  expect(r.outputs['gitops-files-removed']).toBe('')
  expect(lsTree('gitops')).toEqual(
    expect.arrayContaining([
      'clusters/prod/clusterexternalsecret-orders-db.yaml',
      'clusters/prod/clusterexternalsecret-payments-db.yaml',
      'clusters/prod/clustersecretstore-platform-kv.yaml'
    ])
  )

  // The job summary says what publishing did, the commit linked; the commit body says it Secret by Secret.
  const sha = r.outputs['gitops-commit'] ?? ''
  expect(r.summary).toContain(
    `**GitOps publish:** published [\`${sha.slice(0, 12)}\`](file://${hosting}/acme/platform/commit/${sha}) ` +
      'to branch `gitops` (`clusters/prod/`): 5 files added, 0 removed, 0 changed.\n\n- added: `clusters/prod/'
  )
  expect(r.summary.match(/GitOps publish:/g)).toHaveLength(1)
  expect(r.summary.startsWith('<!-- secrets-injector:comment')).toBe(true)
  const body = execFileSync('git', ['--git-dir', bare, 'log', '-1', '--format=%b', 'gitops'], { encoding: 'utf8' })
  expect(body).toContain('Secrets: 2 added, 0 removed, 0 changed in 2 namespaces. 1 store change.')
  expect(body).toContain(
    'namespace orders (1 added, 0 removed, 0 changed):\n- orders-db added: single value from store platform-kv, key value'
  )

  // Same content again: nothing to commit, the tip is reported.
  const again = await runAction({ server, cwd: repo.dir, event: 'push', shas: { BEFORE_SHA: after, AFTER_SHA: after }, inputs, env: env() })
  expect(again.outputs['gitops-changed']).toBe('false')
  expect(again.outputs['gitops-commit']).toBe(r.outputs['gitops-commit'])
  expect(again.summary).toContain(
    '**GitOps publish:** no change: branch `gitops` (`clusters/prod/`) already holds these manifests at ' +
      `[\`${sha.slice(0, 12)}\`](file://${hosting}/acme/platform/commit/${sha}).`
  )
})

test('pull requests publish only with gitops-on-pull-request; lint errors never publish', async () => {
  const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
  const head = repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) })
  syncPull(server, repo, 9, base, head)
  const pr = (extra: Record<string, string>) =>
    runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      prNumber: 9,
      shas: { BASE_SHA: base, HEAD_SHA: head },
      inputs: { values: 'values/*.yaml', 'gitops-branch': 'preview-9', comment: 'off', ...extra },
      env: env()
    })
  const skipped = await pr({})
  expect(skipped.code).toBe(0)
  expect(skipped.outputs['gitops-changed']).toBeUndefined()
  const published = await pr({ 'gitops-on-pull-request': 'true' })
  expect(published.outputs['gitops-changed']).toBe('true')
  expect(lsTree('preview-9').some((f) => f.endsWith('clusterexternalsecret-orders-db.yaml'))).toBe(true)

  const broken = repo.commit({ 'values/prod.yaml': `${valuesFile([payments])}  - secret: x\n    namespace: y\n` })
  const r = await runAction({
    server,
    cwd: repo.dir,
    event: 'push',
    shas: { BEFORE_SHA: head, AFTER_SHA: broken },
    inputs: { values: 'values/*.yaml', 'gitops-branch': 'gitops', 'fail-on': 'never' },
    env: env()
  })
  expect(r.code).toBe(0)
  expect(r.outputs['gitops-changed']).toBeUndefined()
  expect(r.annotations.some((a) => a.level === 'notice' && a.message.includes('skipped: lint found errors'))).toBe(true)
  expect(r.summary).toContain(
    '**GitOps publish:** not published to branch `gitops` (`manifests/`): lint found errors; nothing broken is ever published'
  )
})

test('a run the findings fail (fail-on: warning) publishes nothing', async () => {
  const before = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
  const after = repo.commit({ 'values/prod.yaml': valuesFile([payments, { ...orders, remote: 'changeme' }]) })
  const r = await runAction({
    server,
    cwd: repo.dir,
    event: 'push',
    shas: { BEFORE_SHA: before, AFTER_SHA: after },
    inputs: { values: 'values/*.yaml', 'gitops-branch': 'gitops', 'fail-on': 'warning' },
    env: env()
  })
  expect(r.code, r.stdout).toBe(1)
  expect(r.annotations.some((a) => a.level === 'warning' && a.props['title'] === 'placeholder-value')).toBe(true)
  expect(r.outputs['gitops-changed']).toBeUndefined()
  expect(execFileSync('git', ['--git-dir', bare, 'branch', '--list'], { encoding: 'utf8' })).toBe('')
  expect(r.summary).toContain('**GitOps publish:** not published to branch `gitops` (`manifests/`): the findings fail the step')
})

test('gitops-verified commits through the run’s one GitHub client: a secondary rate limit on the commit is waited out', async () => {
  const before = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
  const after = repo.commit({ 'values/prod.yaml': valuesFile([payments, orders]) })
  server.fail({
    operationId: 'graphql/createCommitOnBranch',
    status: 403,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': '1' }
  })
  const inputs = { values: 'values/*.yaml', 'gitops-branch': 'gitops', 'gitops-path': 'clusters/prod', 'gitops-verified': 'true' }
  const r = await runAction({ server, cwd: repo.dir, event: 'push', shas: { BEFORE_SHA: before, AFTER_SHA: after }, inputs, env: env() })
  expect(r.code, r.stdout).toBe(0)
  // A missing branch starts with a file-less root commit (REST), then the manifests go in through createCommitOnBranch.
  expect(server.requests.map((q) => `${q.operationId ?? ''} ${q.status}`)).toEqual([
    'graphql/repository 200',
    'git/create-tree 201',
    'git/create-commit 201',
    'git/create-ref 201',
    'graphql/repository 200',
    'graphql/repository 200',
    'graphql/createCommitOnBranch 403',
    'graphql/createCommitOnBranch 200'
  ])
  // The retry went through the client that counts every request of the run.
  expect(r.stdout).toContain(`GitHub API requests: ${server.requests.length}`)
  expect(r.annotations.some((a) => a.level === 'warning' && a.message.includes('secondary rate limit on POST /graphql'))).toBe(true)
  const tip = execFileSync('git', ['--git-dir', bare, 'rev-parse', 'refs/heads/gitops'], { encoding: 'utf8' }).trim()
  expect(r.outputs['gitops-commit']).toBe(tip)
  expect(r.outputs['gitops-changed']).toBe('true')
  expect(lsTree('gitops')).toEqual(
    expect.arrayContaining(['clusters/prod/clusterexternalsecret-orders-db.yaml', 'clusters/prod/clusterexternalsecret-payments-db.yaml'])
  )
  const subject = execFileSync('git', ['--git-dir', bare, 'log', '-1', '--format=%s', 'gitops'], { encoding: 'utf8' }).trim()
  expect(subject).toBe(`secrets-injector: render ${after.slice(0, 7)}`)
})
