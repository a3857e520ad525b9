import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LIMITS } from '../src/core/limits.js'

/**
 * Issue 14 item 7: files at and past every limit, linted by the CLI as a
 * process with a small heap. Before the limits, the 15 MB flow list alone
 * needed 4.4 GB and aborted; 32,000 keys in one mapping took 20 s. The
 * assertions are on completion and findings, never on wall time.
 */

const HEAP_MB = 256
const dir = mkdtempSync(path.join(tmpdir(), 'si-limits-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function lint(name: string, text: string): Promise<Run> {
  const file = path.join(dir, name)
  writeFileSync(file, text)
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'src/cli/index.ts', 'lint', file])
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

const STORE =
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
  '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'
const ENTRY = (i: number): string =>
  `  - secret: s${i}\n    clustersecstore: kv\n    namespace: ns${i % 200}\n    namespacesecretname: s${i}\n` +
  `    keyvaultsecretname: s${i}\n    namespacesecretkeyname: value\n`

describe('past a limit: one finding naming it, with a small heap', () => {
  it('a 15 MB flow list (under the size cap) stops at the node limit', async () => {
    const r = await lint('flow.yaml', `x: [${Array(7_500_000).fill('a').join(',')}]\n`)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/flow\.yaml:1:\d+: error: the file has more than 250,000 YAML nodes \(limit\) \[limit-exceeded\]\n$/)
  })

  it('32,000 keys in one mapping stop at the keys limit', async () => {
    const keys = Array.from({ length: 32_000 }, (_, i) => `    k${i}: v`).join('\n')
    const r = await lint('keys.yaml', `externalsecrets:\n  - secret: db\n${keys}\n`)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(`${dir}/keys.yaml:1002:5: error: a mapping of more than 1,000 keys (limit) [limit-exceeded]\n`)
  })
})

describe('at a limit: the whole file is linted, with a small heap', () => {
  it('120 entries of 1,000 unknown keys each: 120,000 findings', async () => {
    const entries: string[] = []
    for (let e = 0; e < 120; e++) {
      entries.push(`  - secret: e${e}`)
      for (let k = 1; k < LIMITS.keysPerMapping; k++) entries.push(`    k${k}: v`)
    }
    const r = await lint('wide.yaml', `externalsecrets:\n${entries.join('\n')}\n`)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').filter((l) => l.endsWith('[unknown-key]'))).toHaveLength(120 * 999)
  })

  it('close to 250,000 nodes in lists of up to 20,000 items', async () => {
    const lists = Array.from({ length: 13 }, (_, i) => `x${i}: [${Array(19_000).fill('a').join(',')}]`)
    const r = await lint('nodes.yaml', `${lists.join('\n')}\n`)
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').filter((l) => l !== '')).toHaveLength(13)
    expect(r.stdout).not.toContain('limit-exceeded')
  })

  it('strings of the longest length, up to the size cap', async () => {
    const long = 'a'.repeat(LIMITS.stringLength)
    const lines = Array.from({ length: 900 }, (_, i) => `  k${i}: ${long}`)
    const r = await lint('long.yaml', `x-long:\n${lines.join('\n')}\n`)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('unknown key "x-long"')
    expect(r.stdout).not.toContain('limit-exceeded')
  })

  it('a shared block aliased until close to the expansion limit', async () => {
    const block = Array.from({ length: 499 }, (_, i) => `  k${i}: v`).join('\n')
    const uses = Array.from({ length: 990 }, () => '*b').join(', ')
    const r = await lint('aliases.yaml', `x-block: &b\n${block}\nx-uses: [${uses}]\n`)
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain('alias-bomb')
    expect(r.stdout.split('\n').filter((l) => l.endsWith('[unknown-key]'))).toHaveLength(2)
  })

  it('15,000 valid entries lint clean', async () => {
    const entries = Array.from({ length: 15_000 }, (_, i) => ENTRY(i)).join('')
    const r = await lint('entries.yaml', `${STORE}externalsecrets:\n${entries}`)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('')
    expect(r.code).toBe(0)
  })
})
