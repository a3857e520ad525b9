import { expect, test } from 'vitest'
import { replaceProblem } from '../src/files/output-dir.js'

/**
 * Which directories a replacing write (the action's manifests-dir) refuses:
 * replacing deletes what the directory held, so never the workspace, a
 * directory above it or a place in its .git.
 */

const ws = '/home/runner/work/platform/platform'

test.each([
  ['.', 'is the workspace or a directory holding it'],
  [ws, 'is the workspace or a directory holding it'],
  ['..', 'is the workspace or a directory holding it'],
  ['/home/runner', 'is the workspace or a directory holding it'],
  ['/', 'is the workspace or a directory holding it'],
  ['.git', 'is inside .git'],
  ['.git/hooks', 'is inside .git'],
  ['sub/.GIT/x', 'is inside .git'],
  ['..x/.git', 'is inside .git']
])('%j is refused', (dir, problem) => {
  expect(replaceProblem(dir, ws)).toBe(problem)
})

test('a directory above a workspace under a `..x` directory is refused', () => {
  expect(replaceProblem('/srv', '/srv/..x/ws')).toBe('is the workspace or a directory holding it')
})

test.each(['rendered', 'out/manifests', '/tmp/manifests', '../sibling', '.github/rendered', '..manifests'])('%j is accepted', (dir) => {
  expect(replaceProblem(dir, ws)).toBeNull()
})
