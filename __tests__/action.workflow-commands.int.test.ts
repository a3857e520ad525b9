import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, syncPull, valuesFile, type ActionResult, type TestRepo } from './helpers/github-server-harness.js'

/**
 * Workflow-command injection: the runner reads every line of a step's stdout
 * and stderr, runs a line that starts with `::` (after leading blanks) as a
 * command, and a legacy `##[command]` anywhere in a line. File names come
 * from the pull request, so a name with a newline must not start a line of
 * its own, and no user text may smuggle in a command the action never meant
 * to print (add-mask hides text from every later log line, set-output
 * changes what later steps read, stop-commands silences the real ones).
 */

vi.setConfig({ testTimeout: 240_000 })

let server: FakeGitHub
let repo: TestRepo

beforeEach(async () => {
  server = await startGitHubServer()
  repo = makeRepo()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
})

/** The commands the action itself prints: annotations, debug lines, log groups, and the mask of its own token. */
const OWN_COMMANDS = /^::(error|warning|notice|debug|group|endgroup)( [^:]*)?::|^::add-mask::ghs_default$/

/** Every line of both streams, as the runner reads them: only the action's own commands. */
function expectNoForeignCommands(r: ActionResult): void {
  for (const [stream, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr]
  ] as const) {
    for (const line of text.split(/\r\n|\r|\n/)) {
      const trimmed = line.trimStart()
      expect(trimmed, `${stream} line`).not.toMatch(/^::error::INJECTED/)
      // A line the runner takes as a `::` command is not searched for the legacy form; any other line is.
      if (trimmed.startsWith('::')) expect(trimmed, `${stream} command line`).toMatch(OWN_COMMANDS)
      else expect(line, `${stream} legacy command`).not.toContain('##[')
    }
  }
}

const HOSTILE_NAMES = [
  'values/a\n::add-mask::x.yaml',
  'values/b\n::set-output name=x::y.yaml',
  'values/c\r::error::INJECTED.yaml',
  'values/d ##[set-output name=legacy;]z.yaml',
  'values/e\n  ::stop-commands::tok.yaml'
]

test('file names with newlines and command syntax never become workflow commands', async () => {
  const files: Record<string, string> = {}
  HOSTILE_NAMES.forEach((name, i) => {
    // An unknown key per file puts each name into an annotation (its file property) too.
    files[name] = `${valuesFile([{ name: `app-${i}`, namespace: `team-${i}` }], `store-${i}`)}unusedKey: 1\n`
  })
  const base = repo.commit({ 'README.md': 'x\n' })
  const head = repo.commit(files)
  syncPull(server, repo, 3, base, head)
  const r = await runAction({
    server,
    cwd: repo.dir,
    event: 'pull_request',
    shas: { BASE_SHA: base, HEAD_SHA: head },
    prNumber: 3,
    inputs: { values: 'values/*.yaml' }
  })
  expect(r.code).toBe(1)
  expect(r.outputs['lint-errors']).toBe(String(HOSTILE_NAMES.length))

  expectNoForeignCommands(r)
  // Nothing a command would have done happened: no output x, no masked value.
  expect(Object.keys(r.outputs)).not.toContain('x')
  expect(Object.keys(r.outputs)).not.toContain('legacy')
  expect(r.stdout.match(/^\s*::add-mask::.*$/gm)).toEqual(['::add-mask::ghs_default'])
  // The names are still shown, on one line each, so a reader can find the files.
  expect(r.stdout).toContain('values/a\\n::add-mask::x.yaml')
})

test("the API's own texts (a deprecation notice quoting its headers) reach the log escaped too", async () => {
  const base = repo.commit({ 'values/prod.yaml': valuesFile([{ name: 'a', namespace: 'team-a' }]) })
  const head = repo.commit({ 'values/prod.yaml': valuesFile([{ name: 'b', namespace: 'team-b' }]) })
  syncPull(server, repo, 4, base, head)
  server.fail({
    operationId: 'issues/list-comments',
    status: 500,
    times: 100,
    headers: { deprecation: 'true', sunset: 'soon ##[set-output name=x;]y', link: '<https://x.example/##[add-mask]z>; rel="deprecation"' }
  })
  const r = await runAction({
    server,
    cwd: repo.dir,
    event: 'pull_request',
    shas: { BASE_SHA: base, HEAD_SHA: head },
    prNumber: 4,
    inputs: { values: 'values/*.yaml' }
  })
  expect(r.code).toBe(0)
  expect(r.stdout + r.stderr).toContain('is deprecated')
  expectNoForeignCommands(r)
  expect(Object.keys(r.outputs)).not.toContain('x')
})
