// A full action run for a 500-entry change against the local fake GitHub API
// (the same server the tests use, validating every request), in this
// process: wall time of run() and the API calls it made. Two runs: the first
// push (find the comment, create it, list once more to settle races) and a
// second push (find it, edit it). Target: each run under 1.5 s, calls minimal.
// Run: node --import tsx bench/action.ts   (npm run bench calls it)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startGitHubServer } from '../__tests__/helpers/github-server.js'
import { makeRepo, syncPull, valuesFile, type EntrySpec } from '../__tests__/helpers/github-server-harness.js'

const ENTRIES = 500
const PR = 1

const entries = (suffix: string): EntrySpec[] =>
  Array.from({ length: ENTRIES }, (_, i) => ({ name: `app-${i}`, namespace: `team-${i % 50}`, remote: `app-${i}-${suffix}` }))

const server = await startGitHubServer()
const repo = makeRepo()
const work = mkdtempSync(path.join(tmpdir(), 'si-bench-action-'))
try {
  const base = repo.commit({ 'values/prod.yaml': valuesFile(entries('v1')) })
  const head = repo.commit({ 'values/prod.yaml': valuesFile(entries('v2')) })
  syncPull(server, repo, PR, base, head)
  const event = path.join(work, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      number: PR,
      pull_request: {
        number: PR,
        base: { sha: base, repo: { full_name: 'acme/platform' } },
        head: { sha: head, repo: { full_name: 'acme/platform' } }
      }
    })
  )
  for (const f of ['output', 'summary.md']) writeFileSync(path.join(work, f), '')
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: path.join(work, 'output'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_API_URL: server.url,
    GITHUB_JOB: 'secrets',
    GITHUB_SHA: head,
    RUNNER_TEMP: work,
    INPUT_VALUES: 'values/*.yaml',
    RUNNER_DEBUG: '1',
    'INPUT_GITHUB-TOKEN': 'ghs_default'
  })
  process.chdir(repo.dir)
  // Imported after the environment is set: @actions/core reads inputs and files from it.
  const { run } = await import('../src/action/main.js')
  // The action's log goes to a file; this script prints only the figures.
  const write = process.stdout.write.bind(process.stdout)
  const measure = async (label: string): Promise<void> => {
    const before = server.requests.length
    const t0 = performance.now()
    const phases: string[] = []
    process.stdout.write = ((chunk: string | Uint8Array) => {
      const m = /^::debug::(.+: \d+ ms)$/m.exec(String(chunk))
      if (m?.[1] !== undefined) phases.push(m[1])
      return true
    }) as typeof process.stdout.write
    try {
      await run()
    } finally {
      process.stdout.write = write
    }
    const ms = performance.now() - t0
    const calls = server.requests.slice(before).map((r) => `${r.method} ${r.operationId ?? r.path}`)
    console.log(`  ${label}: ${ms.toFixed(0)} ms, ${calls.length} API calls (${calls.join(', ')})`)
    console.log(`    phases: ${phases.join(', ')}`)
  }
  await measure(`first push (${ENTRIES} Secrets changed)`)
  // Let the throttling plugin's 1 s spacing between writes pass: it is not part of one run.
  await new Promise((r) => setTimeout(r, 1100))
  const next = repo.commit({ 'values/prod.yaml': valuesFile(entries('v3')) })
  syncPull(server, repo, PR, base, next)
  await measure('second push (same PR, comment edited)')
  console.log(`  comments on the PR: ${server.comments.length}; request violations: ${server.violations.length}`)
  if (server.violations.length > 0 || server.comments.length !== 1 || process.exitCode) process.exitCode = 1
} finally {
  await server.close()
  repo.cleanup()
  rmSync(work, { recursive: true, force: true })
}
