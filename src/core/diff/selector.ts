import { compareStrings } from '../compare.js'
import type { LabelSelector } from '../model.js'

/** Text shown for a selector that selects every namespace (`{}`). */
export const ALL_NAMESPACES = '(all namespaces)'

type Requirement = { key: string; text: string; order: number }

/**
 * A LabelSelector in the Kubernetes selector string syntax
 * (`env=prod,team in (a,b),!legacy`), requirements sorted by key, values
 * sorted, so two equal selectors written differently read the same.
 */
export function selectorToString(s: LabelSelector): string {
  const reqs: Requirement[] = []
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}`, order: 0 })
  for (const x of s.matchExpressions ?? []) {
    const values = [...new Set(x.values ?? [])].sort(compareStrings).join(',')
    switch (x.operator) {
      case 'In':
        reqs.push({ key: x.key, text: `${x.key} in (${values})`, order: 1 })
        break
      case 'NotIn':
        reqs.push({ key: x.key, text: `${x.key} notin (${values})`, order: 2 })
        break
      case 'Exists':
        reqs.push({ key: x.key, text: x.key, order: 3 })
        break
      case 'DoesNotExist':
        reqs.push({ key: x.key, text: `!${x.key}`, order: 4 })
        break
      default:
        // Lint rejects unknown operators; show them rather than hide them.
        reqs.push({ key: x.key, text: `${x.key} ${String(x.operator)} (${values})`, order: 5 })
    }
  }
  if (reqs.length === 0) return ALL_NAMESPACES
  reqs.sort((a, b) => compareStrings(a.key, b.key) || a.order - b.order || compareStrings(a.text, b.text))
  return [...new Set(reqs.map((r) => r.text))].join(',')
}

/**
 * Whether a namespace with these labels is selected, with the semantics of
 * Kubernetes: every requirement must hold; `NotIn` also matches when the
 * label is absent; an unknown operator matches nothing.
 */
export function matchesSelector(s: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(labels, k)
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) {
    if (!has(k) || labels[k] !== v) return false
  }
  for (const x of s.matchExpressions ?? []) {
    const values = x.values ?? []
    switch (x.operator) {
      case 'In':
        if (!has(x.key) || !values.includes(labels[x.key] ?? '')) return false
        break
      case 'NotIn':
        if (has(x.key) && values.includes(labels[x.key] ?? '')) return false
        break
      case 'Exists':
        if (!has(x.key)) return false
        break
      case 'DoesNotExist':
        if (has(x.key)) return false
        break
      default:
        return false
    }
  }
  return true
}
