import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { LIMITS } from '../limits.js'
import { finding, warningFinding } from '../lint/rules.js'
import { prescan } from '../parse.js'
import type { Finding } from '../types.js'
import type { NamespaceInventory } from './types.js'

/** Kubernetes sets this label on every namespace; selectors by name rely on it. */
const NAME_LABEL = 'kubernetes.io/metadata.name'

type Ns = { name: string; labels: Record<string, string> }

/**
 * Read the namespaces of a cluster with their labels, in one of three shapes:
 * the output of `kubectl get namespaces -o json` (`{items: [{metadata: {name,
 * labels}}]}`), a JSON/YAML list of `{name, labels}` (or bare names), or a
 * YAML map `name: {label: value}`. Never throws: problems are findings with a
 * position, and any error yields `inventory: null` so a wrong expansion of
 * selectors is never shown as if it were right.
 */
export function parseNamespaceInventory(text: string, file: string): { inventory: NamespaceInventory | null; findings: Finding[] } {
  const findings: Finding[] = []
  const lineCounter = new LineCounter()
  const position = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const at = (node: unknown, message: string): void => {
    findings.push(finding('namespaces-file', file, position(isNode(node) ? (node.range?.[0] ?? 0) : 0), message))
  }

  // The same bounds as a values file: a pull request can put anything in this file too.
  const over =
    text.length > LIMITS.fileBytes ? { offset: 0, message: `the file is larger than ${LIMITS.fileBytes} bytes (limit)` } : prescan(text)
  if (over !== null) {
    findings.push(finding('namespaces-file', file, { line: 1, column: 1 }, over.message))
    return { inventory: null, findings }
  }
  let doc: Document.Parsed
  try {
    // uniqueKeys: the library's check compares every key with every earlier one; names are checked below, in one pass.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
  } catch (err) {
    at(null, `cannot parse: ${err instanceof Error ? err.message : String(err)}`)
    return { inventory: null, findings }
  }
  for (const e of doc.errors) findings.push(finding('namespaces-file', file, position(e.pos[0]), firstLine(e.message)))
  if (findings.length > 0) return { inventory: null, findings }

  const root = doc.contents
  const out: Ns[] = []
  if (isMap(root) && isSeq(root.get('items', true))) {
    const items = root.get('items', true)
    if (isSeq(items)) for (const item of items.items) readItem(item, out, at)
  } else if (isSeq(root)) {
    for (const item of root.items) readItem(item, out, at)
  } else if (isMap(root)) {
    for (const pair of root.items) {
      const key = pair.key
      const name = isScalar(key) && typeof key.value === 'string' ? key.value : ''
      if (!name) {
        at(key, 'namespace name must be a non-empty string')
        continue
      }
      const labels = readLabels(pair.value, at)
      if (labels) out.push({ name, labels })
    }
  } else {
    at(root, 'expected `kubectl get namespaces -o json` output, a list of {name, labels}, or a map of name to labels')
  }

  const seen = new Map<string, Ns>()
  for (const ns of out) {
    if (seen.has(ns.name)) {
      findings.push(
        warningFinding(
          'namespaces-file',
          file,
          { line: 1, column: 1 },
          `namespace ${ns.name} is listed more than once; the first entry is used`
        )
      )
      continue
    }
    // Kubernetes adds this label itself; hand-written lists usually leave it out.
    if (!(NAME_LABEL in ns.labels)) ns.labels = sortLabels({ ...ns.labels, [NAME_LABEL]: ns.name })
    seen.set(ns.name, ns)
  }
  if (findings.some((f) => f.severity === 'error')) return { inventory: null, findings: sortFindings(findings) }
  const namespaces = [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { inventory: { namespaces }, findings: sortFindings(findings) }
}

type At = (node: unknown, message: string) => void

/** One list item: a bare name, `{name, labels}`, or a kubectl item `{metadata: {name, labels}}`. */
function readItem(item: unknown, out: Ns[], at: At): void {
  if (isScalar(item)) {
    if (typeof item.value === 'string' && item.value !== '') out.push({ name: item.value, labels: {} })
    else at(item, 'namespace name must be a non-empty string')
    return
  }
  if (!isMap(item)) {
    at(item, 'expected a namespace: a name or {name, labels}')
    return
  }
  const meta = item.get('metadata', true)
  const holder = isMap(meta) ? meta : item
  const nameNode = holder.get('name', true)
  if (!isScalar(nameNode) || typeof nameNode.value !== 'string' || nameNode.value === '') {
    at(nameNode ?? holder, 'namespace without a name (expected `name:` or `metadata.name`)')
    return
  }
  const labels = readLabels(holder.get('labels', true), at)
  if (labels) out.push({ name: nameNode.value, labels })
}

/** A labels map; scalar values that YAML typed (true, 1) are read as the text written. */
function readLabels(node: unknown, at: At): Record<string, string> | null {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return {}
  if (!isMap(node)) {
    at(node, 'labels must be a map of label name to value')
    return null
  }
  // Label names index it: no prototype, so `constructor` is a label like any other.
  const labels = Object.create(null) as Record<string, string>
  let ok = true
  for (const pair of node.items) {
    if (!isPair(pair)) continue
    const k = pair.key
    const v = pair.value
    if (!isScalar(k) || typeof k.value !== 'string') {
      at(k, 'label name must be a string')
      ok = false
      continue
    }
    if (!isScalar(v) || v.value === null || typeof v.value === 'object') {
      at(v ?? k, `label ${k.value}: value must be a string`)
      ok = false
      continue
    }
    labels[k.value] = typeof v.value === 'string' ? v.value : (v.source ?? String(v.value))
  }
  return ok ? sortLabels(labels) : null
}

function sortLabels(l: Record<string, string>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>
  for (const k of Object.keys(l).sort()) out[k] = l[k] ?? ''
  return out
}

/** Sorted, and each message cut: names and labels in it come from the file and must not make it grow without bound. */
function sortFindings(f: Finding[]): Finding[] {
  return f
    .map((x) => (x.message.length > 300 ? { ...x, message: `${x.message.slice(0, 300)}…` } : x))
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).replace(/"([^"]{60})[^"]+"/g, '"$1…"')
}
