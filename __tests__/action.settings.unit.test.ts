import { describe, expect, test } from 'vitest'
import { INPUT_NAMES, parseSettings, SettingsError, splitValuesInput } from '../src/action/settings.js'

/** The action's settings boundary: every input parsed and checked before the run does anything. */

const env = { runnerTemp: '/tmp/runner' }
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

/** The input named by the SettingsError that `inputs` cause, or null when they are accepted. */
function refusedInput(inputs: Record<string, string>): string | null {
  try {
    parseSettings(reader({ 'github-token': 't', ...inputs }), env)
    return null
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e
    expect(e.message).toContain(`Input '${e.input}'`)
    return e.input
  }
}

describe('settings', () => {
  test('defaults', () => {
    const s = parseSettings(reader({ values: 'a.yaml\n# comment\n\nb/*.yaml', 'github-token': 't' }), env)
    expect(s.values).toEqual(['a.yaml', 'b/*.yaml'])
    expect(s).toMatchObject({
      comment: 'always',
      failOn: 'error',
      mode: 'full',
      reviewComments: true,
      namespacesFile: null,
      baseRef: null,
      tempDir: '/tmp/runner'
    })
    expect(s.gitops).toEqual({ branch: null, path: 'manifests', message: null, remote: null, onPullRequest: false, verified: false })
  })
  test('verify: off by default; the Vault role and auth path are checked at the boundary', () => {
    const read = (inputs: Record<string, string>) => parseSettings(reader({ values: 'a', 'github-token': 't', ...inputs }), env).verify
    expect(read({})).toEqual({ mode: 'off', vaultRole: null, vaultAuthPath: 'jwt' })
    expect(read({ verify: 'error', 'vault-role': 'ci-verify', 'vault-auth-path': 'github/jwt' })).toEqual({
      mode: 'error',
      vaultRole: 'ci-verify',
      vaultAuthPath: 'github/jwt'
    })
    expect(refusedInput({ values: 'a', verify: 'yes' })).toBe('verify')
    expect(refusedInput({ values: 'a', 'vault-role': 'a/../b' })).toBe('vault-role')
    expect(refusedInput({ values: 'a', 'vault-auth-path': '../sys' })).toBe('vault-auth-path')
    expect(refusedInput({ values: 'a', 'vault-auth-path': 'jwt/' })).toBe('vault-auth-path')
  })
  test.each([
    [{ values: '' }, 'values'],
    [{ values: 'a', comment: 'sometimes' }, 'comment'],
    [{ values: 'a', 'fail-on': 'info' }, 'fail-on'],
    [{ values: 'a', mode: 'fast' }, 'mode'],
    [{ values: 'a', 'review-comments': 'yes please' }, 'review-comments'],
    [{ values: 'a', 'gitops-branch': 'bad..branch' }, 'gitops-branch'],
    [{ values: 'a', 'gitops-remote': 'not a repo' }, 'gitops-remote'],
    [{ values: 'a', 'gitops-path': '../outside' }, 'gitops-path'],
    [{ values: 'a', 'gitops-verified': 'maybe' }, 'gitops-verified']
  ])('%j is rejected naming %s', (inputs, name) => {
    const read = reader({ 'github-token': 't', ...inputs })
    expect(() => parseSettings(read, env)).toThrow(SettingsError)
    try {
      parseSettings(read, env)
    } catch (e) {
      expect(e instanceof SettingsError && e.input).toBe(name)
      expect(String(e)).toContain(`'${name}'`)
    }
  })
  test('an empty token is fine except for mode post (lint never needs GitHub); case-insensitive choices', () => {
    expect(parseSettings(reader({ values: 'a', mode: 'compute' }), env).token).toBe('')
    expect(parseSettings(reader({ values: 'a' }), env).token).toBe('')
    expect(() => parseSettings(reader({ mode: 'post', 'report-path': 'report.json' }), env)).toThrow(/github-token/)
    expect(parseSettings(reader({ values: 'a', 'github-token': 't', comment: 'On-Change', 'gitops-verified': 'TRUE' }), env)).toMatchObject(
      {
        comment: 'on-change',
        gitops: { verified: true }
      }
    )
  })
  test('splitValuesInput drops blanks and comments', () => {
    expect(splitValuesInput(' a.yaml \r\n#x\n\n b.yaml')).toEqual(['a.yaml', 'b.yaml'])
  })
})

