import { spawn } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/**
 * Issue 14 item 2: `render -o DIR` in a directory a pull request prepared.
 * Before, a planted link overwrote the file it pointed to, a dangling one
 * created a file outside DIR, a failed write left half a render, and
 * `-o /proc/x` never returned. The CLI runs as a process.
 */

const ROOT = process.cwd()
const VALUES =
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
  '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\nexternalsecrets:\n  - secret: db\n    clustersecstore: kv\n' +
  '    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db\n    namespacesecretkeyname: password\n'
const STORE_FILE = 'clustersecretstore-kv.yaml'
const CES_FILE = 'clusterexternalsecret-db.yaml'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'si-render-'))
  mkdirSync(path.join(dir, 'work'))
  writeFileSync(path.join(dir, 'work/values.yaml'), VALUES)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function render(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const loader = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')
  const child = spawn(process.execPath, ['--import', loader, path.join(ROOT, 'src/cli/index.ts'), 'render', ...args], {
    cwd: path.join(dir, 'work')
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  )
}

describe('render -o DIR never writes through a link', () => {
  it('a planted link and a dangling link are replaced by the rendered files; their targets are untouched', async () => {
    const out = path.join(dir, 'work/out')
    mkdirSync(out)
    writeFileSync(path.join(dir, 'victim.txt'), 'precious\n')
    symlinkSync('../../victim.txt', path.join(out, STORE_FILE))
    symlinkSync('../../created-outside.txt', path.join(out, CES_FILE))
    writeFileSync(path.join(out, 'README.md'), 'mine\n')
    const r = await render('-o', 'out', 'values.yaml')
    expect(r.stderr).toBe('wrote 2 files to out\n')
    expect(r.code).toBe(0)
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('precious\n')
    expect(existsSync(path.join(dir, 'created-outside.txt'))).toBe(false)
    for (const f of [STORE_FILE, CES_FILE]) expect(lstatSync(path.join(out, f)).isFile()).toBe(true)
    expect(readFileSync(path.join(out, CES_FILE), 'utf8')).toContain('kind: ClusterExternalSecret')
    // Other files in DIR are left alone, and no staging directory is left behind.
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('mine\n')
    expect(readdirSync(path.join(dir, 'work')).sort()).toEqual(['out', 'values.yaml'])
  })

  it('DIR itself, or a parent inside the working directory, being a link is refused', async () => {
    mkdirSync(path.join(dir, 'elsewhere'))
    symlinkSync('../elsewhere', path.join(dir, 'work/out'))
    const direct = await render('-o', 'out', 'values.yaml')
    expect(direct.code).toBe(2)
    expect(direct.stderr).toContain('out is a symbolic link; refusing to write through it')
    const parent = await render('-o', 'out/sub', 'values.yaml')
    expect(parent.code).toBe(2)
    expect(parent.stderr).toContain('is a symbolic link; refusing to write through it')
    expect(readdirSync(path.join(dir, 'elsewhere'))).toEqual([])
  })

  it('a failed write leaves no partial render', async () => {
    const out = path.join(dir, 'work/out')
    mkdirSync(out)
    writeFileSync(path.join(out, STORE_FILE), 'old store\n')
    mkdirSync(path.join(out, CES_FILE))
    const r = await render('-o', 'out', 'values.yaml')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${CES_FILE} exists and is a directory; refusing to replace it`)
    expect(readFileSync(path.join(out, STORE_FILE), 'utf8')).toBe('old store\n')
    expect(readdirSync(path.join(dir, 'work')).sort()).toEqual(['out', 'values.yaml'])
  })

  it('-o /proc/x ends with a usage error instead of hanging', async () => {
    const r = await render('-o', '/proc/x', 'values.yaml')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('cannot write to /proc/x')
  })
})
