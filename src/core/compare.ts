import type { Finding } from './types.js'

/** Code-unit order: the same on every machine and locale, so sorted output is the same bytes everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The order findings are reported in: by file (in the order given by
 * `fileOrder`, input order for values files), then line, column, rule and
 * message, so every output lists them the same way.
 */
export function compareFindings(fileOrder: ReadonlyMap<string, number>): (a: Finding, b: Finding) => number {
  return (a, b) =>
    (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
}
