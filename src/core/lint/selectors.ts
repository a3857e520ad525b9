import { LIMITS } from '../limits.js'
import type { ValuePath } from '../types.js'
import type { FileLint } from './context.js'
import { labelKeyProblem, labelValueProblem } from './names.js'
import { isRecord } from '../values.js'
import { quote, subject } from './wording.js'

/** Check a map of labels (Secret labels, selector matchLabels): keys and values follow the Kubernetes label rules. */
export function checkLabels(lint: FileLint, path: ValuePath, labels: unknown): void {
  if (!isRecord(labels)) return
  const entries = Object.entries(labels)
  if (entries.length > LIMITS.labels) {
    const extra = entries[LIMITS.labels]?.[0] ?? ''
    lint.report(
      'limit-exceeded',
      [...path, extra],
      `${subject(lint.root, path)} has ${entries.length} labels (limit ${LIMITS.labels}); Kubernetes objects carry a few, not hundreds`,
      'key'
    )
    return
  }
  for (const [k, v] of entries) {
    const keyProblem = labelKeyProblem(k)
    if (keyProblem)
      lint.report(
        'invalid-label',
        [...path, k],
        `${subject(lint.root, path)}: key ${quote(k)} is not a valid label key: ${keyProblem}`,
        'key'
      )
    if (typeof v === 'string') {
      const valueProblem = labelValueProblem(v)
      if (valueProblem)
        lint.report(
          'invalid-label',
          [...path, k],
          `${subject(lint.root, [...path, k])}: ${quote(v)} is not a valid label value: ${valueProblem}`
        )
    }
  }
}

const SELECTOR_KEYS = new Set(['matchLabels', 'matchExpressions'])

/**
 * A namespace selector is a LabelSelector or a plain label map (shorthand
 * for matchLabels), as normalize.ts reads it. Mixing the two forms would
 * silently drop the selector part, so it is an error.
 */
export function checkSelector(lint: FileLint, path: ValuePath, sel: unknown): void {
  if (!isRecord(sel)) return
  const keys = Object.keys(sel)
  if (keys.length === 0) {
    lint.report(
      'empty-selector',
      path,
      `${subject(lint.root, path)} is empty, which selects every namespace in the cluster; add matchLabels or use "namespace"`
    )
    return
  }
  const formal = keys.filter((k) => SELECTOR_KEYS.has(k))
  if (formal.length === 0) {
    checkLabels(lint, path, sel)
    return
  }
  if (formal.length < keys.length) {
    const plain = keys.find((k) => !SELECTOR_KEYS.has(k))!
    lint.report(
      'invalid-selector',
      [...path, plain],
      `${subject(lint.root, path)} mixes ${formal.join('/')} with the plain label ${quote(plain)}; move the label under matchLabels`,
      'key'
    )
    return
  }
  checkLabels(lint, [...path, 'matchLabels'], sel.matchLabels)
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions : []
  if (exprs.length === 0 && (!isRecord(sel.matchLabels) || Object.keys(sel.matchLabels).length === 0)) {
    lint.report(
      'empty-selector',
      path,
      `${subject(lint.root, path)} has no labels and no expressions, which selects every ` +
        `namespace in the cluster; add matchLabels or use "namespace"`
    )
    return
  }
  exprs.forEach((x, i) => {
    if (!isRecord(x)) return
    const at = [...path, 'matchExpressions', i]
    if (typeof x.key === 'string') {
      const problem = labelKeyProblem(x.key)
      if (problem)
        lint.report(
          'invalid-label',
          [...at, 'key'],
          `${subject(lint.root, [...at, 'key'])}: ${quote(x.key)} is not a valid label key: ${problem}`
        )
    }
    const values = Array.isArray(x.values) ? x.values : []
    if ((x.operator === 'In' || x.operator === 'NotIn') && values.length === 0) {
      lint.report('invalid-selector', at, `${subject(lint.root, at)}: operator ${x.operator} needs at least one value in "values"`)
    }
    if ((x.operator === 'Exists' || x.operator === 'DoesNotExist') && values.length > 0) {
      lint.report(
        'invalid-selector',
        [...at, 'values'],
        `${subject(lint.root, at)}: operator ${x.operator} takes no "values"; remove them`,
        'key'
      )
    }
    values.forEach((v, j) => {
      if (typeof v !== 'string') return
      const problem = labelValueProblem(v)
      if (problem)
        lint.report(
          'invalid-label',
          [...at, 'values', j],
          `${subject(lint.root, [...at, 'values', j])}: ${quote(v)} is not a valid label value: ${problem}`
        )
    })
  })
}
