import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../src/cli/commands/publish.js'
import type { CliIO } from '../src/cli/io.js'
import { bareRemote, filesAt, GIT_ENV, linearHistory, seedCommit, tempDir, tryRev } from './helpers/git.js'

let tmp: { path: string; cleanup: () => void }
let remote: { path: string; url: string }

beforeEach(() => {
  tmp = tempDir()
  remote = bareRemote(tmp.path)
})
afterEach(() => tmp.cleanup())

function values(entries: Array<{ name: string; ns: string }>): string {
  const lines = [
    'clustersecretstore:',
    '  name: platform-kv',
    '  providerType: azurekv',
    '  azurekv:',
    '    vaulturl: https://platform-prod.vault.azure.net',
    '    tenantid: 7d5e1a4c-3f2b-4c8e-9a61-0b2f4e8d9c13',
    '    identityid: 3b9f6d2e-8a41-4f0c-b7e5-1c2d3e4f5a6b',
    'externalsecrets:'
  ]
  for (const e of entries) {
    lines.push(
      `  - secret: ${e.name}`,
      '    clustersecstore: platform-kv',
      `    namespace: ${e.ns}`,
      `    namespacesecretname: ${e.name}`,
      `    keyvaultsecretname: ${e.name}-remote`,
      '    namespacesecretkeyname: value'
    )
  }
  return `${lines.join('\n')}\n`
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = GIT_ENV): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: tmp.path, env }
  const code = await run(argv, io)
  return { code, stdout, stderr }
}

describe('secrets-injector publish', () => {
  it('publishes, re-runs without a commit, and removes a dropped resource', async () => {
    writeFileSync(
      join(tmp.path, 'values.yaml'),
      values([
        { name: 'payments-db', ns: 'payments' },
        { name: 'orders-api', ns: 'orders' }
      ])
    )
    const args = ['--remote', remote.url, '--branch', 'gitops', '--path', 'clusters/prod', 'values.yaml']
    const first = await cli(args)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/^published [0-9a-f]{40} to gitops:clusters\/prod \(attempt 1\)\n/)
    expect(first.stdout).toContain('  added   clusters/prod/clusterexternalsecret-payments-db.yaml')
    expect(linearHistory(remote.path, 'gitops')[0]).toMatchObject({
      subject: 'secrets-injector: render manifests',
      body: expect.stringMatching(/^Secrets: 2 added, 0 removed, 0 changed in 2 namespaces\. 1 store change\.\n/)
    })

    const again = await cli(args)
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/^nothing to change: gitops:clusters\/prod is up to date at [0-9a-f]{12}; no commit made\n$/)

    writeFileSync(join(tmp.path, 'values.yaml'), values([{ name: 'payments-db', ns: 'payments' }]))
    const third = await cli([...args, '--json', '--message', 'Drop orders'])
    expect(third.code).toBe(0)
    const result: unknown = JSON.parse(third.stdout)
    expect(result).toMatchObject({ changed: true, filesRemoved: ['clusters/prod/clusterexternalsecret-orders-api.yaml'] })
    expect(linearHistory(remote.path, 'gitops').map((c) => c.subject)).toEqual(['Drop orders', 'secrets-injector: render manifests'])
    expect(linearHistory(remote.path, 'gitops')[0]?.body).toContain(
      'namespace orders (0 added, 1 removed, 0 changed):\n- orders-api removed (was single value from store platform-kv)'
    )
  })

  it('commits nothing and exits 1 when a values file is broken', async () => {
    const seed = seedCommit(remote.path, 'gitops', [{ path: 'README.md', content: 'x' }])
    writeFileSync(join(tmp.path, 'values.yaml'), `${values([{ name: 'payments-db', ns: 'payments' }])}  - secret: [broken\n`)
    const r = await cli(['--remote', remote.url, '--branch', 'gitops', 'values.yaml'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/values\.yaml:\d+:\d+: error: /)
    expect(r.stderr).toContain('nothing was committed')
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBe(seed)
  })

  it('exits 1 without committing when publishing is refused', async () => {
    writeFileSync(join(tmp.path, 'values.yaml'), values([{ name: 'payments-db', ns: 'payments' }]))
    const seed = seedCommit(remote.path, 'gitops', [{ path: 'manifests/clusterexternalsecret-payments-db.yaml', content: 'hand-made\n' }])
    const r = await cli(['--remote', remote.url, '--branch', 'gitops', 'values.yaml'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /refusing to publish to gitops:manifests\n {2}"manifests\/clusterexternalsecret-payments-db.yaml" exists and was not written/
    )
    expect(tryRev(remote.path, 'refs/heads/gitops')).toBe(seed)
    expect(filesAt(remote.path, 'gitops').size).toBe(1)
  })

  it.each([
    [['values.yaml'], /--remote is required/],
    [['--remote', 'x', 'values.yaml'], /--branch is required/],
    [['--remote', 'x', '--branch', 'b', '--author', 'nobody', 'values.yaml'], /--author must look like/],
    [['--remote', 'x', '--branch', 'b', '--token-env', 'UNSET_VAR', 'values.yaml'], /UNSET_VAR: the variable is not set/],
    [['--branch', 'b', '--verified', 'values.yaml'], /--github-repo/],
    [['--remote', 'x', '--branch', 'b', '--max-attempts', '0', 'values.yaml'], /--max-attempts/],
    [['--remote', 'x', '--branch', 'b', '--path', '../up', 'values.yaml'], /--path: path "..\/up"/],
    [['--remote', 'x', '--branch', 'x.lock/y', 'values.yaml'], /--branch: "x.lock\/y" is not a valid branch name/],
    [['--remote', 'x', '--branch=-foo', 'values.yaml'], /--branch: "-foo" is not a valid branch name/]
  ])('rejects bad usage %j', async (argv, message) => {
    await expect(cli(argv)).rejects.toThrow(message)
  })

  it('prints help', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: secrets-injector publish --remote URL --branch NAME/)
  })
})
