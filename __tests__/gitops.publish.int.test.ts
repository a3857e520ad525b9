import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { INDEX_FILE } from '../src/core/publish/plan.js'
import { publish, PublishError, type PublishOptions } from '../src/gitops/publish.js'
import { bareRemote, cesFile, filesAt, GIT_ENV, git, linearHistory, seedCommit, tempDir, tryRev } from './helpers/git.js'

let tmp: { path: string; cleanup: () => void }
let remote: { path: string; url: string }
const logs: string[] = []

beforeEach(() => {
  tmp = tempDir()
  remote = bareRemote(tmp.path)
  logs.length = 0
})
afterEach(() => tmp.cleanup())

function opts(over: Partial<PublishOptions> = {}): PublishOptions {
  return {
    remote: remote.url,
    branch: 'gitops',
    dir: 'clusters/prod',
    message: 'Publish secrets',
    files: [cesFile('a', 'team-a'), cesFile('b', 'team-b')],
    env: GIT_ENV,
    log: (s) => logs.push(s),
    ...over
  }
}

describe('publish over file://', () => {
  it('creates a missing branch as an orphan holding only the manifests', async () => {
    seedCommit(remote.path, 'main', [{ path: 'src/app.ts', content: 'app' }])
    const r = await publish(opts())
    expect(r.changed).toBe(true)
    expect(r.attempts).toBe(1)
    expect(r.commitSha).toBe(tryRev(remote.path, 'refs/heads/gitops'))
    expect([...filesAt(remote.path, 'gitops').keys()].sort()).toEqual([
      `clusters/prod/${INDEX_FILE}`,
      'clusters/prod/clusterexternalsecret-a.yaml',
      'clusters/prod/clusterexternalsecret-b.yaml',
      'clusters/prod/kustomization.yaml'
    ])
    expect(r.filesAdded).toContain('clusters/prod/kustomization.yaml')
    const history = linearHistory(remote.path, 'gitops')
    expect(history).toHaveLength(1)
    expect(history[0]?.subject).toBe('Publish secrets')
    expect(history[0]?.body).toBe(
      'Secrets: 2 added, 0 removed, 0 changed in 2 namespaces.\n\n' +
        'namespace team-a (1 added, 0 removed, 0 changed):\n- a added: single value from store kv, key password, remote ref a\n\n' +
        'namespace team-b (1 added, 0 removed, 0 changed):\n- b added: single value from store kv, key password, remote ref b'
    )
    expect(git(['log', '-1', '--format=%an <%ae>', 'refs/heads/gitops'], { gitDir: remote.path })).toBe('Test Author <author@example.test>')
  })

  it('makes no commit on an idempotent re-run', async () => {
    const first = await publish(opts())
    const again = await publish(opts())
    expect(again).toMatchObject({ changed: false, commitSha: first.commitSha, filesAdded: [], filesRemoved: [], filesChanged: [] })
    expect(linearHistory(remote.path, 'gitops')).toHaveLength(1)
  })

  it('keeps unrelated files of an existing branch and removes only its own stale files', async () => {
    const base = seedCommit(remote.path, 'gitops', [
      { path: 'README.md', content: 'hello' },
      { path: 'clusters/prod/hand-written.yaml', content: 'kind: ConfigMap\n' },
      { path: 'clusters/staging/x.yaml', content: 'x' }
    ])
    await publish(opts())
    const r = await publish(opts({ files: [cesFile('a', 'team-a', '\n  # changed')] }))
    expect(r.filesRemoved).toEqual(['clusters/prod/clusterexternalsecret-b.yaml'])
    expect(r.filesChanged).toEqual([
      'clusters/prod/clusterexternalsecret-a.yaml',
      'clusters/prod/kustomization.yaml',
      `clusters/prod/${INDEX_FILE}`
    ])
    const files = filesAt(remote.path, 'gitops')
    expect(files.get('README.md')).toBe('hello')
    expect(files.get('clusters/prod/hand-written.yaml')).toBe('kind: ConfigMap\n')
    expect(files.has('clusters/staging/x.yaml')).toBe(true)
    expect(files.has('clusters/prod/clusterexternalsecret-b.yaml')).toBe(false)
    const history = linearHistory(remote.path, 'gitops')
    expect(history.map((c) => c.sha).at(-1)).toBe(base)
    // a's file changed only by a comment: no Secret changed there, and the body says so by not listing it.
    expect(history[0]?.body.split('\n')[0]).toBe('Secrets: 0 added, 1 removed, 0 changed in 1 namespace.')
    expect(history[0]?.body).toContain('- team-b/b: deleted from the cluster by ESO (creationPolicy Owner)')
    expect(history[0]?.body).not.toContain('team-a')
  })

  it('re-plans on the new tip when another writer pushes in between, keeping their commit', async () => {
    await publish(opts({ files: [cesFile('a', 'team-a'), cesFile('b', 'team-b')] }))
    let sneaked = ''
    const r = await publish(
      opts({
        files: [cesFile('a', 'team-a', '\n  # v2')],
        // Another writer lands a commit touching the same directory after we built ours.
        beforePush: async () => {
          if (sneaked === '')
            sneaked = seedCommit(remote.path, 'gitops', [{ path: 'clusters/prod/notes.txt', content: 'theirs' }], 'other writer')
        }
      })
    )
    expect(r).toMatchObject({ changed: true, attempts: 2, filesRemoved: ['clusters/prod/clusterexternalsecret-b.yaml'] })
    expect(logs.some((l) => /\[rejected\] \((fetch first|non-fast-forward)\)\); retrying/.test(l))).toBe(true)
    const history = linearHistory(remote.path, 'gitops')
    expect(history.map((c) => c.subject)).toEqual(['Publish secrets', 'other writer', 'Publish secrets'])
    expect(history[1]?.sha).toBe(sneaked)
    const files = filesAt(remote.path, 'gitops')
    expect(files.get('clusters/prod/notes.txt')).toBe('theirs')
    expect(files.get('clusters/prod/clusterexternalsecret-a.yaml')).toContain('# v2')
  })

  it('refuses to overwrite a file it did not write, committing nothing', async () => {
    const base = seedCommit(remote.path, 'gitops', [{ path: 'clusters/prod/clusterexternalsecret-a.yaml', content: 'mine\n' }])
    await expect(publish(opts())).rejects.toThrow(PublishError)
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBe(base)
  })

  it('never writes through a symlink in the target tree', async () => {
    const base = seedCommit(remote.path, 'gitops', [{ path: 'clusters', content: '/etc', mode: '120000' }])
    const err = await publish(opts()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PublishError)
    expect(err instanceof PublishError ? err.details.join('\n') : '').toMatch(/"clusters" is a symlink/)
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBe(base)
  })

  it.each(['../outside', '/abs', 'a/../../b', '.git/hooks'])('rejects the target path %j', async (dir) => {
    await expect(publish(opts({ dir }))).rejects.toThrow(PublishError)
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBeNull()
  })

  it.each(['../../escape.yaml', 'sub/dir.yaml', '..', 'kustomization.yaml'])('rejects the resource name %j', async (name) => {
    await expect(publish(opts({ files: [{ name, content: 'x' }] }))).rejects.toThrow(/refusing to publish/)
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBeNull()
  })

  it('rejects an invalid branch name', async () => {
    await expect(publish(opts({ branch: 'bad..name' }))).rejects.toThrow(/invalid branch name/)
    await expect(publish(opts({ branch: '--upload-pack=x' }))).rejects.toThrow(/invalid branch name/)
  })

  it('publishes into the repository root with the given author and a body that says what changed', async () => {
    const r = await publish(opts({ dir: '.', author: { name: 'Bot', email: 'bot@example.test' } }))
    expect(r.filesAdded).toContain('kustomization.yaml')
    const [c] = linearHistory(remote.path, 'gitops')
    expect(c?.body.split('\n')[0]).toBe('Secrets: 2 added, 0 removed, 0 changed in 2 namespaces.')
    expect(c?.body).toContain('namespace team-a (1 added, 0 removed, 0 changed):\n- a added: single value from store kv, key password')
    expect(git(['log', '-1', '--format=%an <%ae>|%cn', 'refs/heads/gitops'], { gitDir: remote.path })).toBe('Bot <bot@example.test>|Bot')
  })

  it('uses a non-personal default author when no identity is configured', async () => {
    const bare: NodeJS.ProcessEnv = { ...GIT_ENV }
    for (const k of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL']) delete bare[k]
    await publish(opts({ env: bare }))
    const who = (): string => git(['log', '-1', '--format=%an <%ae>', 'refs/heads/gitops'], { gitDir: remote.path })
    expect(who()).toBe('secrets-injector <noreply@secrets-injector.invalid>')
    await publish(opts({ env: { ...bare, GITHUB_ACTIONS: 'true' }, files: [cesFile('c', 'team-c')] }))
    expect(who()).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>')
  })

  it('reports a missing remote without a stack trace', async () => {
    await expect(publish(opts({ remote: `${remote.url}-missing` }))).rejects.toThrow(/cannot fetch gitops/)
  })
})
