import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/io.js'

const FIX = '__tests__/fixtures/cli'

function runCli(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: process.cwd(), env: {} }
  return main(argv, io).then((code) => ({ code, stdout, stderr }))
}

const tmpDirs: string[] = []
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'si-cli-'))
  tmpDirs.push(d)
  return d
}
afterEach(() => {
  for (const d of tmpDirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('secrets-injector lint', () => {
  it('exits 0 and prints nothing for a clean file', async () => {
    const r = await runCli(['lint', `${FIX}/clean.yaml`])
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('exits 1 with one file:line:col finding per line', async () => {
    const r = await runCli(['lint', `${FIX}/broken.yaml`])
    expect(r.code).toBe(1)
    const lines = r.stdout.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^__tests__\/fixtures\/cli\/broken\.yaml:\d+:\d+: (error|warning): .+ \[[a-z0-9-]+\]$/)
    expect(r.stdout).toContain('broken.yaml:12:17: error:')
  })

  it('prints the same findings as JSON with --format json', async () => {
    const text = await runCli(['lint', `${FIX}/broken.yaml`])
    const json = await runCli(['lint', '--format', 'json', `${FIX}/broken.yaml`])
    expect(json.code).toBe(1)
    const findings = JSON.parse(json.stdout) as Array<{
      file: string
      line: number
      column: number
      severity: string
      message: string
      rule: string
    }>
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]`).join('\n') + '\n').toBe(
      text.stdout
    )
  })

  it('treats a missing file, no file, a bad flag and a bad format as usage errors (exit 2)', async () => {
    for (const argv of [
      ['lint'],
      ['lint', 'does-not-exist.yaml'],
      ['lint', '--nope', `${FIX}/clean.yaml`],
      ['lint', '--format', 'xml', `${FIX}/clean.yaml`],
      ['lint', FIX]
    ]) {
      const r = await runCli(argv)
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/^secrets-injector lint: .+\nRun 'secrets-injector lint --help' for usage\.\n$/)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })
})

describe('secrets-injector render', () => {
  it('prints a multi-document YAML stream', async () => {
    const r = await runCli(['render', `${FIX}/clean.yaml`])
    expect(r.code).toBe(0)
    expect(r.stdout.match(/^---$/gm)).toHaveLength(2)
    expect(r.stdout).toContain('kind: ClusterSecretStore')
    expect(r.stdout).toContain('kind: ClusterExternalSecret')
  })

  it('writes one file per resource with stable names under -o DIR', async () => {
    const dir = join(tmp(), 'out')
    const r = await runCli(['render', '-o', dir, `${FIX}/clean.yaml`])
    expect(r.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['clusterexternalsecret-payments-db.yaml', 'clustersecretstore-platform-kv.yaml'])
    const stream = await runCli(['render', `${FIX}/clean.yaml`])
    const joined = readdirSync(dir)
      .sort()
      .reverse()
      .map((f) => '---\n' + readFileSync(join(dir, f), 'utf8'))
      .join('')
    expect(joined).toBe(stream.stdout)
  })

  it('writes nothing and exits 1 when lint finds an error', async () => {
    const dir = join(tmp(), 'out')
    const r = await runCli(['render', '-o', dir, `${FIX}/clean.yaml`, `${FIX}/broken.yaml`])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('broken.yaml:12:17: error:')
    expect(existsSync(dir)).toBe(false)
  })

  it('renders the same bytes every time', async () => {
    const a = await runCli(['render', `${FIX}/clean.yaml`])
    const b = await runCli(['render', `${FIX}/clean.yaml`])
    expect(a.stdout).toBe(b.stdout)
  })
})

describe('help and dispatch', () => {
  it('shows --help for the program and every command', async () => {
    const top = await runCli(['--help'])
    expect(top.code).toBe(0)
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) {2}/gm)].map((m) => m[1]!)
    expect(commands).toEqual(expect.arrayContaining(['lint', 'render', 'diff', 'publish']))
    for (const c of commands) {
      const r = await runCli([c, '--help'])
      expect(r.code, c).toBe(0)
      expect(r.stdout, c).toMatch(new RegExp(`^Usage: secrets-injector ${c} `))
    }
  })

  it("the program's help names every exit status a command's help documents", async () => {
    const top = await runCli(['--help'])
    const exitCodes = (help: string): string[] => {
      const paragraph = help.slice(help.indexOf('Exit status:')).split('\n\n')[0] ?? ''
      return [...paragraph.matchAll(/(?<![\w.])(\d) (?=[a-z(])/g)].map((m) => m[1]!)
    }
    const documented = new Set(exitCodes(top.stdout))
    expect(documented).toEqual(new Set(['0', '1', '2', '3']))
    for (const c of [...top.stdout.matchAll(/^ {2}([a-z]+) {2}/gm)].map((m) => m[1]!)) {
      const codes = exitCodes((await runCli([c, '--help'])).stdout)
      expect(codes.length, c).toBeGreaterThan(0)
      for (const code of codes) expect(documented, `${c}: exit ${code}`).toContain(code)
    }
  })

  it('rejects an unknown command with exit 2', async () => {
    const r = await runCli(['frobnicate'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown command "frobnicate"')
  })
})

describe('flags: one parser, one error style', () => {
  it.each([
    [['lint', '--fromat', 'json', `${FIX}/clean.yaml`], 'lint', 'unknown option --fromat; did you mean --format?'],
    [['render', '--ouput', 'dir', `${FIX}/clean.yaml`], 'render', 'unknown option --ouput; did you mean --output?'],
    [['diff', '--hed', 'a.yaml'], 'diff', 'unknown option --hed; did you mean --head?'],
    [['publish', '--verifed', 'a.yaml'], 'publish', 'unknown option --verifed; did you mean --verified?'],
    [['lint', '--zzzzzz', `${FIX}/clean.yaml`], 'lint', 'unknown option --zzzzzz'],
    [['lint', '-x', `${FIX}/clean.yaml`], 'lint', 'unknown option -x'],
    [['lint', '--format'], 'lint', '--format needs a value'],
    [['lint', '--format', '--help'], 'lint', '--format needs a value (got the option --help; write --format=--help if you mean it)'],
    [['render', '-o'], 'render', '-o needs a value'],
    [['lint', '--help=yes'], 'lint', '--help takes no value'],
    [['lint', '--format', 'jsn', `${FIX}/clean.yaml`], 'lint', '--format must be one of text, json; got "jsn" (did you mean json?)']
  ])('%j: exit 2 with one line in our words', async (argv, command, message) => {
    const r = await runCli(argv)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`secrets-injector ${command}: ${message}\nRun 'secrets-injector ${command} --help' for usage.\n`)
  })

  it('no message of node:util parseArgs leaks through', async () => {
    for (const argv of [
      ['lint', '--fromat'],
      ['render', '--output'],
      ['diff', '--base'],
      ['publish', '--json=1']
    ]) {
      const r = await runCli(argv)
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.stderr).not.toMatch(/Unknown option|argument missing|To specify a positional|ambiguous|does not take an argument/)
    }
  })

  it('an unknown command names the closest one', async () => {
    const r = await runCli(['rendr', 'a.yaml'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'secrets-injector: unknown command "rendr"; did you mean render? Commands: lint, render, diff, status, publish, verify\n'
    )
  })
})

describe('the CLI as a process', () => {
  it('exits with the status of the command and never prints a stack trace for a user mistake', () => {
    const node = process.execPath
    const run = (args: string[]) => spawnSync(node, ['--import', 'tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8' })
    expect(run(['lint', `${FIX}/clean.yaml`]).status).toBe(0)
    const broken = run(['lint', `${FIX}/broken.yaml`])
    expect(broken.status).toBe(1)
    const usage = run(['render', '--output'])
    expect(usage.status).toBe(2)
    expect(usage.stderr).not.toMatch(/\n\s+at /)
  })
})
