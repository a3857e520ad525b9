import type { ParsedFile, SourceToken } from '../parse.js'
import type { Finding, Fix, Position, ValuePath } from '../types.js'
import { isRecord } from '../values.js'
import { finding as makeFinding, type RuleId } from './rules.js'

/** Where in the source a finding points: the value at a path, or the key naming it. */
export type Anchor = 'value' | 'key'

/**
 * Per-file lint state. Positions are computed only when a finding is made,
 * so a clean entry costs no tree walk.
 */
export class FileLint {
  readonly findings: Finding[] = []
  /** The value path each reported finding is about, so the diff can tell which entry or store it belongs to. */
  readonly paths = new WeakMap<Finding, ValuePath>()
  constructor(
    readonly parsed: ParsedFile,
    /** The file's plain values (a mapping once the structural checks passed). */
    readonly root: unknown
  ) {}

  get file(): string {
    return this.parsed.file
  }

  position(path: ValuePath, anchor: Anchor = 'value'): Position {
    const { path: existing, value } = closestExisting(this.root, path)
    // A missing key has no node: point at the key of its closest parent.
    if (existing.length < path.length) return this.parsed.keyPositionOf(existing)
    // `key:` with nothing after it: the empty value sits at the end of the line; the key is clearer.
    if (anchor === 'key' || value === null) return this.parsed.keyPositionOf(path)
    return this.parsed.positionOf(path)
  }

  /**
   * Record a finding for `rule` (severity comes from the registry). `fix`,
   * when given, is the text that replaces the key (anchor 'key') or the
   * scalar value at `path`; it becomes a whole-line fix when that token sits
   * on one line of the source.
   */
  report(rule: RuleId, path: ValuePath, message: string, anchor: Anchor = 'value', fix?: string): void {
    const finding: Finding = makeFinding(rule, this.file, this.position(path, anchor), message)
    const lineFix = fix === undefined ? null : this.lineFix(path, anchor, fix)
    if (lineFix !== null && lineFix.line === finding.line) finding.fix = lineFix
    this.findings.push(finding)
    this.paths.set(finding, path)
  }

  /** The source line holding the token at `path` with that token replaced by `replacement` (YAML-quoted as needed). */
  private lineFix(path: ValuePath, anchor: Anchor, replacement: string): Fix | null {
    const token = this.parsed.tokenAt(path, anchor)
    if (token === null) return null
    return replaceToken(this.parsed.text, token, replacement)
  }

  /** "file:line:col" of a path, for messages that mention a second place. */
  where(path: ValuePath, anchor: Anchor = 'value'): string {
    const p = this.position(path, anchor)
    return `${this.file}:${p.line}:${p.column}`
  }
}

/**
 * Replace one scalar token inside its line. The new text keeps the token's
 * quoting style; a plain token whose replacement would read differently
 * unquoted (a number, a boolean, `null`, text with YAML indicators) is
 * double-quoted. Null when the token spans lines (a block scalar).
 */
export function replaceToken(text: string, token: SourceToken, replacement: string): Fix | null {
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1
  const nl = text.indexOf('\n', token.start)
  const lineEnd = nl === -1 ? text.length : nl
  if (token.end > lineEnd) return null
  let quoted: string
  if (token.style === 'QUOTE_DOUBLE') quoted = JSON.stringify(replacement)
  else if (token.style === 'QUOTE_SINGLE') quoted = `'${replacement.replace(/'/g, "''")}'`
  else if (token.style === 'PLAIN')
    quoted = PLAIN_SAFE.test(replacement) && !PLAIN_TYPED.test(replacement) ? replacement : JSON.stringify(replacement)
  else return null
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '')
  const at = token.start - lineStart
  return { line: lineOf(text, token.start), text: line.slice(0, at) + quoted + line.slice(token.end - lineStart) }
}

/** Text a plain YAML scalar may hold and still read as that same string. */
const PLAIN_SAFE = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/
/** Plain words YAML 1.1 or 1.2 reads as something other than a string. */
const PLAIN_TYPED = /^(?:[-+]?[0-9][0-9_.]*|true|false|yes|no|on|off|y|n|null|~)$/i

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** The longest prefix of `path` that exists in `root`, and the value there. */
function closestExisting(root: unknown, path: ValuePath): { path: ValuePath; value: unknown } {
  let node = root
  let i = 0
  for (; i < path.length; i++) {
    const seg = path[i]!
    if (Array.isArray(node) && typeof seg === 'number' && seg < node.length) node = node[seg]
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, String(seg))) node = node[String(seg)]
    else break
  }
  return { path: i === path.length ? path : path.slice(0, i), value: node }
}
