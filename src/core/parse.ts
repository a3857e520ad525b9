import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { finding, warningFinding, type RuleId } from './lint/rules.js'
import { readPlainValues } from './plain-values.js'
import type { Finding, Position, SourceFile, ValuePath } from './types.js'

/**
 * Why the `yaml` package and not js-yaml: its Document API keeps the source
 * range of every node (so each finding can point to file:line:column), it
 * reports duplicate keys as errors, and it caps alias expansion
 * (`maxAliasCount`) so a "billion laughs" document is a finding, not an
 * out-of-memory crash. js-yaml gives no node positions.
 */

/** Aliases a values file may expand before we call it an alias bomb. */
const MAX_ALIAS_COUNT = 100
/** Values files are small; anything bigger than this is not one. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

/** A values file after parsing: plain data plus a way back to positions. */
export interface ParsedFile {
  file: string
  /** The source text as given. */
  text: string
  /** Plain JS value of the document (undefined when it could not be parsed). */
  value: unknown
  /** Syntax-level findings (parse errors, tabs, duplicate keys, binary input...). */
  findings: Finding[]
  /** Source position of the node at `path` (or of its closest existing parent). */
  positionOf(path: ValuePath): Position
  /** Source position of the key of the pair at `path` (falls back to the value). */
  keyPositionOf(path: ValuePath): Position
  /**
   * Plain (unquoted) scalars, keys included, whose source text passes `test`,
   * with their value path (a key's path is the path of its pair). For checks
   * on how other YAML readers would type them; empty when the file did not parse.
   */
  plainScalars(test: (source: string) => boolean): PlainScalar[]
  /**
   * The scalar token of the key ('key') or the value ('value') at exactly
   * `path`, with its source offsets and quoting style; null when the path
   * does not exist or the node is not a scalar.
   */
  tokenAt(path: ValuePath, anchor: 'key' | 'value'): SourceToken | null
}

/** A scalar in the source: where it is and how it is quoted. */
export interface SourceToken {
  start: number
  /** Offset just after the scalar's text (before a comment or line break). */
  end: number
  style: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'
}

/** An unquoted scalar found by ParsedFile.plainScalars. */
export interface PlainScalar {
  path: ValuePath
  position: Position
  source: string
  isKey: boolean
}

/**
 * Parse one values file. Never throws: broken input is reported as findings
 * with a location, and `value` is whatever could be recovered (or undefined).
 * `reader: 'document'` skips the quick reader (plain-values.ts).
 */
