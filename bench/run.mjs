// npm run bench [-- --chart DIR] [--runs N] [--sizes 100,1000,10000] [--dist] [--no-action] [--no-verify] [--write-docs]
//
// The tool replaces `helm template` of the Secrets Injector chart, so that is
// what it is timed against: helm v3.19.5 (built from Go modules by
// scripts/go-tool.sh, cached beside the e2e binaries) renders the original
// chart 1.0.0, and this tool's `render`, `lint` and `diff` read the same
// values files (bench/chart-values.mjs: only keys that chart understands), at
// 100, 1,000 and 10,000 entries. Every command runs as a fresh process,
// alternating round by round, so load from other work on the machine falls
// on all of them alike; the table shows medians of wall time, CPU time (user
// + system) and peak RSS, and each figure's ratio to helm's in the same run.
// It prints whether the targets of issue 13 are met; it asserts nothing
// (machines are noisy), so it is not part of npm test.
//
// The chart is GPL-3.0 and never copied into this repository: --chart names
// it, by default ../shared/seed-chart/chart next to the repository (or next
// to the main worktree when this is a git worktree). Without a chart, helm or
// Go, the tool's rows are printed and the missing helm rows are explained.
//
// The CLI measured is built from the working tree's sources into
// .build/bench-cli (scripts/build.mjs --cli-only), so the figures belong to
// the code you have and dist/ is left alone; --dist measures the committed
// dist/cli bundle instead. Peak RSS and CPU time come from GNU time
// (/usr/bin/time), which sees every process the same way; without it those
// columns are empty.
//
// --write-docs puts the machine, the table and the targets of this run into
// docs/performance.md, between its BEGIN/END GENERATED markers.
//
// Last, unless --no-action: a full action run for a 500-entry change against
// the local GitHub API server (bench/action.ts), with the API calls it made.
// Then, unless --no-verify: `verify` over 500 remote references per provider
// against the local stand-ins (bench/verify.ts); target: each under 3 s.
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chartValuesYaml } from './chart-values.mjs'

const { values: opts } = parseArgs({
  options: {
    chart: { type: 'string' },
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '100,1000,10000' },
    dist: { type: 'boolean', default: false },
    'no-action': { type: 'boolean', default: false },
    'no-verify': { type: 'boolean', default: false },
    'write-docs': { type: 'boolean', default: false }
  }
})
const RUNS = Math.max(1, Number(opts.runs))
const SIZES = opts.sizes.split(',').map(Number)
const GNU_TIME = '/usr/bin/time'
const node = process.execPath
const repo = resolve(dirname(new URL(import.meta.url).pathname), '..')
const tmp = mkdtempSync(join(tmpdir(), 'si-bench-'))

// Targets of issue 13, as ratios to helm in the same run.
const WALL_TARGET = (entries) => (entries <= 100 ? 1.5 : 1.0)
const MEMORY_TARGET_AT = 10000
const GROWTH_LIMIT = 10
const DIFF_LIMIT = 2

function log(s = '') {
  process.stdout.write(s + '\n')
}

/** The seed chart: --chart, else ../shared/seed-chart/chart beside the repository or its main worktree. */
function findChart() {
  if (opts.chart !== undefined) {
    const dir = resolve(opts.chart)
    return existsSync(join(dir, 'Chart.yaml')) ? { dir } : { why: `--chart ${opts.chart}: no Chart.yaml there` }
  }
  const roots = [repo]
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: repo, encoding: 'utf8' })
    roots.push(dirname(common.trim()))
  } catch {
    // Not a git checkout: only the repository's own parent is looked at.
  }
  for (const root of roots) {
    const dir = resolve(root, '../shared/seed-chart/chart')
    if (existsSync(join(dir, 'Chart.yaml'))) return { dir }
  }
  return { why: 'no chart: pass --chart DIR (the original Secrets Injector chart 1.0.0; it is GPL-3.0 and not part of this repository)' }
}