describe('inputs checked by the functions the publish uses', () => {
  test.each(['-foo', 'foo.', '@', 'x.lock/y', 'a..b', 'feature/', '/x', 'a b', 'a~1', 'refs:x', 'a@{1}', 'x.lock'])(
    'gitops-branch %j is refused, naming the input',
    (branch) => {
      expect(refusedInput({ values: 'a', 'gitops-branch': branch })).toBe('gitops-branch')
    }
  )
  test.each(['a/.git/b', 'a\\b', '/abs', '../up', 'a/../b', 'a//b', '.git'])('gitops-path %j is refused, naming the input', (dir) => {
    expect(refusedInput({ values: 'a', 'gitops-path': dir })).toBe('gitops-path')
  })
  test.each([
    ['gitops-branch', 'gitops'],
    ['gitops-branch', 'deploy/prod-1.2'],
    ['gitops-path', 'clusters/prod'],
    ['gitops-path', '.'],
    ['base-ref', 'origin/main'],
    ['base-ref', 'v1.2.3']
  ])('%s %j is accepted', (input, value) => {
    expect(refusedInput({ values: 'a', [input]: value })).toBeNull()
  })
  test('base-ref cannot smuggle an option into git', () => {
    expect(refusedInput({ values: 'a', 'base-ref': '--output=/tmp/x' })).toBe('base-ref')
    expect(refusedInput({ values: 'a', 'base-ref': 'main extra' })).toBe('base-ref')
  })
  test.each(['0', '-5', '1.5', '3601', 'ten', '90s'])('api-timeout %j is refused, naming the input', (value) => {
    expect(refusedInput({ values: 'a', 'api-timeout': value })).toBe('api-timeout')
  })
  test('api-timeout: whole seconds; by default a run waits at most two minutes for an unresponsive API', () => {
    expect(parseSettings(reader({ values: 'a', 'api-timeout': ' 600 ' }), env).apiTimeoutSeconds).toBe(600)
    expect(parseSettings(reader({ values: 'a' }), env).apiTimeoutSeconds).toBeLessThanOrEqual(120)
  })
  test('mode post needs report-path, and nothing else needs values', () => {
    expect(refusedInput({ mode: 'post' })).toBe('report-path')
    expect(refusedInput({ mode: 'post', 'report-path': 'r.json' })).toBeNull()
  })
  test('one parser per input: the table lists each input once', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length)
  })
})

describe('kubeconfig and kube-context (docs/cluster.md)', () => {
  const settings = (inputs: Record<string, string>) => parseSettings(reader({ 'github-token': 't', values: 'a.yaml', ...inputs }), env)

  test('none by default: the run reads no cluster', () => {
    expect(settings({})).toMatchObject({ kubeconfig: null, kubeContext: null })
  })

  test('a path, or the content of a kubeconfig (lines, or one line of JSON)', () => {
    expect(settings({ kubeconfig: ' /home/runner/.kube/review.yaml ' }).kubeconfig).toEqual({
      kind: 'path',
      path: '/home/runner/.kube/review.yaml'
    })
    const yaml = 'apiVersion: v1\nkind: Config\nclusters: []\n'
    expect(settings({ kubeconfig: yaml, 'kube-context': 'prod' })).toMatchObject({
      kubeconfig: { kind: 'content', text: yaml.trim() },
      kubeContext: 'prod'
    })
    expect(settings({ kubeconfig: '{"apiVersion":"v1"}' }).kubeconfig?.kind).toBe('content')
    expect(settings({ kubeconfig: 'apiVersion: v1' }).kubeconfig?.kind).toBe('content')
  })

  test('kube-context needs kubeconfig; a refused value is named, never echoed', () => {
    expect(refusedInput({ values: 'a', 'kube-context': 'prod' })).toBe('kube-context')
    try {
      settings({ kubeconfig: 'token-abc\u0007' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(SettingsError)
      expect(String(e)).toContain("Input 'kubeconfig'")
      expect(String(e)).not.toContain('token-abc')
    }
  })

  test('both are inputs of action.yml', () => {
    expect(INPUT_NAMES).toContain('kubeconfig')
    expect(INPUT_NAMES).toContain('kube-context')
  })
})
