/**
 * The one place user text is made safe for what the bot writes: the PR
 * comment, inline review comments, the job summary, the CLI's Markdown and
 * the GitOps commit body. Values files come from pull requests, so a label,
 * a file name or a lint message quoting them may be written by an attacker:
 *
 * - Markdown and HTML in them must stay text (`<img>`, `[x](url)`, `|` in a
 *   table cell);
 * - nothing in them may notify anyone or link anywhere on GitHub's behalf:
 *   `@user` and `@org/team` mentions, `#123` references, bare URLs.
 *
 * Identifiers are set as code spans (or `<code>` in HTML): GitHub neither
 * links nor mentions inside code, and a reader can copy the value exactly.
 * Free text is escaped and neutralised with a zero-width joiner after `@`,
 * between `#` and a digit, and inside `://` and `www.`, invisible to a
 * reader but breaking GitHub's autolinking. Plain text (commit bodies) gets
 * the same neutralisation without Markdown escaping.
 */

const ZWJ = '\u200D'

/** Break mentions, issue references and autolinks without changing what a reader sees. */
export function neutralize(s: string): string {
  // GitHub links `#` followed by digits only (`#12`, `owner/repo#12`): `db-creds#password` stays as typed, for grep and copy.
  return s
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/:\/\//g, `:/${ZWJ}/`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`)
}

const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' }

/** Free text in Markdown (a table cell too): one line, Markdown and HTML inert, neutralised. */
export function mdText(s: string): string {
  return neutralize(oneLine(s)).replace(/[\\`*_[\]|<>&#~!]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`)
}

function escapeHtml(s: string): string {
  return oneLine(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A code span when that is safe (no backtick, pipe or line break, which a
 * code span cannot hold inside a table), else escaped text.
 */
export function mdCode(s: string): string {
  if (s === '' || /[`|\r\n]/.test(s)) return mdText(s) || '(empty)'
  return `\`${visibleControls(s)}\``
}

/** `<code>` for raw HTML contexts. */
export function htmlCode(s: string): string {
  return `<code>${escapeHtml(s)}</code>`
}

/** One line of plain text (a commit body), neutralised. */
export function plainText(s: string): string {
  return neutralize(oneLine(s))
}

/**
 * A URL as a Markdown link destination. We build every URL ourselves from
 * a fixed base and percent-encoded parts; this only guards the characters
 * that would end the destination.
 */
export function mdUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** A repository path as URL path segments. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
}

function oneLine(s: string): string {
  return visibleControls(s.replace(/\r?\n|\r/g, ' '))
}

// C0 controls but tab and line breaks (handled by the callers), DEL, C1 controls, Unicode line separators.
// eslint-disable-next-line no-control-regex -- control characters are exactly what the class finds
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g

/** Control characters (a terminal escape in a file name) shown as `\u001b`, never written raw. */
function visibleControls(s: string): string {
  return s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * How one output writes the same words: Markdown (comment, job summary, CLI)
 * or plain text (commit body). Section writers only ever pass user strings
 * through `code`, `text` or `note`, so the output cannot carry markup or a
 * mention from a values file.
 */
export interface Syntax {
  readonly markdown: boolean
  /** A user identifier (name, key, selector, file). */
  code(s: string): string
  /** Free text (our words around user values, lint messages). */
  text(s: string): string
  /** Text whose `backticked` parts are identifiers (the diff's danger notes). */
  note(s: string): string
  /** Emphasis around already rendered text. */
  strong(rendered: string): string
  /** A link around already rendered text; plain text keeps only the text. */
  link(rendered: string, url: string): string
  /** An icon before a line; dropped in plain text. */
  icon(emoji: string): string
}

/** Split `a \`b\` c` into text and code parts. */
function noteParts(s: string): Array<{ code: boolean; s: string }> {
  return s.split('`').map((part, i) => ({ code: i % 2 === 1, s: part }))
}

export const MARKDOWN: Syntax = {
  markdown: true,
  code: mdCode,
  text: mdText,
  note: (s) =>
    noteParts(s)
      .map((p) => (p.code ? mdCode(p.s) : mdText(p.s)))
      .join(''),
  strong: (r) => `**${r}**`,
  link: (r, url) => `[${r}](${mdUrl(url)})`,
  icon: (e) => `${e} `
}

export const PLAIN: Syntax = {
  markdown: false,
  code: plainText,
  text: plainText,
  note: (s) =>
    noteParts(s)
      .map((p) => plainText(p.s))
      .join(''),
  strong: (r) => r,
  link: (r) => r,
  icon: () => ''
}
