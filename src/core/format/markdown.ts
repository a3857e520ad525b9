/**
 * Markdown helpers for text we do not control: label values, file names and
 * lint messages end up in a PR comment, where `<`, `|` or a backtick could
 * break the layout or inject HTML.
 */

const MD_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' }

/** Text safe in Markdown and in a table cell: HTML-significant characters as entities, Markdown ones backslash-escaped. */
export function escapeMd(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]|<>&#~!]/g, (c) => MD_ESCAPES[c] ?? `\\${c}`)
}

/** Text safe inside raw HTML (the `<summary>` of a `<details>` block). */
export function escapeHtml(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A code span when that is safe (no backtick, pipe or line break, which a
 * code span cannot hold inside a table), else escaped plain text.
 */
export function code(s: string): string {
  if (s === '' || /[`|\r\n]/.test(s)) return escapeMd(s) || '(empty)'
  return `\`${s}\``
}

/** `<code>` for raw HTML contexts. */
export function htmlCode(s: string): string {
  return `<code>${escapeHtml(s)}</code>`
}
