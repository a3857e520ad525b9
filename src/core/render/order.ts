import { compareStrings } from '../compare.js'
import type { LabelSelector } from '../model.js'

/** A copy of `r` with its keys in code-unit order, without a prototype (its keys are the user's labels). */
export function sortedRecord(r: Record<string, string>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>
  for (const k of Object.keys(r).sort(compareStrings)) out[k] = r[k]!
  return out
}

/** Copy a selector into fixed key order (matchLabels sorted, matchExpressions; key, operator, values). */
export function copySelector(s: LabelSelector): LabelSelector {
  const out: LabelSelector = {}
  if (s.matchLabels !== undefined) out.matchLabels = sortedRecord(s.matchLabels)
  if (s.matchExpressions !== undefined) {
    out.matchExpressions = s.matchExpressions.map((x) => {
      const expr: NonNullable<LabelSelector['matchExpressions']>[number] = { key: x.key, operator: x.operator }
      if (x.values !== undefined) expr.values = [...x.values]
      return expr
    })
  }
  return out
}
