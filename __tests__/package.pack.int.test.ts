import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The published package, as a user installs it: `npm pack` of this
// repository (the committed bundle in dist/cli/, which .ci/run checks is the
// build of the sources), installed from the tarball into an empty directory
// with no network and an empty npm cache, then run with npx. Then the same
// bundle under the oldest Node that package.json's `engines` promises,
// installed from the npm registry like the tests' own Node 24.

const repo = resolve('.')
/** A chunk of the CLI bundle, as ncc names them. */
const CHUNK = /^\d+\.index\.js$/
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string
  version: string
  engines: { node: string }
  files: string[]
  dependencies?: Record<string, string>
  private?: boolean
}

let dir = ''
let tarball = ''
let packed: string[] = []
let project = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'si-pack-'))
  const res = run('npm', ['pack', '--json', '--pack-destination', dir], repo)
  const info = JSON.parse(res.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = join(dir, info[0]!.filename)
  packed = info[0]!.files.map((f) => f.path).sort()
  project = join(dir, 'project')
  mkdirSync(join(project, 'secrets'), { recursive: true })
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'adopter', version: '0.0.0', private: true }))
  copyFileSync('examples/azure-values.yaml', join(project, 'secrets', 'azure.yaml'))
  copyFileSync('__tests__/fixtures/cli/broken.yaml', join(project, 'secrets', 'broken.yaml'))
  // No network: an unreachable registry, --offline and an empty cache. Any dependency would fail the install.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(dir, 'empty-cache'), tarball], project, offlineEnv())
}, 300_000)
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

function offlineEnv(): NodeJS.ProcessEnv {
  return { npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true', npm_config_cache: join(dir, 'empty-cache') }
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, check = true): SpawnSyncReturns<string> {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 })
  if (check && res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (exit ${res.status ?? res.signal}):\n${res.stderr}${res.stdout}`)
  return res
}

/** The CLI of this checkout, for the bytes the installed one must print. */
function fromCheckout(args: string[]): SpawnSyncReturns<string> {
  return run(process.execPath, [join(repo, 'bin/secrets-injector.js'), ...args], project, {}, false)
}

describe('npm pack', () => {
  it('holds the CLI bundle, the schemas, README and LICENSE, and nothing else', () => {
    // The bundle's chunks (one per command and shared code, loaded on use) all ship with it.
    const chunks = readdirSync('dist/cli')
      .filter((f) => CHUNK.test(f))
      .map((f) => `dist/cli/${f}`)
    expect(packed).toEqual(
      [
        'LICENSE',
        'README.md',
        'bin/secrets-injector.js',
        'dist/cli/index.js',
        'dist/cli/licenses.txt',
        'dist/cli/package.json',
        'package.json',
        // The action's report bundle schema ships beside the values schema: schema/ is the project's formats.
        'schema/report-bundle.schema.json',
        'schema/values.schema.json',
        ...chunks
      ].sort()
    )
  })

  it('is publishable and has no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.files).toEqual(['bin/', 'dist/cli/', 'schema/', 'README.md', 'LICENSE'])
  })

  it('bundles everything: the CLI imports only Node built-ins (and its own chunks)', () => {
    const files = readdirSync('dist/cli').filter((f) => f === 'index.js' || CHUNK.test(f))
    const imports = files.flatMap((f) => {
      const bundle = readFileSync(join('dist/cli', f), 'utf8')
      return [...bundle.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm), ...bundle.matchAll(/^import\s*"([^"]+)"/gm)].map((m) => m[1]!)
    })
    expect(imports.length).toBeGreaterThan(0)
    expect(imports.filter((s) => !isBuiltin(s))).toEqual([])
  })
})

describe('installed from the tarball with no network', () => {
  it('npx secrets-injector lint: clean file exit 0, broken file exit 1 with file:line:col', () => {
    const env = { ...offlineEnv(), PATH: `${join(project, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` }
    const clean = run('npx', ['--offline', 'secrets-injector', 'lint', 'secrets/azure.yaml'], project, env, false)
    expect(clean.stderr + clean.stdout).toBe('')
    expect(clean.status).toBe(0)
    const broken = run('npx', ['--offline', 'secrets-injector', 'lint', 'secrets/broken.yaml'], project, env, false)
    expect(broken.status).toBe(1)
    expect(broken.stdout).toContain('secrets/broken.yaml:12:17: error: ')
    expect(broken.stdout).toBe(fromCheckout(['lint', 'secrets/broken.yaml']).stdout)
  })

  it('npx secrets-injector render prints the same manifests as the checkout, and --version the package version', () => {
    const env = offlineEnv()
    const out = run('npx', ['--offline', 'secrets-injector', 'render', 'secrets/azure.yaml'], project, env)
    expect(out.stdout).toMatch(/^kind: ClusterExternalSecret$/m)
    expect(out.stdout).toBe(fromCheckout(['render', 'secrets/azure.yaml']).stdout)
    expect(run('npx', ['--offline', 'secrets-injector', '--version'], project, env).stdout.trim()).toBe(pkg.version)
  })
})

describe(`the installed CLI under the oldest Node of engines (${pkg.engines.node})`, () => {
  const major = /^>=\s*(\d+)$/.exec(pkg.engines.node)?.[1]
  let node = ''
  beforeAll(() => {
    if (major === undefined) throw new Error(`engines.node must read ">=N", got "${pkg.engines.node}"`)
    // The `node` package of the npm registry: the same source as the tests' Node 24.
    const prefix = join(dir, `node${major}`)
    mkdirSync(prefix, { recursive: true })
    writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'old-node', version: '0.0.0', private: true }))
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `node@${major}`], prefix)
    node = join(prefix, 'node_modules/.bin/node')
  }, 300_000)

  it('runs lint, render and diff with the same output as Node 24', () => {
    expect(run(node, ['--version'], project).stdout.trim()).toMatch(new RegExp(`^v${major}\\.`))
    const cli = join(project, 'node_modules/secrets-injector/bin/secrets-injector.js')
    for (const args of [
      ['lint', 'secrets/azure.yaml'],
      ['lint', 'secrets/broken.yaml'],
      ['render', 'secrets/azure.yaml'],
      ['diff', '--format', 'json', '--head', 'secrets/azure.yaml']
    ]) {
      const old = run(node, [cli, ...args], project, {}, false)
      const now = fromCheckout(args)
      expect({ args, status: old.status, stdout: old.stdout, stderr: old.stderr }).toEqual({
        args,
        status: now.status,
        stdout: now.stdout,
        stderr: now.stderr
      })
    }
  })
})
