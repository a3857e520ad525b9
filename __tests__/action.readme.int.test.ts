import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parse } from 'yaml'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, runnerInputs, syncPull, valuesFile, type TestRepo } from './helpers/github-server-harness.js'

/**
 * The README's workflow examples (docs/workflows.md), tried as a new user
 * would: the action step's `with:` block taken verbatim from the docs, the
 * defaults of action.yml filled in as the runner does, a repository with the
 * documented layout (secrets/*.yaml), and several pushes to one PR.
 */

// Each test runs the action as a process, several times: generous on a loaded machine.
vi.setConfig({ testTimeout: 240_000 })

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

function workflows(): unknown[] {
  const md = readFileSync(new URL('../docs/workflows.md', import.meta.url), 'utf8')
  return [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1] ?? ''))
}

function actionSteps(wf: unknown): Step[] {
  const jobs: unknown = typeof wf === 'object' && wf !== null ? Reflect.get(wf, 'jobs') : undefined
  const steps: Step[] = []
  for (const job of Object.values(typeof jobs === 'object' && jobs !== null ? jobs : {})) {
    const list: unknown = typeof job === 'object' && job !== null ? Reflect.get(job, 'steps') : undefined
    if (Array.isArray(list))
      for (const s of list)
        if (typeof s === 'object' && s !== null && String(Reflect.get(s, 'uses')).includes('secrets-injector@')) steps.push(s as Step)
  }
  return steps
}

const [prWorkflow, computeWorkflow, postWorkflow, publishWorkflow] = workflows()

test('every documented workflow uses only inputs action.yml declares', () => {
  for (const wf of [prWorkflow, computeWorkflow, postWorkflow, publishWorkflow]) {
    const steps = actionSteps(wf)
    expect(steps).toHaveLength(1)
    expect(() => runnerInputs(steps[0]?.with ?? {}, 'x')).not.toThrow()
  }
  expect(prWorkflow).toMatchObject({ on: { pull_request: null }, permissions: { 'pull-requests': 'write' } })
  expect(postWorkflow).toMatchObject({ on: { workflow_run: { types: ['completed'] } }, permissions: { 'pull-requests': 'write' } })
  expect(computeWorkflow).toMatchObject({ permissions: { contents: 'read' } })
})

