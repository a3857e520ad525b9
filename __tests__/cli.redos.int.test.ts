import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

/**
 * Issue 14 item 8 as an attack: `^(a|a)*$` in a store condition and an entry
 * in a 42-character namespace. With JavaScript's backtracking RegExp, lint
 * ran for about two minutes; the CLI must finish (it is killed after 50 s).
 */
it('lint of a ReDoS pattern in store conditions completes, with the store-conditions finding', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'si-redos-'))
  try {
    const ns = `${'a'.repeat(40)}-x`
    writeFileSync(
      path.join(dir, 'values.yaml'),
      'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
        "    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n  conditions:\n    - namespaceRegexes: ['^(a|a)*$']\n" +
        'externalsecrets:\n  - secret: db\n    clustersecstore: kv\n' +
        `    namespace: ${ns}\n    namespacesecretname: db\n    keyvaultsecretname: db\n    namespacesecretkeyname: password\n`
    )
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'lint', path.join(dir, 'values.yaml')])
    const killer = setTimeout(() => child.kill('SIGKILL'), 50_000)
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])))
    clearTimeout(killer)
    expect(signal).toBeNull()
    expect(code).toBe(0)
    expect(stdout).toContain(`store "kv" may not be used from namespace "${ns}"`)
    expect(stdout).toContain('[store-conditions]')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
