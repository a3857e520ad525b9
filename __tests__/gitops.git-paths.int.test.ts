import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/io.js'
import { gitSegmentProblem } from '../src/core/git-paths.js'
import { isValidBranchName, normalizeDir } from '../src/core/publish/plan.js'
import { bareRemote, GIT_ENV, seedCommit, tempDir, tryRev } from './helpers/git.js'

/**
 * Issue 14 item 10: a publish path that is `.git` in disguise. git drops such
 * paths (core.protectNTFS / protectHFS), so today's code reported success and
 * published nothing. Against a real bare repository: refused, nothing pushed.
 */

let tmp: { path: string; cleanup: () => void }
let remote: { path: string; url: string }
beforeEach(() => {
  tmp = tempDir()
  remote = bareRemote(tmp.path)
  writeFileSync(
    join(tmp.path, 'values.yaml'),
    'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
      '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\nexternalsecrets:\n  - secret: db\n    clustersecstore: kv\n' +
      '    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db\n    namespacesecretkeyname: password\n'
  )
})
afterEach(() => tmp.cleanup())

const DISGUISED = ['GIT~1', '.git.', '.GIT', 'clusters/.git ', 'clusters/.g\u200cit', 'clusters/.gitmodules', 'a/.git::$INDEX_ALLOCATION']

describe('publish --path that git would drop', () => {
  it('GIT~1, run as a process: refused with a clear error, the remote is untouched', () => {
    const before = seedCommit(remote.path, 'gitops', [{ path: 'README.md', content: 'hello' }])
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        join(process.cwd(), 'node_modules/tsx/dist/loader.mjs'),
        join(process.cwd(), 'src/cli/index.ts'),
        'publish',
        '--remote',
        remote.url,
        '--branch',
        'gitops',
        '--path',
        'GIT~1',
        'values.yaml'
      ],
      { cwd: tmp.path, encoding: 'utf8', env: GIT_ENV }
    )
    expect(r.stderr).toContain('--path: path "GIT~1": "GIT~1" looks like a Windows short name (like GIT~1, which stands for .git)')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBe(before)
  })

  it.each(DISGUISED)('%j is refused before anything is pushed', async (dir) => {
    let stderr = ''
    const io: CliIO = { stdout: () => undefined, stderr: (s) => void (stderr += s), cwd: tmp.path, env: GIT_ENV }
    const code = await main(['publish', '--remote', remote.url, '--branch', 'gitops', '--path', dir, 'values.yaml'], io)
    expect(code).toBe(2)
    expect(stderr).toMatch(/--path: path .*git would drop or misread it|--path: .*control characters/)
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBeNull()
  })
})

describe('the segment rules', () => {
  it.each([...DISGUISED.map((d) => d.split('/').pop() ?? d), 'GITMOD~1', 'manife~2', '.mailmap', 'x:y', 'a\ufeffb'])('refuse %j', (s) => {
    expect(gitSegmentProblem(s)).not.toBeNull()
  })
  it.each(['manifests', '.github', 'clusters', 'prod-eu', 'git', 'a~b', 'v1.2'])('accept %j', (s) => {
    expect(gitSegmentProblem(s)).toBeNull()
    expect(normalizeDir(`x/${s}`).ok).toBe(true)
  })
})

describe('branch names that mean something else to git', () => {
  it.each(['HEAD', 'refs/heads/x', 'refs/tags/v1'])('refuse %j', (b) => expect(isValidBranchName(b)).toBe(false))
  it('the publish command refuses them with the usage error', async () => {
    let stderr = ''
    const io: CliIO = { stdout: () => undefined, stderr: (s) => void (stderr += s), cwd: tmp.path, env: GIT_ENV }
    const code = await main(['publish', '--remote', remote.url, '--branch', 'HEAD', 'values.yaml'], io)
    expect(code).toBe(2)
    expect(stderr).toContain('--branch: "HEAD" is not a valid branch name')
    expect(tryRev(remote.path, 'HEAD')).toBeNull()
  })
})
