import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { Git, GitTimeoutError } from '../src/git/git.js'
import { publish, PublishError, type PublishOptions } from '../src/gitops/publish.js'
import { bareRemote, cesFile, filesAt, GIT_ENV, tempDir } from './helpers/git.js'
import { startGitHttpServer, type GitHttpServer } from './helpers/git-http.js'
import { startSilentServer, type SilentServer } from './helpers/silent-server.js'

/**
 * Publishing against remotes that misbehave: one that never answers, one
 * that refuses the push or the token, one whose hook explains a rejection,
 * and credentials written into the remote URL. Real git against local
 * servers; nothing is mocked.
 */

let tmp: { path: string; cleanup: () => void }
let remote: { path: string; url: string }
let silent: SilentServer | null = null
let server: GitHttpServer | null = null

beforeEach(() => {
  tmp = tempDir()
  remote = bareRemote(tmp.path)
})
afterEach(async () => {
  await silent?.close()
  await server?.close()
  silent = server = null
  tmp.cleanup()
})

const base = (remoteUrl: string): PublishOptions => ({
  remote: remoteUrl,
  branch: 'gitops',
  dir: 'deploy',
  message: 'Publish',
  files: [cesFile('a', 'team-a')],
  env: GIT_ENV,
  backoffMs: 1
})

/** The command lines of every process on the machine that mention `needle` (readable ones: ours). */
function processesMentioning(needle: string): string[] {
  const hits: string[] = []
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmdline: string
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
    } catch {
      continue
    }
    if (cmdline.includes(needle)) hits.push(cmdline)
  }
  return hits
}

test('a remote that accepts connections and never answers: publish ends with a clear timeout error', async () => {
  silent = await startSilentServer()
  const t0 = Date.now()
  const error = await publish({ ...base(`${silent.url}/x.git`), network: { lowSpeedTimeSeconds: 2 } }).catch((e: unknown) => e)
  expect(Date.now() - t0).toBeLessThan(30_000)
  expect(error).toBeInstanceOf(PublishError)
  expect(String(error)).toMatch(/cannot fetch gitops: the remote .*x\.git did not answer \(less than 1000 bytes\/s for 2 s\)/)
  // Not a transient failure worth eight tries: one connection for the one fetch.
  expect(silent.connections()).toBe(1)
})

test('past the overall timeout, git and its HTTP helper are killed (the process group), with a clear error', async () => {
  silent = await startSilentServer()
  const git = new Git({
    gitDir: join(tmp.path, 'local.git'),
    config: [['remote.origin.url', `${silent.url}/x.git`]],
    env: GIT_ENV,
    // Low-speed limit out of the way: only the overall timeout can end this fetch.
    network: { lowSpeedTimeSeconds: 600, timeoutMs: 1500 }
  })
  await git.initBare()
  const t0 = Date.now()
  const error = await git.fetchBranch('gitops', 'refs/x').catch((e: unknown) => e)
  expect(Date.now() - t0).toBeLessThan(15_000)
  expect(error).toBeInstanceOf(GitTimeoutError)
  expect(String(error)).toContain('git fetch did not finish within 1.5 s')
  // The helper (git-remote-http, a child of git) went with it.
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(processesMentioning(`127.0.0.1:${silent.port}`)).toEqual([])
})

test.each(['GET', 'POST'] as const)('a push refused with 403 (at the %s) is not retried and says why', async (on) => {
  const message = 'Permission to acme/platform.git denied to github-actions[bot].'
  server = await startGitHttpServer(tmp.path, { refusePush: { status: 403, message, on } })
  const logs: string[] = []
  const error = await publish({ ...base(server.url('remote.git')), log: (s) => logs.push(s) }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(PublishError)
  expect(String(error)).toMatch(/push to gitops refused: the remote answered HTTP 403/)
  expect(logs.filter((l) => l.includes('retrying'))).toEqual([])
  expect(server.requests.filter((q) => q.url.includes('git-receive-pack') && q.method === on)).toHaveLength(1)
})

test("the server's reason for rejecting a push is kept in the error (redacted)", async () => {
  const hook = join(remote.path, 'hooks', 'pre-receive')
  writeFileSync(
    hook,
    '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/gitops." >&2\n' +
      'echo "see http://user:s3cr3t-in-hook@example.test/rules" >&2\nexit 1\n'
  )
  chmodSync(hook, 0o755)
  server = await startGitHttpServer(tmp.path)
  const error = await publish(base(server.url('remote.git'))).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(PublishError)
  expect(String(error)).toContain('pre-receive hook declined')
  expect(String(error)).toContain('GH006: Protected branch update failed for refs/heads/gitops.')
  expect(String(error)).not.toContain('s3cr3t-in-hook')
})

test('a rejected token is reported as rejected, not as "could not read Username"', async () => {
  const good = `basic ${Buffer.from('x-access-token:the-right-token').toString('base64')}`
  server = await startGitHttpServer(tmp.path, { requireAuthorization: good })
  const error = await publish({ ...base(server.url('remote.git')), token: 'a-wrong-token-1234' }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(PublishError)
  expect(String(error)).toMatch(/cannot fetch gitops: the remote rejected the credentials \(HTTP 401\)/)
  expect(String(error)).not.toMatch(/Username/)
  expect(String(error)).not.toContain('a-wrong-token-1234')
  // Without any credentials git's own words stay, with a hint.
  const bare = await publish(base(server.url('remote.git'))).catch((e: unknown) => e)
  expect(String(bare)).toMatch(/the remote asks for credentials \(HTTP 401\) and none were given/)
})

test('credentials in the remote URL never reach a command line, yet authenticate', async () => {
  const secret = 'tok3n-in-the-url-5678'
  server = await startGitHttpServer(tmp.path, {
    requireAuthorization: `basic ${Buffer.from(`deploy:${secret}`).toString('base64')}`,
    delayMs: 150
  })
  const url = server.url('remote.git').replace('http://', `http://deploy:${secret}@`)
  const port = new URL(url).port
  const seen: string[] = []
  const leaked: string[] = []
  const scan = setInterval(() => {
    seen.push(...processesMentioning(`127.0.0.1:${port}`))
    leaked.push(...processesMentioning(secret))
  }, 5)
  const logs: string[] = []
  try {
    const r = await publish({ ...base(url), log: (s) => logs.push(s), debug: (s) => logs.push(s) })
    expect(r.changed).toBe(true)
  } finally {
    clearInterval(scan)
  }
  expect(filesAt(remote.path, 'gitops').has('deploy/clusterexternalsecret-a.yaml')).toBe(true)
  // The scan did watch git's HTTP helper (its argv names the remote), and never saw the secret there.
  expect(seen.some((c) => c.includes('remote-http'))).toBe(true)
  expect(leaked).toEqual([])
  expect(logs.join('\n')).not.toContain(secret)
  expect(server.requests.every((q) => !q.url.includes(secret))).toBe(true)
})