function findHelm() {
  const r = spawnSync('bash', [join(repo, 'scripts/go-tool.sh'), 'helm'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const bin = r.stdout.trim().split('\n').pop()
  if (r.status !== 0 || !bin) return { why: 'helm could not be built (scripts/go-tool.sh helm needs Go and the Go module proxy)' }
  // A binary from `go install` reports only its minor version; the module version is the one go-tool.sh pins.
  const pinned = /helm\.sh\/helm\/v3\/cmd\/helm@(v[0-9.]+)/.exec(readFileSync(join(repo, 'scripts/go-tool.sh'), 'utf8'))
  return { bin, version: `helm ${pinned?.[1] ?? '(version unknown)'}` }
}

function buildCli() {
  if (opts.dist) return join(repo, 'dist/cli/index.js')
  log('building the CLI bundle from the working tree (scripts/build.mjs --cli-only .build/bench-cli) ...')
  execFileSync(node, ['scripts/build.mjs', '--cli-only', '.build/bench-cli'], { cwd: repo, stdio: 'inherit' })
  return join(repo, '.build/bench-cli/index.js')
}

/**
 * One fresh process: wall time measured here (spawn to exit, the same
 * overhead for every row), CPU time and peak RSS from GNU time. Stdout goes
 * to a file, as a user's redirect would.
 */
function measure(argv, stdoutFile) {
  const statsFile = join(tmp, 'time.txt')
  const useTime = existsSync(GNU_TIME)
  const cmd = useTime ? GNU_TIME : argv[0]
  const args = useTime ? ['-f', '%U %S %M', '-o', statsFile, ...argv] : argv.slice(1)
  const out = openSync(stdoutFile, 'w')
  const t0 = performance.now()
  const r = spawnSync(cmd, args, { stdio: ['ignore', out, 'pipe'], cwd: tmp })
  const wallMs = performance.now() - t0
  closeSync(out)
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}:\n${r.stderr}`)
  if (!useTime) return { wallMs, cpuMs: NaN, rssMiB: NaN, stderr: r.stderr.toString() }
  const [user, sys, maxKiB] = readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
  return { wallMs, cpuMs: (user + sys) * 1000, rssMiB: maxKiB / 1024, stderr: r.stderr.toString() }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const chart = findChart()
const helm = chart.dir ? findHelm() : { why: chart.why }
const cli = buildCli()

const startLoad = loadavg()
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')
log(`\nsecrets-injector vs helm template (Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'})`)
log(`median of ${RUNS} alternating runs per row; load average at start: ${load()}`)
if (helm.bin) log(`${helm.version}, chart: ${chart.dir}`)
else log(`helm rows missing: ${helm.why}`)
if (!existsSync(GNU_TIME)) log(`CPU and memory columns empty: ${GNU_TIME} (GNU time, Debian package "time") is not installed`)

const COMMANDS = [
  ...(helm.bin ? [{ name: 'helm template', argv: (f) => [helm.bin, 'template', 'secrets-injector', chart.dir, '-f', f.base] }] : []),
  { name: 'render', argv: (f) => [node, cli, 'render', f.base] },
  { name: 'lint', argv: (f) => [node, cli, 'lint', f.base] },
  { name: 'diff', argv: (f) => [node, cli, 'diff', '--base', f.base, '--head', f.head] }
]

const results = new Map()
for (const entries of SIZES) {
  const files = { base: join(tmp, `values-${entries}.yaml`), head: join(tmp, `values-${entries}-edited.yaml`) }
  writeFileSync(files.base, chartValuesYaml(entries))
  writeFileSync(files.head, chartValuesYaml(entries, { edited: true }))
  // First, untimed: every command must succeed on these files (helm too: the
  // values must be ones chart 1.0.0 renders), and both must render every entry.
  // This run also fills Node's compile cache, as any earlier run would.
  for (const c of COMMANDS) {
    const outFile = join(tmp, `check-${c.name.replace(' ', '-')}.yaml`)
    const m = measure(c.argv(files), outFile)
    if (c.name === 'lint' && m.stderr + readFileSync(outFile, 'utf8') !== '')
      throw new Error(`lint found something in the generated values:\n${m.stderr}`)
    if (c.name === 'render' || c.name === 'helm template') {
      const ces = (readFileSync(outFile, 'utf8').match(/^kind: ClusterExternalSecret$/gm) ?? []).length
      if (ces !== entries) throw new Error(`${c.name} rendered ${ces} ClusterExternalSecrets for ${entries} entries`)
    }
  }
  const samples = new Map(COMMANDS.map((c) => [c.name, []]))
  for (let i = 0; i < RUNS; i++) {
    for (const c of COMMANDS) samples.get(c.name).push(measure(c.argv(files), join(tmp, 'out.yaml')))
  }
  for (const c of COMMANDS) {
    const s = samples.get(c.name)
    results.set(`${c.name}@${entries}`, {
      wallMs: median(s.map((m) => m.wallMs)),
      cpuMs: median(s.map((m) => m.cpuMs)),
      rssMiB: median(s.map((m) => m.rssMiB))
    })
  }
  process.stderr.write(`  ${entries} entries done (load ${load()})\n`)
}

// One table: every row, with its ratio to helm at the same size.
const fmtMs = (ms) => (Number.isNaN(ms) ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)
const fmtMiB = (m) => (Number.isNaN(m) ? '' : `${m.toFixed(0)} MiB`)
const ratio = (a, b) => (b === undefined || Number.isNaN(a) || Number.isNaN(b) ? '' : `${(a / b).toFixed(2)}×`)
const header = ['entries', 'command', 'wall', '× helm', 'CPU', '× helm', 'peak RSS', '× helm']
const rows = []
for (const entries of SIZES) {
  const h = results.get(`helm template@${entries}`)
  for (const c of COMMANDS) {
    const r = results.get(`${c.name}@${entries}`)
    const isHelm = c.name === 'helm template'
    rows.push([
      entries.toLocaleString('en-US'),
      c.name === 'diff' ? 'diff (base vs edited head)' : c.name,
      fmtMs(r.wallMs),
      isHelm ? '' : ratio(r.wallMs, h?.wallMs),
      fmtMs(r.cpuMs),
      isHelm ? '' : ratio(r.cpuMs, h?.cpuMs),
      fmtMiB(r.rssMiB),
      isHelm ? '' : ratio(r.rssMiB, h?.rssMiB)
    ])
  }
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
log('')
log(line(header))
for (const r of rows) log(line(r))

// Targets.
const checks = []
const check = (what, value, limit, ok) => checks.push({ what, text: `${value} (limit ${limit})`, ok })
for (const entries of SIZES) {
  const h = results.get(`helm template@${entries}`)
  if (!h) continue
  for (const name of ['render', 'lint']) {
    const r = results.get(`${name}@${entries}`)
    const limit = WALL_TARGET(entries)
    check(
      `${name} wall time at ${entries.toLocaleString('en-US')} entries`,
      `${(r.wallMs / h.wallMs).toFixed(2)}× helm`,
      `${limit}×`,
      r.wallMs <= limit * h.wallMs
    )
    if (entries === MEMORY_TARGET_AT && !Number.isNaN(r.rssMiB)) {
      check(
        `${name} peak RSS at ${entries.toLocaleString('en-US')} entries`,
        `${(r.rssMiB / h.rssMiB).toFixed(2)}× helm`,
        '1.0×',
        r.rssMiB <= h.rssMiB
      )
    }
  }
}
if (SIZES.includes(1000) && SIZES.includes(10000)) {
  for (const name of ['render', 'lint']) {
    const g = results.get(`${name}@10000`).wallMs / results.get(`${name}@1000`).wallMs
    check(`${name} growth 1,000 -> 10,000 entries`, `×${g.toFixed(1)}`, `×${GROWTH_LIMIT}`, g <= GROWTH_LIMIT)
  }
}
const big = Math.max(...SIZES)
const d = results.get(`diff@${big}`).wallMs / results.get(`render@${big}`).wallMs
check(`diff of two ${big.toLocaleString('en-US')}-entry files`, `${d.toFixed(2)}× one render`, `${DIFF_LIMIT}×`, d < DIFF_LIMIT)
log('\ntargets (issue 13):')
const whatWidth = Math.max(...checks.map((c) => c.what.length))
for (const c of checks) log(`  ${c.ok ? 'met    ' : 'MISSED '} ${c.what.padEnd(whatWidth)}  ${c.text}`)
if (!helm.bin) log(`  (the targets against helm are not checked: ${helm.why})`)
log(`load average at end: ${load()}`)

if (opts['write-docs']) {
  const docs = join(repo, 'docs/performance.md')
  const begin = '<!-- BEGIN GENERATED: npm run bench -- --write-docs -->'
  const end = '<!-- END GENERATED: npm run bench -- --write-docs -->'
  const text = readFileSync(docs, 'utf8')
  const cpu = cpus()
  const block = [
    begin,
    '',
    `${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.versions.node}, ` +
      `${helm.bin ? helm.version : 'no helm'}; ` +
      `median of ${RUNS} alternating runs per row; load average ${startLoad.map((x) => x.toFixed(2)).join(', ')} at the start, ` +
      `${load()} at the end.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    'Targets of issue 13 in that run:',
    '',
    ...checks.map((c) => `- ${c.ok ? 'met' : '**missed**'}: ${c.what}, ${c.text}`),
    '',
    end
  ].join('\n')
  const from = text.indexOf(begin)
  const to = text.indexOf(end)
  if (from < 0 || to < 0) throw new Error(`docs/performance.md has no ${begin} ... ${end} block`)
  writeFileSync(docs, text.slice(0, from) + block + text.slice(to + end.length))
  log('docs/performance.md updated')
}

if (!opts['no-action'] && existsSync(join(repo, 'bench/action.ts'))) {
  log('\naction run, 500-entry change against the local GitHub API server:')
  const r = spawnSync(node, ['--import', 'tsx', 'bench/action.ts'], { cwd: repo, stdio: 'inherit' })
  if (r.status !== 0) process.exitCode = 1
}
if (!opts['no-verify'] && existsSync(join(repo, 'bench/verify.ts'))) {
  log('\nverify against the local provider stand-ins (bench/verify.ts):')
  const r = spawnSync(node, ['--import', 'tsx', 'bench/verify.ts'], { cwd: repo, stdio: 'inherit' })
  if (r.status !== 0) process.exitCode = 1
}
rmSync(tmp, { recursive: true, force: true })
