import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import {
  makeRepo,
  runAction,
  shallowClone,
  syncPull,
  valuesFile,
  type ActionResult,
  type TestRepo
} from './helpers/github-server-harness.js'

/**
 * Issue 14 item 1, as a runner runs the action against the local GitHub API:
 * a pull request commits `values/x.yaml -> ../.git/config`, where
 * actions/checkout persisted the token as an extraheader. Before, the parse
 * errors quoted that line into annotations, the job summary and the PR
 * comment. The token must appear nowhere; the file is refused by name.
 */

vi.setConfig({ testTimeout: 240_000 })

const TOKEN = 'ghs_FAKEtokenPersistedByCheckout0123456789'
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
const PR = 21
const inputs = { values: 'values/*.yaml', 'review-comments': 'true' }
const payments = { name: 'payments-db', namespace: 'payments' }

let server: FakeGitHub
let repo: TestRepo
beforeEach(async () => {
  server = await startGitHubServer()
  repo = makeRepo()
  // What actions/checkout leaves in .git/config with persist-credentials (the default).
  repo.git('config', '--local', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${BASIC}`)
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
})

/** Commit what is in the working tree now (links included). */
function commitTree(message: string): string {
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', message)
  return repo.git('rev-parse', 'HEAD')
}

/** Everything the run showed or sent anywhere. */
function everything(r: ActionResult): string {
  return [
    r.stdout,
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
    r.diffJson ?? '',
    ...server.comments.map((c) => c.body),
    ...server.reviewComments.map((c) => c.body),
    ...server.requests.map((q) => JSON.stringify(q))
  ].join('\n')
}

function expectNoLeak(r: ActionResult): void {
  const all = everything(r)
  expect(all).not.toContain(TOKEN)
  expect(all).not.toContain(BASIC)
  expect(all).not.toContain(BASIC.slice(0, 20))
  expect(all).not.toContain('extraheader')
  expect(all).not.toContain('AUTHORIZATION')
  expect(all).not.toContain('repositoryformatversion')
}

describe('a values file that is a symbolic link', () => {
  test('to ../.git/config: refused by name, the token appears nowhere', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    symlinkSync('../.git/config', path.join(repo.dir, 'values/x.yaml'))
    const head = commitTree('add a link')
    syncPull(server, repo, PR, base, head)
    const r = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs
    })
    expectNoLeak(r)
    expect(r.code).toBe(1)
    expect(r.outputs['lint-errors']).toBe('1')
    const refused = r.annotations.filter((a) => a.props['title'] === 'unsafe-file')
    expect(refused).toEqual([
      expect.objectContaining({
        level: 'error',
        props: expect.objectContaining({ file: 'values/x.yaml', line: '1' }),
        message: expect.stringContaining('values/x.yaml is a symbolic link into .git')
      })
    ])
    expect(r.summary).toContain('values/x.yaml is a symbolic link into .git')
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]?.body).toContain('unsafe-file')
  })

  test('a linked directory is not walked by a ** pattern (values -> a folder outside the workspace)', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'si-outside-'))
    try {
      writeFileSync(path.join(outside, 'stolen.yaml'), 'externalsecrets: [')
      const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
      symlinkSync(outside, path.join(repo.dir, 'values/linked'))
      const head = commitTree('link a folder')
      syncPull(server, repo, PR, base, head)
      const r = await runAction({
        server,
        cwd: repo.dir,
        event: 'pull_request',
        shas: { BASE_SHA: base, HEAD_SHA: head },
        prNumber: PR,
        inputs: { ...inputs, values: 'values/**/*.yaml' }
      })
      expectNoLeak(r)
      expect(r.code).toBe(0)
      expect(r.outputs['lint-errors']).toBe('0')
      expect(everything(r)).not.toContain('stolen.yaml')
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  test('to /dev/zero and to a FIFO: refused, and the lint verdict is still reported', async () => {
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    symlinkSync('/dev/zero', path.join(repo.dir, 'values/zero.yaml'))
    const head = commitTree('add a link to /dev/zero')
    // A FIFO cannot be committed, but a workflow step before ours could leave one in the workspace.
    execFileSync('mkfifo', [path.join(repo.dir, 'values/pipe.yaml')])
    syncPull(server, repo, PR, base, head)
    const r = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs
    })
    expectNoLeak(r)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ 'lint-errors': '2', 'lint-warnings': '0' })
    const messages = r.annotations.filter((a) => a.props['title'] === 'unsafe-file').map((a) => a.message)
    expect(messages).toEqual([
      expect.stringContaining('values/pipe.yaml is a FIFO, not a regular file'),
      expect.stringContaining('values/zero.yaml is a symbolic link to a file outside the workspace')
    ])
  })

  test('on the base side: neither git nor the contents API follows it', async () => {
    symlinkSync('../.git/config', path.join(repo.dir, 'values-link'))
    repo.git('add', '-A')
    const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
    repo.git('mv', 'values-link', 'values/old.yaml')
    const head = repo.commit({
      'values/old.yaml': null,
      'values/prod.yaml': valuesFile([payments, { name: 'orders-db', namespace: 'orders' }])
    })
    syncPull(server, repo, PR, base, head)
    // Full history: the base comes from git, where `show` of a link prints its target.
    const viaGit = await runAction({
      server,
      cwd: repo.dir,
      event: 'pull_request',
      shas: { BASE_SHA: base, HEAD_SHA: head },
      prNumber: PR,
      inputs
    })
    expectNoLeak(viaGit)
    expect(viaGit.code).toBe(0)
    expect(viaGit.outputs).toMatchObject({ 'secrets-added': '1', 'secrets-removed': '0' })
    // Shallow: the contents API answers type symlink for the deleted file.
    server.contents.set(base, new Map([['values/prod.yaml', valuesFile([payments])]]))
    server.symlinks.set(base, new Map([['values/old.yaml', '../.git/config']]))
    const clone = shallowClone(repo)
    try {
      const viaApi = await runAction({
        server,
        cwd: clone.dir,
        event: 'pull_request',
        shas: { BASE_SHA: base, HEAD_SHA: head },
        prNumber: PR,
        inputs
      })
      expect(viaApi.code).toBe(0)
      expect(viaApi.stdout).toContain('via api')
      expect(viaApi.outputs).toMatchObject({ 'secrets-added': '1', 'secrets-removed': '0' })
    } finally {
      clone.cleanup()
    }
  })
})

describe('manifests-dir (issue 14 item 2)', () => {
  test('a link among its parents, committed in the pull request, is refused: nothing outside is removed or written', async () => {
    const victim = mkdtempSync(path.join(tmpdir(), 'si-victim-'))
    try {
      mkdirSync(path.join(victim, 'rendered'))
      writeFileSync(path.join(victim, 'rendered/keep.txt'), 'precious\n')
      const base = repo.commit({ 'values/prod.yaml': valuesFile([payments]) })
      symlinkSync(victim, path.join(repo.dir, 'out'))
      const head = commitTree('add a link')
      syncPull(server, repo, PR, base, head)
      const r = await runAction({
        server,
        cwd: repo.dir,
        event: 'pull_request',
        shas: { BASE_SHA: base, HEAD_SHA: head },
        prNumber: PR,
        inputs: { ...inputs, 'manifests-dir': 'out/rendered' }
      })
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('out is a symbolic link; refusing to write through it')
      expect(readdirSync(path.join(victim, 'rendered'))).toEqual(['keep.txt'])
      // Lint came first and is complete; the comment was still posted.
      expect(r.outputs['lint-errors']).toBe('0')
      expect(server.comments).toHaveLength(1)
    } finally {
      rmSync(victim, { recursive: true, force: true })
    }
  })
})