describe('as a new user', () => {
  let server: FakeGitHub
  let repo: TestRepo
  beforeEach(async () => {
    server = await startGitHubServer()
    repo = makeRepo()
  })
  afterEach(async () => {
    expect(server.violations).toEqual([])
    await server.close()
    repo.cleanup()
  })

  test('the pull request workflow: one readable comment that stays correct over several pushes', async () => {
    const inputs = runnerInputs(actionSteps(prWorkflow)[0]?.with ?? {}, 'ghs_default')
    const base = repo.commit({ 'secrets/prod.yaml': valuesFile([{ name: 'payments-db', namespace: 'payments' }]) })
    const pushes = [
      [
        { name: 'payments-db', namespace: 'payments' },
        { name: 'orders-db', namespace: 'orders' }
      ],
      [
        { name: 'payments-db', namespace: 'payments', remote: 'payments-db-v2' },
        { name: 'orders-db', namespace: 'orders' }
      ],
      [{ name: 'orders-db', namespace: 'orders' }]
    ]
    const expected = [
      { added: '1', removed: '0', changed: '0', mentions: ['orders-db'] },
      { added: '1', removed: '0', changed: '1', mentions: ['orders-db', 'payments-db-v2'] },
      { added: '1', removed: '1', changed: '0', mentions: ['orders-db', 'payments-db'] }
    ]
    let id: number | undefined
    for (const [i, entries] of pushes.entries()) {
      const head = repo.commit({ 'secrets/prod.yaml': valuesFile(entries) })
      syncPull(server, repo, 3, base, head)
      const r = await runAction({
        server,
        cwd: repo.dir,
        event: 'pull_request',
        shas: { BASE_SHA: base, HEAD_SHA: head },
        prNumber: 3,
        inputs
      })
      expect(r.code).toBe(0)
      const want = expected[i]
      expect(r.outputs).toMatchObject({ 'secrets-added': want?.added, 'secrets-removed': want?.removed, 'secrets-changed': want?.changed })
      expect(server.comments).toHaveLength(1)
      const comment = server.comments[0]
      id ??= comment?.id
      expect(comment?.id).toBe(id)
      const body = comment?.body ?? ''
      for (const m of want?.mentions ?? []) expect(body).toContain(m)
      expect(body).toContain('## Secrets Injector')
      expect(body).toContain(head.slice(0, 7))
      expect(body.length).toBeLessThan(4000)
    }
    // The last push removed payments-db: the comment must say the Secret is deleted from the cluster.
    expect(server.comments[0]?.body).toMatch(/delet/i)
  })

  test('the fork pattern: compute with a read-only token, post from workflow_run', async () => {
    const computeInputs = runnerInputs(actionSteps(computeWorkflow)[0]?.with ?? {}, 'ghs_readonly')
    const postInputs = runnerInputs(actionSteps(postWorkflow)[0]?.with ?? {}, 'ghs_default')
    const base = repo.commit({ 'secrets/prod.yaml': valuesFile([{ name: 'payments-db', namespace: 'payments' }]) })
    const head = repo.commit({
      'secrets/prod.yaml': valuesFile([
        { name: 'payments-db', namespace: 'payments' },
        { name: 'orders-db', namespace: 'orders' }
      ])
    })
    // The workflow_run fixture's head repository: the fork the pull request comes from.
    syncPull(server, repo, 4, base, head, 'fork-owner/platform')
    const c = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      fork: true,
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: 4,
      inputs: computeInputs
    })
    expect(c.code).toBe(0)
    expect(server.comments).toHaveLength(0)
    // actions/upload-artifact + download-artifact: the same relative path in the other workspace.
    const reportPath = String(computeInputs['report-path'])
    const workspace = mkdtempSync(path.join(tmpdir(), 'si-post-'))
    try {
      mkdirSync(path.dirname(path.join(workspace, reportPath)), { recursive: true })
      cpSync(path.join(repo.dir, reportPath), path.join(workspace, reportPath))
      const p = await runAction({ server, cwd: workspace, event: 'workflow_run', shas: { HEAD_SHA: head }, inputs: postInputs })
      expect(p.code).toBe(0)
      expect(server.comments).toHaveLength(1)
      expect(server.comments[0]?.body).toContain('orders-db')
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

test('GitHub Enterprise Server: the API URL (with /api/v3) comes from the environment; pagination follows it', async () => {
  const ghes = await startGitHubServer({ prefix: '/api/v3' })
  const repo = makeRepo()
  try {
    const base = repo.commit({ 'secrets/prod.yaml': valuesFile([{ name: 'payments-db', namespace: 'payments' }]) })
    const head = repo.commit({ 'secrets/prod.yaml': valuesFile([{ name: 'orders-db', namespace: 'orders' }]) })
    syncPull(ghes, repo, 5, base, head)
    // 150 comments by people first: our comment is found on the second page.
    for (let i = 0; i < 150; i++)
      ghes.comments.push({
        id: i + 1,
        issue: 5,
        body: `lgtm ${i}`,
        login: 'alice',
        createdAt: '2025-01-01T00:00:00Z',
        updatedAt: '2025-01-01T00:00:00Z'
      })
    const inputs = { values: 'secrets/*.yaml' }
    await runAction({ server: ghes, cwd: repo.dir, event: 'pull_request', shas: { BASE_SHA: base, HEAD_SHA: head }, prNumber: 5, inputs })
    const r = await runAction({
      server: ghes,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: 5,
      inputs
    })
    expect(r.code).toBe(0)
    expect(ghes.url.endsWith('/api/v3')).toBe(true)
    expect(ghes.comments.filter((c) => c.login === 'github-actions[bot]')).toHaveLength(1)
    expect(ghes.violations).toEqual([])
  } finally {
    await ghes.close()
    repo.cleanup()
  }
})
