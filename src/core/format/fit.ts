/**
 * Fitting a document into a size limit (GitHub's 65,536-character comment
 * limit) by dropping detail, never by failing: whole items of list sections
 * are dropped, lowest keep-priority first, from their end, and a notice says
 * where the rest is.
 */

/** Text that is always kept (title, verdict, footer). */
export interface FixedSection {
  kind: 'fixed'
  text: string
}

/** A table whose rows are cut only past its cap, or when the fixed text alone is too long. */
export interface TableSection {
  kind: 'table'
  header: string
  rows: string[]
  total: string
  /** The row standing for `n` rows left out. */
  more: (n: number) => string
  /** Show at most this many rows even when there is room, so what follows the table stays in sight. */
  cap?: number
}

/** A section that can lose items from its end; `more(n)` says how many were left out. */
export interface ListSection {
  kind: 'list'
  /** Text before the first item; the items follow after one line break. */
  header: string
  items: string[]
  sep: string
  /** The line standing for `n` items left out; `shortened` when the document was cut to fit (the notice is shown). */
  more: (n: number, shortened: boolean) => string
  /** Show at most this many items even when there is room (the rest is summed up by `more`). */
  cap?: number
  /** When the document must shrink, sections with a lower number keep their items first. */
  keep: number
}

export type Section = FixedSection | TableSection | ListSection

const SECTION_SEP = '\n\n'

/** How many items a section shows when nothing needs trimming. */
function shownMax(s: ListSection): number {
  return Math.min(s.items.length, s.cap ?? Infinity)
}

/** How many rows a table shows when nothing needs trimming. */
function rowsMax(t: TableSection): number {
  return Math.min(t.rows.length, t.cap ?? Infinity)
}

/**
 * Room left for GitHub's own accounting and for our arithmetic being off by
 * a little: 1/32 of the limit, at most 1 KiB.
 */
function safetyMargin(maxLength: number): number {
  return Math.min(1024, Math.floor(maxLength / 32))
}

/**
 * Assemble the sections in order within `maxLength` (UTF-16 code units, like
 * JavaScript string length and GitHub). Fixed sections and the table are
 * kept; list sections get the remaining room in order of `keep`, each as
 * many whole items as fit; when anything was left out, `notice` goes before
 * the first list section. Lengths are added up, not re-rendered, so a huge
 * report costs linear time.
 */
export function fitSections(sections: Section[], o: { maxLength: number; notice: string; marker: string }): string {
  const full = assemble(
    sections,
    (s) => shownMax(s),
    (t) => rowsMax(t),
    null
  )
  if (!Number.isFinite(o.maxLength) || full.length <= o.maxLength - safetyMargin(o.maxLength)) return full

  const budget = o.maxLength - safetyMargin(o.maxLength)
  const table = sections.find((s): s is TableSection => s.kind === 'table')
  const fixedTexts = sections.filter((s): s is FixedSection => s.kind === 'fixed').map((s) => s.text)
  const fixed = (rows: number): number => sumParts([...fixedTexts, table ? tableText(table, rows).length : 0, o.notice])
  let rows = table === undefined ? 0 : rowsMax(table)
  if (fixed(rows) > budget && table) rows = maxFitting(rows, (k) => fixed(k) <= budget)
  let used = fixed(rows)

  const keep = new Map<ListSection, number>()
  const lists = sections.filter((s): s is ListSection => s.kind === 'list').sort((a, b) => a.keep - b.keep)
  for (const s of lists) {
    if (s.items.length === 0) continue
    const room = budget - used - SECTION_SEP.length
    const fits = (n: number): boolean => listLength(s, n, true) <= room
    // Dropping the "… more" line can make the complete list shorter than the list minus one item.
    const max = shownMax(s)
    const k = fits(max) ? max : maxFitting(max - 1, fits)
    if (k === 0 && listLength(s, 0, true) > room) {
      keep.set(s, -1)
      continue
    }
    keep.set(s, k)
    used += SECTION_SEP.length + listLength(s, k, true)
  }
  let out = assemble(
    sections,
    (s) => keep.get(s) ?? 0,
    () => rows,
    o.notice
  )
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

function listText(s: ListSection, k: number, shortened: boolean): string {
  if (s.items.length === 0 || k < 0) return ''
  const shown = s.items.slice(0, k)
  if (k < s.items.length) shown.push(s.more(s.items.length - k, shortened))
  return s.header === '' ? shown.join(s.sep) : `${s.header}\n${shown.join(s.sep)}`
}

const prefixCache = new WeakMap<ListSection, number[]>()

/** Length of listText(s, k) without building it: prefix sums of the item lengths. */
function listLength(s: ListSection, k: number, shortened: boolean): number {
  const n = s.items.length
  if (n === 0 || k < 0) return 0
  let prefix = prefixCache.get(s)
  if (!prefix) {
    prefix = [0]
    for (const item of s.items) prefix.push((prefix[prefix.length - 1] ?? 0) + item.length)
    prefixCache.set(s, prefix)
  }
  const shown = k + (k < n ? 1 : 0)
  const more = k < n ? s.more(n - k, shortened).length : 0
  const head = s.header === '' ? 0 : s.header.length + 1
  return head + (prefix[k] ?? 0) + more + s.sep.length * Math.max(0, shown - 1)
}

function tableText(t: TableSection, k: number): string {
  const rows = t.rows.slice(0, k)
  if (k < t.rows.length) rows.push(t.more(t.rows.length - k))
  return [t.header, ...rows, t.total].join('\n')
}

function assemble(
  sections: Section[],
  items: (s: ListSection) => number,
  rows: (t: TableSection) => number,
  notice: string | null
): string {
  const out: string[] = []
  let noticed = notice === null || notice === ''
  for (const s of sections) {
    if (s.kind === 'list' && !noticed) {
      out.push(notice ?? '')
      noticed = true
    }
    const text = s.kind === 'fixed' ? s.text : s.kind === 'table' ? tableText(s, rows(s)) : listText(s, items(s), notice !== null)
    if (text !== '') out.push(text)
  }
  if (!noticed && notice) out.push(notice)
  return out.join(SECTION_SEP) + '\n'
}
