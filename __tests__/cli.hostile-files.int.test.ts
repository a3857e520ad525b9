import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Issue 14 item 1 for the CLI, run as a process in a checkout a pull request
 * controls: values files that are links to .git/config, /dev/zero, a FIFO or
 * a directory. Before, the first leaked the token in parse errors, the second
 * ran the CLI out of memory and the third hung.
 */

const ROOT = process.cwd()
const TOKEN = 'ghs_FAKEtokenPersistedByCheckout0123456789'
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
const VALID =
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
  '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'si-hostile-'))
  execFileSync('git', ['init', '-q'], { cwd: dir })
  execFileSync('git', ['config', '--local', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${BASIC}`], { cwd: dir })
  mkdirSync(path.join(dir, 'values'))
  mkdirSync(path.join(dir, 'shared'))
  writeFileSync(path.join(dir, 'shared/prod.yaml'), VALID)
  symlinkSync('../.git/config', path.join(dir, 'values/git-config.yaml'))
  symlinkSync('/dev/zero', path.join(dir, 'values/zero.yaml'))
  symlinkSync('../../../../../../../etc/hostname', path.join(dir, 'values/outside.yaml'))
  symlinkSync('../shared/prod.yaml', path.join(dir, 'values/linked.yaml'))
  execFileSync('mkfifo', [path.join(dir, 'values/pipe.yaml')])
  mkdirSync(path.join(dir, 'values/dir.yaml'))
  writeFileSync(path.join(dir, 'values/huge.yaml'), '')
  truncateSync(path.join(dir, 'values/huge.yaml'), 17 * 1024 * 1024)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=256',
      '--import',
      path.join(ROOT, 'node_modules/tsx/dist/loader.mjs'),
      path.join(ROOT, 'src/cli/index.ts'),
      ...args
    ],
    {
      cwd: dir
    }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

describe('values files that are not regular files in the workspace', () => {
  it('a link to .git/config is refused by name; the token appears nowhere', async () => {
    const r = await cli('lint', 'values/git-config.yaml')
    expect(`${r.stdout}${r.stderr}`).not.toContain(BASIC.slice(0, 12))
    expect(`${r.stdout}${r.stderr}`).not.toContain('extraheader')
    expect(r.stdout).toBe(
      'values/git-config.yaml:1:1: error: values/git-config.yaml is a symbolic link into .git; values files must be ' +
        'regular files in the repository [unsafe-file]\n'
    )
    expect(r.code).toBe(1)
  })

  it('a link to /dev/zero, a FIFO and a link out of the workspace: one finding each, no hang, no crash', async () => {
    const r = await cli('lint', '--format', 'json', 'values/zero.yaml', 'values/pipe.yaml', 'values/outside.yaml')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    const findings = JSON.parse(r.stdout) as Array<{ file: string; rule: string; message: string }>
    expect(findings.map((f) => [f.file, f.rule, f.message])).toEqual([
      ['values/zero.yaml', 'unsafe-file', expect.stringContaining('is a symbolic link to a file outside the workspace')],
      ['values/pipe.yaml', 'unsafe-file', 'values/pipe.yaml is a FIFO, not a regular file; values files must be regular files'],
      ['values/outside.yaml', 'unsafe-file', expect.stringContaining('is a symbolic link to a file outside the workspace')]
    ])
  })

  it('a link that stays inside the workspace is an ordinary values file', async () => {
    const r = await cli('lint', 'values/linked.yaml')
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  it('render refuses to render anything when one file is refused', async () => {
    const r = await cli('render', 'values/linked.yaml', 'values/zero.yaml')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('[unsafe-file]')
  })

  it('diff: a refused namespaces file is a finding without its content; /dev/null is still the empty side', async () => {
    const refused = await cli('diff', '--base', '/dev/null', '--head', 'values/linked.yaml', '--namespaces-file', 'values/git-config.yaml')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('values/git-config.yaml is a symbolic link into .git')
    expect(refused.stderr).not.toContain(BASIC.slice(0, 12))
    const ok = await cli('diff', '--base', '/dev/null', '--head', 'values/linked.yaml')
    expect(ok.code).toBe(0)
  })

  it('a file over the size limit is refused without being read whole', async () => {
    const r = await cli('lint', 'values/huge.yaml')
    expect(r.stdout).toBe(
      'values/huge.yaml:1:1: error: values/huge.yaml is larger than 16777216 bytes (limit); not a values file [limit-exceeded]\n'
    )
    expect(r.code).toBe(1)
  })

  it('a missing file and a directory are still usage errors naming them', async () => {
    const missing = await cli('lint', 'values/missing.yaml')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('values/missing.yaml: cannot read (no such file)')
    // A process substitution is a link to a pipe, which no values file can be: say so, not "no such file".
    const pipe = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const loader = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')
      const child = spawn(
        'bash',
        ['-c', `"$0" --import "$1" "$2" lint <(printf x)`, process.execPath, loader, path.join(ROOT, 'src/cli/index.ts')],
        {
          cwd: dir
        }
      )
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('close', (code) => resolve({ code, stderr }))
    })
    expect(pipe.code).toBe(2)
    expect(pipe.stderr).toMatch(/^secrets-injector lint: \/dev\/fd\/\d+: cannot read \(a link to no file: /)
    expect(pipe.stderr).toContain('a pipe such as <(...) or a dangling link; give a regular file)\n')
    const directory = await cli('lint', 'values/dir.yaml')
    expect(directory.code).toBe(2)
    expect(directory.stderr).toContain('values/dir.yaml: is a directory, not a values file')
  })
})

/**
 * Issue 14 item 3 for the CLI: a `run: secrets-injector lint values/*.yaml`
 * step prints into the runner log too. A file name with a line break and a
 * workflow command, or one that is a command, must not put a command line
 * into the output, nor a terminal escape.
 */
describe('file names that are workflow commands', () => {
  const names = ['a\n::add-mask::x.yaml', '::error title=forged::b.yaml', 'c\r::set-output name=x::y.yaml', 'd\u001b]0;t\u0007.yaml']
  it.each([
    ['lint', (n: string) => ['lint', n]],
    ['diff', (n: string) => ['diff', '--head', n]],
    ['render -o', (n: string) => ['render', '-o', n, 'shared/prod.yaml']]
  ])('%s: no output line is a command, no control character is printed', async (_, argv) => {
    for (const name of names) {
      // An entry with a typo, so lint reports a finding that names the file.
      writeFileSync(path.join(dir, name), `${VALID}externalsecrets:\n  - secret: x\n`)
      const r = await cli(...argv(name))
      const lines = `${r.stdout}\n${r.stderr}`.split(/\r\n|\r|\n/)
      expect(r.stdout + r.stderr, JSON.stringify(name)).toContain(name.startsWith('::') ? 'error title=forged' : name.slice(0, 1))
      for (const line of lines) {
        expect(line, JSON.stringify(name)).not.toMatch(/^\s*::/)
        expect(line, JSON.stringify(name)).not.toContain('##[')
      }
      // eslint-disable-next-line no-control-regex -- the check is for control characters
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
      rmSync(path.join(dir, name), { recursive: true, force: true })
    }
  })
})
