import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/io.js'
import { FakeVault } from '../e2e/harness/vault.js'
import { entry } from './helpers/verify.js'

// `secrets-injector verify` as a user runs it: in-process through main(),
// and once as a real process, against the Vault stand-in.

const TOKEN = 'hvs.cli-verify'
const vault = new FakeVault('hvs.eso', { tokens: [TOKEN] })
const dir = mkdtempSync(join(tmpdir(), 'si-verify-cli-'))

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text)
  return name
}

function store(server: string): string {
  return `clustersecretstore:
  name: vault
  providerType: vault
  vault:
    server: ${server}
    path: secret
    auth: {tokenName: t, tokenNamespace: eso, tokenKey: token}
`
}

async function runCli(argv: string[], env: NodeJS.ProcessEnv = { VAULT_TOKEN: TOKEN }) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: dir, env }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

let typo = ''
beforeAll(async () => {
  await vault.start()
  vault.put('secret', 'apps/db', { password: 'x' })
  const property = '    property: password\n    namespacesecretkeyname: P\n'
  typo = write(
    'typo.yaml',
    `${store(vault.url)}externalsecrets:\n` +
      entry({ name: 'db', store: 'vault', remote: 'apps/db', extra: property }) +
      entry({ name: 'db2', store: 'vault', remote: 'apps/dbb', namespace: 'shop', extra: property })
  )
})
afterAll(() => vault.stop())
afterEach(() => {
  expect(vault.violations).toEqual([])
  vault.calls.length = 0
})

describe('secrets-injector verify', () => {
  it('text: one finding per line, a summary on stderr, exit 1 for a missing remote secret', async () => {
    const r = await runCli(['verify', typo])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      `typo.yaml:20:25: error: remote secret "apps/dbb" does not exist in Vault ${vault.url} (KV v2 mount "secret") (store "vault"); ` +
        'this Secret would fail to sync (SecretSyncedError): shop/db2; properties read from it: password [remote-missing]\n'
    )
    expect(r.stderr).toBe('secrets-injector verify: 2 remote secrets in 1 store: 1 present, 1 missing, 0 unchecked\n')
  })

  it('json: the finding shape of lint --format json', async () => {
    const r = await runCli(['verify', '--format', 'json', typo])
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ file: 'typo.yaml', line: 20, column: 25, severity: 'error', rule: 'remote-missing' })
    ])
    expect(Object.keys((JSON.parse(r.stdout) as object[])[0] ?? {})).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message'])
  })

  it('--level warning reports the same finding as a warning and exits 0', async () => {
    const r = await runCli(['verify', '--level', 'warning', typo])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(': warning: remote secret "apps/dbb"')
  })

  it('an unchecked store is a warning, exit 0, and says what was missing', async () => {
    const r = await runCli(['verify', typo], {})
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^typo\.yaml:2:9: warning: store "vault" .* was not checked: no Vault token: set VAULT_TOKEN/)
    // Nothing was asked, so the summary does not say "checked".
    expect(r.stderr).toBe('secrets-injector verify: 2 remote secrets in 1 store: 0 present, 0 missing, 2 unchecked\n')
  })

  it('lint errors: printed, exit 1, no provider asked', async () => {
    const broken = write('broken.yaml', `${store(vault.url)}externalsecrets:\n  - secret: db\n    clustersecstore: vault\n`)
    const r = await runCli(['verify', broken])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('[entry-required]')
    expect(r.stderr).toContain('lint errors (above); no provider was asked')
    expect(vault.calls).toEqual([])
  })

  it('usage errors name the flag', async () => {
    expect((await runCli(['verify', '--timeout', 'soon', typo])).stderr).toContain('--timeout must be a number of seconds')
    expect((await runCli(['verify', '--level', 'fatal', typo])).code).toBe(2)
  })

  it('as a process: exits on its own once done (no socket or timer left open), same output', async () => {
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/index.ts', 'verify', join(dir, typo)],
        { env: { ...process.env, VAULT_TOKEN: TOKEN }, timeout: 30_000 },
        (_err, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr })
      )
    })
    expect(run.stderr).toContain('2 remote secrets in 1 store: 1 present, 1 missing, 0 unchecked')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('remote secret "apps/dbb" does not exist')
  })
})
