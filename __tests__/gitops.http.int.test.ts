import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publish, PublishError } from '../src/gitops/publish.js'
import { bareRemote, cesFile, filesAt, GIT_ENV, git, linearHistory, tempDir } from './helpers/git.js'
import { startGitHttpServer, type GitHttpServer } from './helpers/git-http.js'

const TOKEN = 'ghs_testtoken0123456789abcdef'
const BASIC = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`

let tmp: { path: string; cleanup: () => void }
let remote: { path: string; url: string }
let server: GitHttpServer
let argvLog: string
let env: NodeJS.ProcessEnv

beforeEach(async () => {
  tmp = tempDir()
  remote = bareRemote(tmp.path)
  server = await startGitHttpServer(tmp.path, { requireAuthorization: BASIC })
  // A `git` shim first on PATH records every argv publish uses, to prove the token never appears there.
  argvLog = join(tmp.path, 'argv.log')
  const bin = join(tmp.path, 'bin')
  mkdirSync(bin)
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec '${realGit}' "$@"\n`)
  chmodSync(join(bin, 'git'), 0o755)
  writeFileSync(argvLog, '')
  env = { ...GIT_ENV, PATH: `${bin}:${process.env.PATH ?? ''}` }
})
afterEach(async () => {
  await server.close()
  tmp.cleanup()
})

describe('publish over HTTP (git http-backend)', () => {
  it('authenticates with an explicit token that never reaches argv, URLs or logs', async () => {
    const logs: string[] = []
    const r = await publish({
      remote: server.url('remote.git'),
      branch: 'gitops',
      dir: 'deploy',
      message: 'Publish',
      files: [cesFile('a', 'team-a')],
      token: TOKEN,
      env,
      log: (s) => logs.push(s),
      debug: (s) => logs.push(s)
    })
    expect(r.changed).toBe(true)
    expect(filesAt(remote.path, 'gitops').has('deploy/clusterexternalsecret-a.yaml')).toBe(true)
    expect(server.requests.some((q) => q.url.includes('git-receive-pack') && q.authorization === BASIC)).toBe(true)
    const argv = readFileSync(argvLog, 'utf8')
    expect(argv).toContain('push --porcelain')
    expect(logs.some((l) => l.startsWith('git push --porcelain'))).toBe(true)
    const b64 = BASIC.slice('basic '.length)
    for (const text of [argv, logs.join('\n'), server.requests.map((q) => q.url).join('\n')]) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain(b64)
    }
  })

  it('fails cleanly without credentials and does not print the token on failure', async () => {
    const err = await publish({
      remote: server.url('remote.git'),
      branch: 'gitops',
      dir: 'deploy',
      message: 'Publish',
      files: [cesFile('a', 'team-a')],
      token: 'wrong-token-value-123',
      env
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PublishError)
    expect(String(err)).toMatch(/cannot fetch gitops/)
    expect(String(err)).not.toContain('wrong-token-value-123')
  })

  it('reuses the extraheader actions/checkout persists (included config file) and an idempotent re-run pushes nothing', async () => {
    const checkout = join(tmp.path, 'checkout')
    git(['init', '--quiet', checkout])
    // actions/checkout v6 writes the header to a separate file included for this repository's gitdir.
    const creds = join(tmp.path, 'git-credentials.config')
    git(['config', '--file', creds, `http.${server.url('')}.extraheader`, `AUTHORIZATION: ${BASIC}`])
    git(['config', `includeIf.gitdir:${checkout}/.git.path`, creds], { cwd: checkout })
    const base = {
      remote: server.url('remote.git'),
      branch: 'gitops',
      dir: 'deploy',
      message: 'Publish',
      files: [cesFile('a', 'team-a')],
      authFrom: checkout,
      env
    }
    const logs: string[] = []
    expect((await publish({ ...base, log: (s) => logs.push(s), debug: (s) => logs.push(s) })).changed).toBe(true)
    const pushes = server.requests.filter((q) => q.method === 'POST' && q.url.includes('git-receive-pack')).length
    expect((await publish({ ...base, log: (s) => logs.push(s) })).changed).toBe(false)
    expect(server.requests.filter((q) => q.method === 'POST' && q.url.includes('git-receive-pack')).length).toBe(pushes)
    expect(linearHistory(remote.path, 'gitops')).toHaveLength(1)
    expect(logs.join('\n') + readFileSync(argvLog, 'utf8')).not.toContain(BASIC.slice('basic '.length))
  })

  it('retries a transient 502 within the same budget', async () => {
    await server.close()
    server = await startGitHttpServer(tmp.path, { failFirst: 2 })
    const logs: string[] = []
    const r = await publish({
      remote: server.url('remote.git'),
      branch: 'gitops',
      dir: 'deploy',
      message: 'Publish',
      files: [cesFile('a', 'team-a')],
      env,
      backoffMs: 10,
      log: (s) => logs.push(s)
    })
    expect(r).toMatchObject({ changed: true, attempts: 3 })
    expect(logs.filter((l) => /returned error: 502.*retrying/.test(l))).toHaveLength(2)
  })
})
