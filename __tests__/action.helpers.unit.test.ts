import { describe, expect, test } from 'vitest'
import { readRunContext } from '../src/action/run-context.js'
import { matchesValues } from '../src/action/files.js'
import { isPermissionError } from '../src/github/errors.js'
import { commentMarker, findingMarker, commentMarkerId, legacyMarkerId, markerId, parseFindingMarker } from '../src/action/marker.js'
import { commentableLines } from '../src/action/patch-lines.js'
import { planReviewComments, reviewCommentBody } from '../src/action/review-comments.js'
import type { Finding } from '../src/core/types.js'

const PATCH = ['@@ -1,4 +1,5 @@', ' a', '-b', '+B', '+C', ' d', '\\ No newline at end of file', '@@ -10,2 +11,3 @@', ' x', '+y', ' z'].join(
  '\n'
)

describe('patch lines', () => {
  test('head-side lines of added and context lines, across hunks', () => {
    expect([...commentableLines(PATCH)]).toEqual([1, 2, 3, 4, 11, 12, 13])
  })
  test('hunk header without counts, and empty or missing patches', () => {
    expect([...commentableLines('@@ -1 +1 @@\n-a\n+b')]).toEqual([1])
    expect(commentableLines(undefined).size).toBe(0)
    expect(commentableLines('').size).toBe(0)
  })
  test('a new file: every line is commentable', () => {
    expect([...commentableLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c')]).toEqual([1, 2, 3])
  })
})

describe('markers', () => {
  test('stable per job and values input, insensitive to surrounding whitespace', () => {
    const id = markerId('secrets', 'values/*.yaml\n')
    expect(id).toMatch(/^[0-9a-f]{16}$/)
    expect(markerId('secrets', '  values/*.yaml  \n\n')).toBe(id)
    expect(markerId('other-job', 'values/*.yaml')).not.toBe(id)
    expect(markerId('secrets', 'values/prod.yaml')).not.toBe(id)
  })
  test('one id per job and values set: comments, blank lines, whitespace, duplicates and order do not matter', () => {
    const id = markerId('secrets', 'values/prod.yaml\nvalues/stage.yaml')
    expect(markerId('secrets', '# production first\n\n  values/stage.yaml\t\nvalues/prod.yaml\n# end\nvalues/prod.yaml\n')).toBe(id)
    expect(markerId('secrets', 'values/stage.yaml\r\nvalues/prod.yaml')).toBe(id)
    expect(markerId('secrets', 'values/prod.yaml')).not.toBe(id)
    expect(markerId('secrets', 'values/prod.yaml\n!values/stage.yaml')).not.toBe(id)
    expect(markerId('other', 'values/prod.yaml\nvalues/stage.yaml')).not.toBe(id)
  })
  test('the legacy id is the previous scheme: every non-blank line as written, in order', () => {
    // Values of the previous scheme, computed with the code of the version before this one.
    expect(legacyMarkerId('secrets', 'values/*.yaml\n')).toBe('54ef50d2a2fff223')
    expect(legacyMarkerId('secrets', '# prod\nvalues/*.yaml')).toBe(legacyMarkerId('secrets', '  # prod\n\nvalues/*.yaml  '))
    expect(legacyMarkerId('secrets', '# prod\nvalues/*.yaml')).not.toBe(legacyMarkerId('secrets', 'values/*.yaml'))
    // A single pattern without comments keeps its id: nothing to adopt after an upgrade.
    expect(markerId('secrets', 'values/*.yaml')).toBe(legacyMarkerId('secrets', 'values/*.yaml'))
  })
  test('comment marker round trip; another id or a lookalike does not match', () => {
    const m = commentMarker('0123456789abcdef')
    expect(commentMarkerId(`${m}\n## Report`)).toBe('0123456789abcdef')
    expect(commentMarkerId(`${m}`)).not.toBe('fedcba9876543210')
    expect(commentMarkerId(null)).toBeNull()
  })
  test('finding marker carries id and rule', () => {
    expect(parseFindingMarker(`text\n${findingMarker('0123456789abcdef', 'tls-key-names')}`)).toEqual({
      id: '0123456789abcdef',
      rule: 'tls-key-names'
    })
    expect(parseFindingMarker('no marker')).toBeNull()
  })
})

describe('values patterns', () => {
  test('globs, ./ prefixes and exclusions', () => {
    const p = ['./values/*.yaml', '!values/secret-*.yaml']
    expect(matchesValues('values/prod.yaml', p)).toBe(true)
    expect(matchesValues('values/secret-x.yaml', p)).toBe(false)
    expect(matchesValues('other/prod.yaml', p)).toBe(false)
    expect(matchesValues('deep/a/b.yaml', ['deep/**/*.yaml'])).toBe(true)
  })
})

const finding = (over: Partial<Finding>): Finding => ({
  file: 'values/prod.yaml',
  line: 2,
  column: 3,
  severity: 'error',
  rule: 'entry-required',
  message: 'missing',
  ...over
})

describe('review comment planning', () => {
  const files = [{ filename: 'values/prod.yaml', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }]
  test('only lines in the diff, once per path+line+rule', () => {
    const planned = planReviewComments(
      [finding({}), finding({ column: 9 }), finding({ line: 40 }), finding({ file: 'other.yaml' })],
      files,
      [],
      ['aaaaaaaaaaaaaaaa']
    )
    expect(planned).toEqual([{ path: 'values/prod.yaml', line: 2, body: reviewCommentBody(finding({}), 'aaaaaaaaaaaaaaaa') }])
  })
  test('skips findings we already commented, but not lookalikes by others', () => {
    const body = reviewCommentBody(finding({}), 'aaaaaaaaaaaaaaaa')
    const ours = { path: 'values/prod.yaml', line: 2, body, ours: true }
    expect(planReviewComments([finding({})], files, [ours], ['aaaaaaaaaaaaaaaa'])).toEqual([])
    expect(planReviewComments([finding({})], files, [{ ...ours, ours: false }], ['aaaaaaaaaaaaaaaa'])).toHaveLength(1)
    expect(planReviewComments([finding({ rule: 'other-rule' })], files, [ours], ['aaaaaaaaaaaaaaaa'])).toHaveLength(1)
  })
  test('an info is never posted inline (it needs no action)', () => {
    expect(planReviewComments([finding({ severity: 'info' })], files, [], ['aaaaaaaaaaaaaaaa'])).toEqual([])
    expect(planReviewComments([finding({ severity: 'warning' })], files, [], ['aaaaaaaaaaaaaaaa'])).toHaveLength(1)
  })
})

describe('run context', () => {
  const sha = (c: string) => c.repeat(40)
  test('pull request from a fork', () => {
    const ctx = readRunContext(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REPOSITORY: 'acme/platform',
        GITHUB_API_URL: 'https://ghe.example/api/v3/',
        GITHUB_RUN_ID: '5',
        GITHUB_SERVER_URL: 'https://ghe.example'
      },
      {
        pull_request: {
          number: 3,
          base: { sha: sha('a'), repo: { full_name: 'acme/platform' } },
          head: { sha: sha('b'), repo: { full_name: 'someone/platform' } }
        }
      }
    )
    expect(ctx.apiUrl).toBe('https://ghe.example/api/v3')
    expect(ctx.pullRequest).toEqual({ number: 3, baseSha: sha('a'), headSha: sha('b'), isFork: true })
    expect(ctx.runUrl).toBe('https://ghe.example/acme/platform/actions/runs/5')
  })
  test('workflow_run: the triggering run as GitHub describes it', () => {
    const ctx = readRunContext(
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REPOSITORY: 'acme/platform' },
      {
        workflow_run: {
          event: 'pull_request',
          head_sha: sha('c'),
          head_repository: { full_name: 'someone/platform' },
          pull_requests: [{ number: 4 }, { number: 'x' }],
          html_url: 'https://github.com/acme/platform/actions/runs/9'
        }
      }
    )
    expect(ctx.workflowRun).toEqual({
      event: 'pull_request',
      headSha: sha('c'),
      headRepository: 'someone/platform',
      pullRequests: [4],
      htmlUrl: 'https://github.com/acme/platform/actions/runs/9'
    })
    expect(readRunContext({ GITHUB_EVENT_NAME: 'push' }, {}).workflowRun).toBeNull()
  })
  test('push of a new branch has no base', () => {
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/platform' }, { before: '0'.repeat(40) })
    expect(ctx.pushBefore).toBeNull()
    expect(ctx.pullRequest).toBeNull()
  })
})

describe('errors', () => {
  test('403 rate limit is not a permission problem', () => {
    expect(isPermissionError(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))).toBe(true)
    expect(isPermissionError(Object.assign(new Error('You have exceeded a secondary rate limit'), { status: 403 }))).toBe(false)
    expect(isPermissionError(Object.assign(new Error('boom'), { status: 500 }))).toBe(false)
  })
})
