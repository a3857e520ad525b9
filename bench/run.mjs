// npm run bench: prints figures, asserts nothing (these machines are noisy).
//
// Core: lint + render of generated values (every kind, every store mode,
// 200 namespaces) with 1,000 and 10,000 entries, through the bundled CLI in
// a fresh process: wall time and peak RSS, beside a floor measured in the
// same run (bench/floor.mjs: parse the same file and serialize YAML of the
// same size with the same library, in a bare Node process).
// Targets: 10,000 entries within 2x the floor, under 300 MB, linear growth.
//
// Action: a full action run for a 500-entry change against the local GitHub
// API server (bench/action.ts), with the number of API calls it made.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
// Most of the peak RSS is short-lived garbage of the YAML parser that V8's
// default (large) young generation lets pile up; this flag shows the
// difference and is what docs/performance.md suggests for very large values files.
const SMALL_YOUNG_GEN = '--max-semi-space-size=8'
const tmp = mkdtempSync(join(tmpdir(), 'si-bench-'))
const node = process.execPath

function measure(args, stdoutFile, nodeFlags = []) {
  const statsFile = join(tmp, 'stats.json')
  const t0 = performance.now()
  const r = spawnSync(node, [...nodeFlags, '--import', './bench/rss-on-exit.mjs', ...args], {
    env: { ...process.env, BENCH_STATS_FILE: statsFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30
  })
  const wallMs = performance.now() - t0
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  if (stdoutFile) writeFileSync(stdoutFile, r.stdout)
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
  return { wallMs, maxRssMiB: stats.maxRssKiB / 1024, stderr: r.stderr.toString() }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (n) => n.toFixed(0).padStart(7)

if (!existsSync('dist/cli/index.js')) {
  console.error('bench: dist/cli/index.js is missing; run npm run build')
  process.exit(1)
}
console.log(`secrets-injector benchmark (Node ${process.versions.node}, median of ${RUNS} runs)\n`)
console.log('entries  input KiB | tool ms  floor ms  ratio | tool MiB  floor MiB')
const rows = []
for (const entries of [1000, 10000]) {
  const values = join(tmp, `values-${entries}.yaml`)
  const gen = spawnSync(node, ['--import', 'tsx', 'bench/gen.ts', values, String(entries), '200'], { stdio: 'inherit' })
  if (gen.status !== 0) process.exit(1)
  const rendered = join(tmp, `rendered-${entries}.yaml`)
  const renderedJson = join(tmp, `rendered-${entries}.json`)
  const tool = []
  const floor = []
  const smallYoung = []
  for (let i = 0; i < RUNS; i++) {
    tool.push(measure(['dist/cli/index.js', 'render', values], rendered))
    if (i === 0) writeFileSync(renderedJson, JSON.stringify(parseAllDocuments(readFileSync(rendered, 'utf8')).map((d) => d.toJS())))
    floor.push(measure(['bench/floor.mjs', values, renderedJson], null))
    smallYoung.push(measure(['dist/cli/index.js', 'render', values], null, [SMALL_YOUNG_GEN]))
  }
  const row = {
    entries,
    inputKiB: statSync(values).size / 1024,
    toolMs: median(tool.map((m) => m.wallMs)),
    floorMs: median(floor.map((m) => m.wallMs)),
    toolMiB: Math.max(...tool.map((m) => m.maxRssMiB)),
    floorMiB: Math.max(...floor.map((m) => m.maxRssMiB)),
    smallYoungMs: median(smallYoung.map((m) => m.wallMs)),
    smallYoungMiB: Math.max(...smallYoung.map((m) => m.maxRssMiB))
  }
  rows.push(row)
  console.log(
    `${String(entries).padStart(7)}  ${fmt(row.inputKiB)}  | ${fmt(row.toolMs)}  ` +
      `${fmt(row.floorMs)}  ${(row.toolMs / row.floorMs).toFixed(2).padStart(5)} | ` +
      `${fmt(row.toolMiB)}  ${fmt(row.floorMiB)}`
  )
}
console.log(`\nwith NODE_OPTIONS=${SMALL_YOUNG_GEN} (smaller V8 young generation; peak memory is mostly parse garbage):`)
for (const row of rows) console.log(`${String(row.entries).padStart(7)}  tool ${fmt(row.smallYoungMs)} ms  ${fmt(row.smallYoungMiB)} MiB`)
const [small, big] = rows
console.log(
  `\ngrowth 1,000 -> 10,000 entries: time x${(big.toolMs / small.toolMs).toFixed(1)}, ` +
    `memory x${(big.toolMiB / small.toolMiB).toFixed(1)} (linear: time about x10 minus fixed start-up)`
)
console.log(
  `targets at 10,000 entries: within 2x floor: ` +
    `${big.toolMs <= 2 * big.floorMs ? 'yes' : 'NO'} ` +
    `(${(big.toolMs / big.floorMs).toFixed(2)}x); under 300 MB: ` +
    `${big.toolMiB < 300 ? 'yes' : 'NO'} (${big.toolMiB.toFixed(0)} MiB; ` +
    `${big.smallYoungMiB.toFixed(0)} MiB with ${SMALL_YOUNG_GEN})`
)

if (existsSync('bench/action.ts')) {
  console.log('\naction run, 500-entry change against the local GitHub API server:')
  const r = spawnSync(node, ['--import', 'tsx', 'bench/action.ts'], { stdio: 'inherit' })
  if (r.status !== 0) process.exitCode = 1
}
rmSync(tmp, { recursive: true, force: true })
