import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { INDEX_FILE } from '../src/core/publish/plan.js'
import { publish, type PublishOptions, type PublishResult } from '../src/gitops/publish.js'
import { bareRemote, cesFile, filesAt, GIT_ENV, git, linearHistory, seedCommit, tempDir, tryRev } from './helpers/git.js'
import { startGitHttpServer, type GitHttpServer } from './helpers/git-http.js'

/**
 * Several publishers as separate processes, released at the same moment
 * through a barrier file, into one branch. Every one must land, history must
 * stay linear, and nothing another writer committed may be lost.
 */

const ROOT = resolve(import.meta.dirname, '..')
const DRIVER = join(ROOT, '__tests__/helpers/git-publisher-driver.ts')
const PUBLISHERS = 6

let tmp: { path: string; cleanup: () => void }
let remote: { path: string; url: string }
let driverTmp: string

beforeEach(() => {
  tmp = tempDir()
  remote = bareRemote(tmp.path)
  driverTmp = join(tmp.path, 'tmp')
  mkdirSync(driverTmp)
})
afterEach(() => tmp.cleanup())

interface Driver {
  child: ChildProcess
  done: Promise<{ code: number | null; stdout: string; stderr: string }>
}

function startDriver(id: string, options: Omit<PublishOptions, 'log' | 'beforePush'>, extra: Record<string, string> = {}): Driver {
  const cfg = join(tmp.path, `driver-${id}.json`)
  writeFileSync(cfg, JSON.stringify({ options: { ...options, env: undefined }, ...extra }))
  // TMPDIR inside the test dir, so a killed publisher's temporary clone is cleaned up with it.
  const child = spawn(process.execPath, ['--import', 'tsx', DRIVER, cfg], { cwd: ROOT, env: { ...GIT_ENV, TMPDIR: driverTmp } })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr }))
  )
  return { child, done }
}

