import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { INDEX_FILE } from '../src/core/publish/plan.js'
import type { Commits } from '../src/github/api.js'
import { createGitHubClient } from '../src/github/client.js'
import { publish, PublishError, type PublishOptions } from '../src/gitops/publish.js'
import { bareRemote, cesFile, filesAt, git, linearHistory, seedCommit, tempDir, tryRev } from './helpers/git.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

/**
 * Verified-commit mode against the local GitHub API server backed by a real
 * bare repository: GraphQL checked against GitHub's schema, the REST git
 * data checked against GitHub's OpenAPI description.
 */

const TOKEN = 'ghs_apitoken_abcdef0123456789'
let tmp: { path: string; cleanup: () => void }
let remote: { path: string; url: string }
let api: FakeGitHub

async function startApi(): Promise<FakeGitHub> {
  const server = await startGitHubServer({ owner: 'acme', repo: 'infra', gitDir: remote.path })
  server.users.set(TOKEN, { login: 'publisher[bot]', installation: true, readOnly: false })
  return server
}

/**
 * The requests the server answered, named as a reader of the publish loop
 * thinks of them: the GraphQL operation (`:stale` when GitHub said the head
 * moved, `:<status>` when it failed) or the REST git-data call.
 */
function calls(server: FakeGitHub): string[] {
  return server.requests.map((r) => {
    if (r.graphql === undefined) return `${r.method} /git/${r.path.split('/').at(-1) ?? ''}`
    const name = r.graphql.operationName ?? r.operationId ?? ''
    if (r.status !== 200) return `${name}:${r.status}`
    return r.graphql.errorTypes.includes('STALE_DATA') ? `${name}:stale` : name
  })
}

beforeEach(async () => {
  tmp = tempDir()
  remote = bareRemote(tmp.path)
  api = await startApi()
})
afterEach(async () => {
  expect(api.violations).toEqual([])
  await api.close()
  tmp.cleanup()
})

/**
 * The run's GitHub client as the action and the CLI build it, without HTTP
 * retries: these tests look at the publish loop's own retries (a 502 is one
 * attempt of the loop). The action's client, retries included, is tested in
 * action.gitops.int.test.ts.
 */
const client = (token = TOKEN, url = api.url): Commits => createGitHubClient({ token, baseUrl: url, retries: 0, retryUnitMs: 1 })

function opts(over: Partial<PublishOptions> = {}, token = TOKEN): PublishOptions {
  return {
    remote: '',
    branch: 'gitops',
    dir: 'deploy',
    message: 'Publish secrets',
    files: [cesFile('a', 'team-a')],
    mode: 'github-api',
    token,
    github: { repo: { owner: 'acme', repo: 'infra' }, api: client(token) },
    backoffMs: 20,
    ...over
  }
}

