import { expect, test } from 'vitest'
import { checkPullHead } from '../src/action/post-mode.js'
import type { WorkflowRunInfo } from '../src/action/run-context.js'

const run = (headRepository: string | null): WorkflowRunInfo => ({
  event: 'pull_request',
  headSha: 'a'.repeat(40),
  headRepository,
  pullRequests: [],
  htmlUrl: null
})
const head = (repository: string | null) => ({ sha: 'a'.repeat(40), repository })

test("a pull request whose head is the triggering run's repository passes", () => {
  expect(() => checkPullHead(head('fork-owner/platform'), run('fork-owner/platform'), 7)).not.toThrow()
})

test('a head in another repository than the run built is refused, naming both', () => {
  expect(() => checkPullHead(head('someone-else/platform'), run('fork-owner/platform'), 7)).toThrow(
    /#7 has its head in someone-else\/platform, the triggering run built a commit of fork-owner\/platform/
  )
})

test('a fork deleted since the run (both repositories unknown) proves nothing and is refused', () => {
  // GitHub answers `head.repo: null` for a deleted fork and the run's head_repository is null too: equal, but not a match.
  expect(() => checkPullHead(head(null), run(null), 7)).toThrow(/\(a deleted repository\).*\(an unknown repository\)/)
  expect(() => checkPullHead(head('fork-owner/platform'), run(null), 7)).toThrow(/report bundle refused/)
})
