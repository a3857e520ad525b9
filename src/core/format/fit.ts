/** A section that can lose items from its end; `more(n)` says how many were left out. */
export interface ListSection {
  /** Text before the first item; the items follow after one line break. */
  header: string
  items: string[]
  sep: string
  more: (n: number) => string
  /** Show at most this many items even when there is room (the rest is summed up by `more`). */
  cap?: number
}

/** The sections of the document, in document order; fit.ts decides what is kept. */
export interface Parts {
  head: string
  table: { header: string; rows: string[]; total: string } | null
  danger: ListSection
  stores: ListSection
  details: ListSection
  findings: ListSection
  footer: string
}

/** How many items a section shows when nothing needs trimming. */
function shownMax(s: ListSection): number {
  return Math.min(s.items.length, s.cap ?? Infinity)
}

const SECTION_SEP = '\n\n'

/**
 * Room left for GitHub's own accounting and for our arithmetic being off by
 * a little: 1/32 of the limit, at most 1 KiB.
 */
function safetyMargin(maxLength: number): number {
  return Math.min(1024, Math.floor(maxLength / 32))
}

/**
 * Assemble the document within `maxLength` (UTF-16 code units, like
 * JavaScript string length and GitHub). Whole items are kept or dropped,
 * never cut: details (per namespace) go first, from the end, then findings,
 * then store changes, then danger notes, and the summary table last. Lengths
 * are added up, not re-rendered, so a huge diff costs linear time.
 */
export function fitSections(p: Parts, o: { maxLength: number; notice: string; marker: string }): string {
  const lists: Array<keyof Pick<Parts, 'danger' | 'stores' | 'details' | 'findings'>> = ['danger', 'stores', 'details', 'findings']
  const full = assemble(
    p,
    { danger: shownMax(p.danger), stores: shownMax(p.stores), details: shownMax(p.details), findings: shownMax(p.findings) },
    p.table?.rows.length ?? 0,
    null
  )
  if (!Number.isFinite(o.maxLength) || full.length <= o.maxLength - safetyMargin(o.maxLength)) return full

  const budget = o.maxLength - safetyMargin(o.maxLength)
  const fixed = (rows: number): number => sumParts([p.head, p.table ? tableText(p.table, rows).length : 0, o.notice, p.footer])
  let rows = p.table?.rows.length ?? 0
  if (fixed(rows) > budget && p.table) rows = maxFitting(rows, (k) => fixed(k) <= budget)
  let used = fixed(rows)

  // Keep-priority: the danger list and store changes before findings, findings before details.
  const keep: Record<string, number> = { danger: 0, stores: 0, details: 0, findings: 0 }
  for (const name of ['danger', 'stores', 'findings', 'details'] as const) {
    const s = p[name]
    if (s.items.length === 0) continue
    const room = budget - used - SECTION_SEP.length
    const fits = (n: number): boolean => listLength(s, n) <= room
    // Dropping the "… more" line can make the complete list shorter than the list minus one item.
    const max = shownMax(s)
    const k = fits(max) ? max : maxFitting(max - 1, fits)
    if (k === 0 && listLength(s, 0) > room) {
      keep[name] = -1
      continue
    }
    keep[name] = k
    used += SECTION_SEP.length + listLength(s, k)
  }
  const counts = { danger: 0, stores: 0, details: 0, findings: 0 }
  for (const name of lists) counts[name] = keep[name] ?? 0
  let out = assemble(p, counts, rows, o.notice)
  // Only a pathological title or marker can get here; the marker must survive.
  if (out.length > o.maxLength) out = `${o.marker}\n${o.notice}`.slice(0, o.maxLength)
  return out
}

/** Largest k in [0, n] with ok(k), for an ok that turns false once and stays false. */
function maxFitting(n: number, ok: (k: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (ok(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}

function sumParts(parts: Array<string | number>): number {
  const lengths = parts.map((x) => (typeof x === 'number' ? x : x.length)).filter((n) => n > 0)
  return lengths.reduce((a, b) => a + b, 0) + SECTION_SEP.length * Math.max(0, lengths.length - 1) + 1
}

function listText(s: ListSection, k: number): string {
  if (s.items.length === 0 || k < 0) return ''
  const shown = s.items.slice(0, k)
  if (k < s.items.length) shown.push(s.more(s.items.length - k))
  return `${s.header}\n${shown.join(s.sep)}`
}

const prefixCache = new WeakMap<ListSection, number[]>()

/** Length of listText(s, k) without building it: prefix sums of the item lengths. */
function listLength(s: ListSection, k: number): number {
  const n = s.items.length
  if (n === 0 || k < 0) return 0
  let prefix = prefixCache.get(s)
  if (!prefix) {
    prefix = [0]
    for (const item of s.items) prefix.push((prefix[prefix.length - 1] ?? 0) + item.length)
    prefixCache.set(s, prefix)
  }
  const shown = k + (k < n ? 1 : 0)
  const more = k < n ? s.more(n - k).length : 0
  return s.header.length + 1 + (prefix[k] ?? 0) + more + s.sep.length * Math.max(0, shown - 1)
}

function tableText(t: NonNullable<Parts['table']>, k: number): string {
  const rows = t.rows.slice(0, k)
  if (k < t.rows.length) rows.push(`| … ${t.rows.length - k} more | | | |`)
  return [t.header, ...rows, t.total].join('\n')
}

function assemble(
  p: Parts,
  counts: Record<'danger' | 'stores' | 'details' | 'findings', number>,
  rows: number,
  notice: string | null
): string {
  const sections = [
    p.head,
    p.table ? tableText(p.table, rows) : '',
    notice ?? '',
    listText(p.danger, counts.danger),
    listText(p.stores, counts.stores),
    listText(p.details, counts.details),
    listText(p.findings, counts.findings),
    p.footer
  ].filter((s) => s !== '')
  return sections.join(SECTION_SEP) + '\n'
}
