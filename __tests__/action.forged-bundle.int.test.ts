import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, syncPull, valuesFile, type RunOptions, type TestRepo } from './helpers/github-server-harness.js'

/**
 * Forged report bundles. The bundle of the two-workflow pattern comes from
 * the `pull_request` run, whose workflow file a pull request can change, so
 * `mode: post` (write token) must treat every byte of it as an attacker's:
 * it posts only words it wrote itself, and only on the pull request and
 * commit the triggering run really built.
 */

vi.setConfig({ testTimeout: 240_000 })

const FORGED = 'No Secret changes. Approved by @acme/security-team'
const PR = 21

let server: FakeGitHub
let repo: TestRepo
let dir: string
let base: string
let head: string

beforeEach(async () => {
  server = await startGitHubServer()
  repo = makeRepo()
  dir = mkdtempSync(path.join(tmpdir(), 'si-forged-'))
  base = repo.commit({ 'values/prod.yaml': valuesFile([{ name: 'payments-db', namespace: 'payments' }]) })
  // The change removes a Secret: the honest report says so.
  head = repo.commit({ 'values/prod.yaml': valuesFile([{ name: 'orders-db', namespace: 'orders' }]) })
  syncPull(server, repo, PR, base, head, 'fork-owner/platform')
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
  rmSync(dir, { recursive: true, force: true })
})

const bundlePath = (name = 'report.json') => path.join(dir, name)

async function compute(): Promise<Record<string, unknown>> {
  const r = await runAction({
    server,
    cwd: repo.dir,
    event: 'pull_request',
    fork: true,
    token: 'ghs_readonly',
    shas: { BASE_SHA: base, HEAD_SHA: head },
    prNumber: PR,
    inputs: { values: 'values/*.yaml', mode: 'compute', 'report-path': bundlePath() }
  })
  expect(r.code, r.stdout).toBe(0)
  const bundle: unknown = JSON.parse(readFileSync(bundlePath(), 'utf8'))
  if (typeof bundle !== 'object' || bundle === null) throw new Error('no bundle')
  return { ...bundle }
}

function post(bundle: unknown, over: Partial<RunOptions> = {}) {
  writeFileSync(bundlePath('posted.json'), typeof bundle === 'string' ? bundle : JSON.stringify(bundle))
  return runAction({
    server,
    cwd: dir,
    event: 'workflow_run',
    shas: { HEAD_SHA: head },
    inputs: { mode: 'post', 'report-path': bundlePath('posted.json') },
    ...over
  })
}

const posted = () => server.comments.map((c) => c.body).join('\n') + server.reviewComments.map((c) => c.body).join('\n')

test('a bundle of the old format, whose comment text was forged, is refused with a clear message', async () => {
  const forged = {
    version: 1,
    markerId: '0123456789abcdef',
    repository: 'acme/platform',
    pullRequest: PR,
    headSha: head,
    commentBody: `<!-- secrets-injector:0123456789abcdef -->\n${FORGED}`,
    fallbackBody: FORGED,
    report: FORGED,
    findings: []
  }
  const r = await post(forged)
  expect(r.code).toBe(1)
  expect(r.annotations.some((a) => a.level === 'error' && /report bundle version 1 .*compute and post/.test(a.message))).toBe(true)
  expect(server.comments).toHaveLength(0)
  expect(r.summary).not.toContain('Approved by')
})

test('text smuggled into any field of a current bundle is refused; nothing is posted', async () => {
  const honest = await compute()
  const forgeries: Array<[string, unknown]> = [
    ['an extra field', { ...honest, commentBody: FORGED }],
    [
      'a finding with a message',
      { ...honest, findings: [{ file: 'values/prod.yaml', line: 1, column: 1, severity: 'info', rule: 'unknown-key', message: FORGED }] }
    ],
    [
      'a finding of a rule that does not exist',
      { ...honest, findings: [{ file: 'values/prod.yaml', line: 1, column: 1, severity: 'info', rule: 'approved-by-security' }] }
    ],
    ['a Secret named like a sentence', withRecordName(honest, FORGED)],
    ['a huge file name', withRecordFile(honest, 'x'.repeat(100_000))],
    ['not JSON', `${JSON.stringify(honest).slice(0, 50)}`]
  ]
  for (const [what, bundle] of forgeries) {
    const r = await post(bundle)
    expect(r.code, what).toBe(1)
    expect(r.stdout, what).toMatch(/::error::.*report bundle/)
    expect(server.comments, what).toHaveLength(0)
    expect(r.summary, what).not.toContain('Approved by')
  }
})

test('a bundle for another pull request or commit than the triggering run built is refused', async () => {
  const honest = await compute()
  // Same-repository pull requests: the run names them, and the bundle must be one of them.
  const other = await post(
    { ...honest, pullRequest: 99 },
    { workflowRun: { pull_requests: [{ number: PR }], head_repository: { full_name: 'acme/platform' } } }
  )
  expect(other.code).toBe(1)
  expect(other.stdout).toContain('pull request #99')
  // Another commit than the run built.
  const commit = await post({ ...honest, headSha: base })
  expect(commit.code).toBe(1)
  expect(commit.stdout).toContain('the triggering run built')
  // A fork's run names no pull request: the number must lead to a pull request whose head is the run's commit and fork.
  const foreign = await post(honest, { workflowRun: { head_repository: { full_name: 'someone-else/platform' } } })
  expect(foreign.code).toBe(1)
  expect(foreign.stdout).toContain('someone-else/platform')
  // A bundle from a run that was not a pull request run.
  const push = await post(honest, { workflowRun: { event: 'push' } })
  expect(push.code).toBe(1)
  expect(push.stdout).toContain("'pull_request'")
  expect(server.comments).toHaveLength(0)
})

test('an honest bundle is posted in the words of the trusted side: same report, text from no bundle', async () => {
  const honest = await compute()
  const r = await post(honest)
  expect(r.code).toBe(0)
  expect(server.comments).toHaveLength(1)
  const body = server.comments[0]?.body ?? ''
  expect(body).toContain('`payments-db`')
  expect(body).toContain('deleted from the cluster')
  expect(JSON.stringify(honest)).not.toContain('deleted from the cluster')
  // Whose data it is, is said: the pull request's own run, linked.
  expect(body).toContain("from data computed by [the pull request's own workflow run](https://github.com/acme/platform/actions/runs/4242)")
  expect(posted()).not.toContain('Approved by')
})

/** The honest bundle with every head record named `name`. */
function withRecordName(bundle: Record<string, unknown>, name: string): unknown {
  return JSON.parse(JSON.stringify(bundle).replaceAll('"name":"orders-db"', `"name":${JSON.stringify(name)}`))
}

/** The honest bundle with every record's file set to `file`. */
function withRecordFile(bundle: Record<string, unknown>, file: string): unknown {
  return JSON.parse(JSON.stringify(bundle).replaceAll('"file":"values/prod.yaml"', `"file":${JSON.stringify(file)}`))
}
