import * as core from '@actions/core'

/** Every output of action.yml; setOutputs only accepts these names. */
export const OUTPUT_NAMES = [
  'lint-errors',
  'lint-warnings',
  'secrets-added',
  'secrets-removed',
  'secrets-changed',
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