export function parseValuesFile(source: SourceFile, reader: 'quick' | 'document' = 'quick'): ParsedFile {
  const { name: file, text } = source
  const lineCounter = new LineCounter()
  const findings: Finding[] = []
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const START: Position = { line: 1, column: 1 }

  const empty = (value: unknown): ParsedFile => ({
    file,
    text,
    value,
    findings,
    positionOf: () => ({ line: 1, column: 1 }),
    keyPositionOf: () => ({ line: 1, column: 1 }),
    plainScalars: () => [],
    tokenAt: () => null
  })

  if (text.length > MAX_FILE_BYTES) {
    findings.push(finding('yaml-syntax', file, START, `file is larger than ${MAX_FILE_BYTES} bytes; this is not a values file`))
    return empty(undefined)
  }
  const binaryAt = findBinary(text)
  if (binaryAt >= 0) {
    lineCounter.addNewLine(0)
    for (let i = 0; i < binaryAt; i++) if (text.charCodeAt(i) === 10) lineCounter.addNewLine(i + 1)
    findings.push(
      finding('yaml-syntax', file, pos(binaryAt), 'file contains binary data (a control character); values files are UTF-8 text')
    )
    return empty(undefined)
  }

  // A file of plain data (most are) is read by js-yaml at a fraction of the
  // cost; the Document, which knows where every node is, is built only when a
  // finding or the YAML 1.1 check asks for a position.
  if (reader === 'quick') {
    const plain = readPlainValues(text)
    if (plain !== undefined) return positionsOnDemand(source, plain.value, () => parseValuesFile(source, 'document'))
  }

  let doc: Document.Parsed
  try {
    // merge: Helm's YAML reader honours `<<: *anchor` merge keys, so values files may use them.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', merge: true })
  } catch (err) {
    // The parser documents no throws for text input; keep the promise of "never a crash" anyway.
    findings.push(finding('yaml-syntax', file, START, `cannot parse YAML: ${(err as Error).message}`))
    return empty(undefined)
  }

  for (const e of doc.errors) {
    const rule: RuleId = e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : e.code === 'TAB_AS_INDENT' ? 'yaml-tab' : 'yaml-syntax'
    findings.push(finding(rule, file, pos(e.pos[0]), firstLine(e.message)))
  }
  for (const w of doc.warnings) findings.push(warningFinding('yaml-syntax', file, pos(w.pos[0]), firstLine(w.message)))

  let value: unknown
  if (findings.some((f) => f.severity === 'error')) {
    value = undefined
  } else {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    } catch (err) {
      const msg = (err as Error).message
      findings.push(
        /alias/i.test(msg)
          ? finding(
              'yaml-alias-bomb',
              file,
              START,
              `too many alias expansions (more than ${MAX_ALIAS_COUNT}); refusing a possible alias bomb`
            )
          : finding('yaml-syntax', file, START, firstLine(msg))
      )
      value = undefined
    }
  }

  const nodeAt = (path: ValuePath): { node: Node | null; key: Node | null } => {
    let node: unknown = doc.contents
    let key: Node | null = null
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg))
        if (!pair) break
        key = isScalar(pair.key) ? pair.key : null
        node = pair.value ?? pair.key
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg]
        if (!item) break
        key = null
        node = item
      } else break
    }
    return { node: (node as Node | null) ?? null, key }
  }
  const rangePos = (n: Node | null): Position => (n?.range ? pos(n.range[0]) : { line: 1, column: 1 })

  /** The exact node at `path` (no closest-parent fallback), and its key when it is a map value. */
  const exactAt = (path: ValuePath): { node: unknown; key: unknown } | null => {
    let node: unknown = doc.contents
    let key: unknown = null
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg))
        if (!pair) return null
        key = pair.key
        node = pair.value
      } else if (isSeq(node) && typeof seg === 'number') {
        if (seg >= node.items.length) return null
        key = null
        node = node.items[seg]
      } else return null
    }
    return { node, key }
  }

  return {
    file,
    text,
    value,
    findings,
    tokenAt: (path, anchor) => {
      const at = exactAt(path)
      const n = anchor === 'key' ? at?.key : at?.node
      if (!isScalar(n) || !n.range || n.type === undefined) return null
      return { start: n.range[0], end: n.range[1], style: n.type }
    },
    positionOf: (path) => rangePos(nodeAt(path).node),
    keyPositionOf: (path) => {
      const { node, key } = nodeAt(path)
      return rangePos(key ?? node)
    },
    plainScalars: (test) => {
      const out: PlainScalar[] = []
      if (value === undefined) return out
      const path: Array<string | number> = []
      // A plain recursive walk: `visit` is several times slower on big files.
      const walk = (n: unknown, depth: number): void => {
        if (depth > 200) return
        if (isScalar(n)) {
          if (n.type === 'PLAIN' && typeof n.source === 'string' && test(n.source))
            out.push({ path: [...path], position: rangePos(n), source: n.source, isKey: false })
        } else if (isMap(n)) {
          for (const pair of n.items) {
            const k = pair.key
            const name = isScalar(k) ? String(k.value) : String(k)
            path.push(name)
            if (isScalar(k) && k.type === 'PLAIN' && typeof k.source === 'string' && test(k.source))
              out.push({ path: [...path], position: rangePos(k), source: k.source, isKey: true })
            walk(pair.value, depth + 1)
            path.pop()
          }
        } else if (isSeq(n)) {
          n.items.forEach((item, i) => {
            path.push(i)
            walk(isPair(item) ? item.value : item, depth + 1)
            path.pop()
          })
        }
      }
      walk(doc.contents, 0)
      return out
    }
  }
}

/** A file read by the quick reader: no findings, and positions and tokens from the Document, built on first use. */
function positionsOnDemand(source: SourceFile, value: unknown, parseDocumentPath: () => ParsedFile): ParsedFile {
  let parsed: ParsedFile | undefined
  const withPositions = (): ParsedFile => (parsed ??= parseDocumentPath())
  return {
    file: source.name,
    text: source.text,
    value,
    findings: [],
    positionOf: (path) => withPositions().positionOf(path),
    keyPositionOf: (path) => withPositions().keyPositionOf(path),
    plainScalars: (test) => withPositions().plainScalars(test),
    tokenAt: (path, anchor) => withPositions().tokenAt(path, anchor)
  }
}

/** Index of the first character that cannot appear in a text values file, or -1. */
function findBinary(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return i
    if (c === 0xfffd) return i // replacement char: the bytes were not UTF-8
  }
  return -1
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim()
}
