import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

/**
 * Issue 14, item 8 follow-up, as an attack: ten store condition regexes of
 * 16 KB each, every one a valid RE2 pattern of about 1.1 million
 * instructions (a 164 KB values file). Compiled, they took 9.6 s and 1 GB of
 * heap; with a 160 MB heap, as here, Node aborted with a native stack. Lint
 * must end cleanly: exit 1 with a limit finding per pattern.
 */
it('lint of huge condition regexes under a small heap exits 1 with limit findings, not a crash', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'si-regex-size-'))
  try {
    const patterns = Array.from({ length: 10 }, (_, i) => `${'(?:[a-z]{1000})'.repeat(1090)}x${i}`)
    const file = path.join(dir, 'values.yaml')
    writeFileSync(
      file,
      'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
        '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n  conditions:\n    - namespaceRegexes:\n' +
        patterns.map((p) => `        - '${p}'\n`).join('') +
        'externalsecrets:\n  - secret: db\n    clustersecstore: kv\n' +
        '    namespace: team-a\n    namespacesecretname: db\n    keyvaultsecretname: db\n    namespacesecretkeyname: password\n'
    )
    const child = spawn(process.execPath, ['--max-old-space-size=160', '--import', 'tsx', 'src/cli/index.ts', 'lint', file])
    const killer = setTimeout(() => child.kill('SIGKILL'), 50_000)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])))
    clearTimeout(killer)
    expect(signal).toBeNull()
    expect(stderr).not.toMatch(/heap out of memory|FATAL|\n\s+at /)
    expect(code).toBe(1)
    const limits = stdout.split('\n').filter((l) => l.includes('[limit-exceeded]'))
    expect(limits).toHaveLength(10)
    expect(limits[0]).toContain(
      `${file}:8:11: error: clustersecretstore ("kv"): "conditions[0].namespaceRegexes[0]": the pattern is not checked`
    )
    expect(limits[0]).toContain('limit 10,000 per pattern')
    // Unknown conditions are not judged: no store-conditions error for team-a.
    expect(stdout).not.toContain('[store-conditions]')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
