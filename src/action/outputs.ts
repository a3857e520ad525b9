import * as core from '@actions/core'
import type { DiffResult } from '../core/diff/index.js'

/** Every output of action.yml; setOutputs only accepts these names. */
export const OUTPUT_NAMES = [
  'lint-errors',
  'lint-warnings',
  'secrets-added',
  'secrets-removed',
  'secrets-changed',
  'secrets-moved',
  'diff-json',
  'comment-id',
  'comment-url',
  'manifests-dir',
  'report-path',
  'gitops-commit',
  'gitops-changed',
  'gitops-files-added',
  'gitops-files-removed',
  'gitops-files-changed',
  'remote-missing',
  'remote-unchecked'
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]

/** Set several outputs; numbers and booleans are written as their string form. */
export function setOutputs(values: Partial<Record<OutputName, string | number | boolean>>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) core.setOutput(name, String(value))
  }
}

/**
 * The diff's counts as outputs, the same in full and post mode. A move is one
 * removal and one addition, as in the diff JSON; `secrets-moved` says how
 * many of those pairs are moves, which the comment counts once, as moved.
 */
export function diffCountOutputs(counts: DiffResult['counts']): Partial<Record<OutputName, number>> {
  return {
    'secrets-added': counts.added,
    'secrets-removed': counts.removed,
    'secrets-changed': counts.changed,
    'secrets-moved': counts.moved
  }
}