describe('publish through createCommitOnBranch', () => {
  it('starts a missing branch without the default branch files, then commits the manifests', async () => {
    seedCommit(remote.path, 'main', [{ path: 'src/app.ts', content: 'app' }])
    const r = await publish(opts())
    expect(r).toMatchObject({ changed: true, attempts: 2 })
    expect(r.commitSha).toBe(tryRev(remote.path, 'refs/heads/gitops'))
    expect([...filesAt(remote.path, 'gitops').keys()].sort()).toEqual([
      `deploy/${INDEX_FILE}`,
      'deploy/clusterexternalsecret-a.yaml',
      'deploy/kustomization.yaml'
    ])
    const history = linearHistory(remote.path, 'gitops')
    expect(history.map((c) => c.subject)).toEqual(['Publish secrets', 'Start gitops for secrets-injector publish'])
    expect(history[0]?.body).toBe(
      'Secrets: 1 added, 0 removed, 0 changed in 1 namespace.\n\n' +
        'namespace team-a (1 added, 0 removed, 0 changed):\n- a added: single value from store kv, key password, remote ref a'
    )
    // The root commit holds nothing but an empty index; the manifests arrive through createCommitOnBranch.
    expect(git(['ls-tree', '-r', '--name-only', 'refs/heads/gitops~1'], { gitDir: remote.path })).toBe(`deploy/${INDEX_FILE}`)
    expect(calls(api)).toEqual([
      'PublishHead',
      'POST /git/trees',
      'POST /git/commits',
      'POST /git/refs',
      'PublishHead',
      'PublishTree',
      'PublishCommit'
    ])
  })

  it('makes no commit on a re-run and keeps unrelated files of an existing branch', async () => {
    seedCommit(remote.path, 'gitops', [
      { path: 'README.md', content: 'keep' },
      { path: 'deploy/notes.txt', content: 'mine' }
    ])
    const first = await publish(opts())
    const again = await publish(opts())
    expect(again).toMatchObject({ changed: false, commitSha: first.commitSha })
    const files = filesAt(remote.path, 'gitops')
    expect(files.get('README.md')).toBe('keep')
    expect(files.get('deploy/notes.txt')).toBe('mine')
    expect(linearHistory(remote.path, 'gitops')).toHaveLength(2)
  })

  it('removes its own stale files', async () => {
    await publish(opts({ files: [cesFile('a', 'team-a'), cesFile('b', 'team-b')] }))
    const r = await publish(opts({ files: [cesFile('a', 'team-a')] }))
    expect(r.filesRemoved).toEqual(['deploy/clusterexternalsecret-b.yaml'])
    expect(filesAt(remote.path, 'gitops').has('deploy/clusterexternalsecret-b.yaml')).toBe(false)
  })

  it('five concurrent publishers all land, linear, nothing lost', async () => {
    seedCommit(remote.path, 'gitops', [{ path: 'README.md', content: 'keep' }])
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => publish(opts({ dir: `c${i}`, files: [cesFile(`app-${i}`, `team-${i}`)], maxAttempts: 10 })))
    )
    expect(results.every((r) => r.changed)).toBe(true)
    const history = linearHistory(remote.path, 'gitops')
    expect(history).toHaveLength(6)
    expect(new Set(history.slice(0, 5).map((c) => c.sha))).toEqual(new Set(results.map((r) => r.commitSha)))
    const files = filesAt(remote.path, 'gitops')
    for (let i = 0; i < 5; i++) expect(files.has(`c${i}/clusterexternalsecret-app-${i}.yaml`)).toBe(true)
    expect(calls(api).filter((c) => c === 'PublishCommit:stale').length).toBeGreaterThan(0)
  })

  it('publishers racing to create the missing branch all land on one root', async () => {
    const results = await Promise.all(
      Array.from({ length: 3 }, (_, i) => publish(opts({ dir: `c${i}`, files: [cesFile(`app-${i}`, `team-${i}`)] })))
    )
    expect(results.every((r) => r.changed)).toBe(true)
    const history = linearHistory(remote.path, 'gitops')
    expect(history).toHaveLength(4)
    expect(history.at(-1)?.subject).toBe('Start gitops for secrets-injector publish')
    const files = filesAt(remote.path, 'gitops')
    for (let i = 0; i < 3; i++) expect(files.has(`c${i}/clusterexternalsecret-app-${i}.yaml`)).toBe(true)
  })

  it('keeps another writer’s commits and gives up after the retry budget when the head keeps moving', async () => {
    seedCommit(remote.path, 'gitops', [{ path: 'README.md', content: 'x' }])
    const real = client()
    let n = 0
    // Another writer commits between every read and every mutation of ours.
    const racing: Commits = {
      ...real,
      createCommitOnBranch: (commit) => {
        seedCommit(remote.path, 'gitops', [{ path: `other/${++n}.txt`, content: String(n) }], `other ${n}`)
        return real.createCommitOnBranch(commit)
      }
    }
    const err = await publish(opts({ maxAttempts: 3, github: { repo: { owner: 'acme', repo: 'infra' }, api: racing } })).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(PublishError)
    expect(String(err)).toMatch(/gave up after 3 attempts/)
    expect(linearHistory(remote.path, 'gitops').map((c) => c.subject)).toEqual(['other 3', 'other 2', 'other 1', 'seed'])
    expect(calls(api).filter((c) => c === 'PublishCommit:stale')).toHaveLength(3)
  })

  it('retries a 502 from the API and then commits once', async () => {
    // Like a GitHub hiccup: the first two commits get a 502.
    api.fail({ operationId: 'graphql/createCommitOnBranch', status: 502, times: 2 })
    const r = await publish(opts({ github: { repo: { owner: 'acme', repo: 'infra' }, api: client() } }))
    expect(r).toMatchObject({ changed: true, attempts: 4 })
    expect(calls(api).filter((c) => c.startsWith('PublishCommit'))).toEqual(['PublishCommit:502', 'PublishCommit:502', 'PublishCommit'])
    expect(linearHistory(remote.path, 'gitops')).toHaveLength(2)
  })

  it('refuses a symlinked target directory and reports API failures without the token', async () => {
    seedCommit(remote.path, 'gitops', [{ path: 'deploy', content: '/etc', mode: '120000' }])
    await expect(publish(opts())).rejects.toThrow(/refusing to publish/)
    const err = await publish(opts({}, 'ghs_wrong_token_value')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PublishError)
    expect(String(err)).not.toContain('ghs_wrong_token_value')
    await expect(publish(opts({ github: { repo: { owner: 'acme', repo: 'nope' }, api: client() } }))).rejects.toThrow(/not found/)
  })
})
