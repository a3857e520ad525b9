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

/**
 * What one selector allows for one label key: whether the label may be
 * absent, and which values it may have (a finite set, or every value but
 * some).
 */
interface KeyConstraint {
  absent: boolean
  values: { only: Set<string> } | { except: Set<string> }
}

const ANY: KeyConstraint = { absent: true, values: { except: new Set() } }

/**
 * True only when it is certain that every namespace `before` selects is also
 * selected by `after`, whatever labels the namespaces carry: then changing
 * the selector from `before` to `after` removes the Secret from no
 * namespace. False means "not provably": some label set may be selected by
 * `before` and not by `after`.
 *
 * A selector is a conjunction of requirements, each on one label key, so
 * the set it selects is a product over keys of what it allows per key (the
 * requirements on one key intersected). A product is contained in another
 * exactly when one factor is empty (the selector selects nothing) or every
 * factor is contained in the other's. This decides removing a requirement,
 * adding a value to `In`, turning a value into `Exists`, removing a value
 * from `NotIn` and their combinations exactly; an unknown operator is never
 * called a superset.
 */
export function selectorCovers(before: LabelSelector, after: LabelSelector): boolean {
  const b = constraints(before)
  const a = constraints(after)
  if (b === null || a === null) return false
  if ([...b.values()].some(isEmpty)) return true
  for (const [key, ac] of a) {
    if (!contains(ac, b.get(key) ?? ANY)) return false
  }
  return true
}

/** Per-key constraints of a selector; null for an operator Kubernetes does not know. */
function constraints(s: LabelSelector): Map<string, KeyConstraint> | null {
  const out = new Map<string, KeyConstraint>()
  const add = (key: string, c: KeyConstraint): void => {
    out.set(key, intersect(out.get(key) ?? ANY, c))
  }
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) add(k, { absent: false, values: { only: new Set([v]) } })
  for (const x of s.matchExpressions ?? []) {
    const values = new Set(x.values ?? [])
    switch (x.operator) {
      case 'In':
        add(x.key, { absent: false, values: { only: values } })
        break
      case 'NotIn':
        add(x.key, { absent: true, values: { except: values } })
        break
      case 'Exists':
        add(x.key, { absent: false, values: { except: new Set() } })
        break
      case 'DoesNotExist':
        add(x.key, { absent: true, values: { only: new Set() } })
        break
      default:
        return null
    }
  }
  return out
}

function intersect(x: KeyConstraint, y: KeyConstraint): KeyConstraint {
  const absent = x.absent && y.absent
  const xv = x.values
  const yv = y.values
  if ('only' in xv && 'only' in yv) return { absent, values: { only: new Set([...xv.only].filter((v) => yv.only.has(v))) } }
  if ('only' in xv && 'except' in yv) return { absent, values: { only: new Set([...xv.only].filter((v) => !yv.except.has(v))) } }
  if ('except' in xv && 'only' in yv) return { absent, values: { only: new Set([...yv.only].filter((v) => !xv.except.has(v))) } }
  if ('except' in xv && 'except' in yv) return { absent, values: { except: new Set([...xv.except, ...yv.except]) } }
  return { absent, values: { only: new Set() } }
}

function isEmpty(c: KeyConstraint): boolean {
  return !c.absent && 'only' in c.values && c.values.only.size === 0
}

/** Whether `outer` allows everything `inner` allows. Label values are unbounded, so a co-finite set is never inside a finite one. */
function contains(outer: KeyConstraint, inner: KeyConstraint): boolean {
  if (inner.absent && !outer.absent) return false
  const o = outer.values
  const i = inner.values
  if ('only' in i) return [...i.only].every((v) => ('only' in o ? o.only.has(v) : !o.except.has(v)))
  if ('only' in o) return false
  return [...o.except].every((v) => i.except.has(v))
}