async function waitFor(path: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!existsSync(path)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${path}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Start `n` publishers, wait until all are ready, release them together, collect results. */
async function race(n: number, optionsFor: (i: number) => Omit<PublishOptions, 'log' | 'beforePush'>): Promise<PublishResult[]> {
  const go = join(tmp.path, 'go')
  const drivers = Array.from({ length: n }, (_, i) =>
    startDriver(String(i), optionsFor(i), { readyFile: join(tmp.path, `ready-${i}`), goFile: go })
  )
  for (let i = 0; i < n; i++) await waitFor(join(tmp.path, `ready-${i}`))
  writeFileSync(go, 'go')
  const outs = await Promise.all(drivers.map((d) => d.done))
  for (const o of outs) expect(o.code, o.stderr).toBe(0)
  return outs.map((o) => JSON.parse(o.stdout) as PublishResult)
}

const base = (url: string): Omit<PublishOptions, 'log' | 'beforePush' | 'dir' | 'files'> => ({
  remote: url,
  branch: 'gitops',
  message: 'Publish',
  maxAttempts: 12,
  backoffMs: 100
})

describe(`${PUBLISHERS} concurrent publishers (separate processes)`, () => {
  it('into different paths of one branch over file://: all land, linear, nothing lost', async () => {
    const seed = seedCommit(remote.path, 'gitops', [{ path: 'README.md', content: 'keep me' }])
    const results = await race(PUBLISHERS, (i) => ({
      ...base(remote.url),
      dir: `clusters/c${i}`,
      files: [cesFile(`app-${i}`, `team-${i}`)]
    }))

    expect(results.every((r) => r.changed)).toBe(true)
    const history = linearHistory(remote.path, 'gitops')
    expect(history).toHaveLength(PUBLISHERS + 1)
    expect(history.at(-1)?.sha).toBe(seed)
    expect(new Set(history.map((c) => c.sha))).toEqual(new Set([seed, ...results.map((r) => r.commitSha)]))
    const files = filesAt(remote.path, 'gitops')
    expect(files.get('README.md')).toBe('keep me')
    for (let i = 0; i < PUBLISHERS; i++) {
      expect(files.has(`clusters/c${i}/clusterexternalsecret-app-${i}.yaml`)).toBe(true)
      expect(files.get(`clusters/c${i}/kustomization.yaml`)).toContain(`- clusterexternalsecret-app-${i}.yaml`)
    }
  }, 180_000)

  it('into the same path over HTTP: every commit lands and the tip holds exactly one publisher’s output', async () => {
    const server: GitHttpServer = await startGitHttpServer(tmp.path)
    try {
      const filesOf = (i: number): Array<{ name: string; content: string }> => [
        cesFile('shared', 'team-x', `\n  # writer ${i}`),
        cesFile(`only-${i}`, `team-${i}`)
      ]
      const results = await race(PUBLISHERS, (i) => ({ ...base(server.url('remote.git')), dir: 'deploy', files: filesOf(i) }))

      expect(results.every((r) => r.changed)).toBe(true)
      const history = linearHistory(remote.path, 'gitops')
      expect(history).toHaveLength(PUBLISHERS)
      expect(new Set(history.map((c) => c.sha))).toEqual(new Set(results.map((r) => r.commitSha)))
      // The winner of the last round: the tip's content is exactly its output, with the others' stale files removed.
      const tip = tryRev(remote.path, 'refs/heads/gitops')
      const last = results.findIndex((r) => r.commitSha === tip)
      expect(last).toBeGreaterThanOrEqual(0)
      const names = [...filesAt(remote.path, 'gitops').keys()].sort()
      expect(names).toEqual([
        `deploy/${INDEX_FILE}`,
        `deploy/clusterexternalsecret-only-${last}.yaml`,
        'deploy/clusterexternalsecret-shared.yaml',
        'deploy/kustomization.yaml'
      ])
      expect(filesAt(remote.path, 'gitops').get('deploy/clusterexternalsecret-shared.yaml')).toContain(`# writer ${last}`)
      // Each later commit removed the previous writer's only-file: proof that it re-planned on the new tip.
      expect(results.filter((r) => r.filesRemoved.length > 0).length).toBe(PUBLISHERS - 1)
    } finally {
      await server.close()
    }
  }, 180_000)
})

describe('a publisher killed half-way', () => {
  it('leaves the remote consistent, and a re-run succeeds', async () => {
    const seed = seedCommit(remote.path, 'gitops', [{ path: 'README.md', content: 'keep me' }])
    const marker = join(tmp.path, 'built')
    const options = { ...base(remote.url), dir: 'deploy', files: [cesFile('a', 'team-a')] }
    const d = startDriver('killed', options, { hangBeforePush: marker })
    await waitFor(marker)
    d.child.kill('SIGKILL')
    const out = await d.done
    expect(out.code).toBeNull()

    expect(tryRev(remote.path, 'refs/heads/gitops')).toBe(seed)
    git(['fsck', '--no-dangling'], { gitDir: remote.path })

    const r = await publish({ ...options, env: GIT_ENV })
    expect(r).toMatchObject({ changed: true, attempts: 1 })
    expect(linearHistory(remote.path, 'gitops').map((c) => c.sha)).toEqual([r.commitSha, seed])
    expect((await publish({ ...options, env: GIT_ENV })).changed).toBe(false)
  }, 120_000)

  it('does not disturb publishers racing next to it', async () => {
    const seed = seedCommit(remote.path, 'gitops', [{ path: 'README.md', content: 'keep me' }])
    const go = join(tmp.path, 'go')
    const marker = join(tmp.path, 'built')
    const killed = startDriver(
      'killed',
      { ...base(remote.url), dir: 'deploy', files: [cesFile('a', 'team-a')] },
      { hangBeforePush: marker, readyFile: join(tmp.path, 'ready-k'), goFile: go }
    )
    const others = [0, 1, 2].map((i) =>
      startDriver(
        `o${i}`,
        { ...base(remote.url), dir: 'deploy', files: [cesFile(`b${i}`, `team-${i}`)] },
        { readyFile: join(tmp.path, `ready-o${i}`), goFile: go }
      )
    )
    for (const r of ['ready-k', 'ready-o0', 'ready-o1', 'ready-o2']) await waitFor(join(tmp.path, r))
    writeFileSync(go, 'go')
    await waitFor(marker)
    killed.child.kill('SIGKILL')
    const outs = await Promise.all(others.map((d) => d.done))
    for (const o of outs) expect(o.code, o.stderr).toBe(0)
    const results = outs.map((o) => JSON.parse(o.stdout) as PublishResult)

    const history = linearHistory(remote.path, 'gitops')
    expect(history.map((c) => c.sha)).toEqual(expect.arrayContaining([seed, ...results.map((r) => r.commitSha)]))
    expect(history).toHaveLength(4)
    git(['fsck', '--no-dangling'], { gitDir: remote.path })
  }, 180_000)
})
