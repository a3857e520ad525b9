import { isMap, isNode, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node, type Scalar } from 'yaml'
import { LIMITS } from './limits.js'
import { finding, warningFinding, type RuleId } from './lint/rules.js'
import { readBlockValues } from './block-values.js'
import { readWithJsYaml } from './plain-values.js'
import type { Finding, Position, SourceFile, ValuePath } from './types.js'
import { isRecord } from './values.js'
import { buildValues } from './values-tree.js'

/**
 * Why the `yaml` package for findings and not js-yaml alone: its Document API
 * keeps the source range of every node (so each finding can point to
 * file:line:column) and its lexer can count a file's nodes before any tree is
 * built. The quick readers (block-values.ts, plain-values.ts) read the files that need no position.
 * Turning the Document into values is ours (values-tree.ts), so that every
 * limit of limits.ts holds and each pass stays linear.
 */

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
   * Plain (unquoted) scalars without a tag, keys included, whose source text
   * passes `test`, with their value path (a key's path is the path of its
   * pair). For checks on how other YAML readers would type them (a tag, `!`
   * included, types a scalar the same for every reader); empty when the file
   * did not parse.
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
 * A duplicate key is an error that still leaves the values (the last one
 * wins, as in Helm), so the rest of the file is linted too.
 * `reader: 'document'` skips the quick readers (block-values.ts, plain-values.ts).
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
  const at = (rule: RuleId, offset: number, message: string): Finding => finding(rule, file, pos(offset), message)

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
  /** Line starts up to `offset`, for findings made before the parser has counted lines. */
  const countLines = (offset: number): void => {
    lineCounter.addNewLine(0)
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1)
  }

  // A shell that refused to read the file (a link out of the workspace, a device, too large) says why; its text is never looked at.
  if (source.refused !== undefined) {
    findings.push(finding(source.refused.rule, file, START, source.refused.reason))
    return empty(undefined)
  }
  if (text.length > LIMITS.fileBytes) {
    findings.push(
      finding('limit-exceeded', file, START, `the file is larger than ${LIMITS.fileBytes} bytes (limit); this is not a values file`)
    )
    return empty(undefined)
  }
  const binaryAt = findBinary(text)
  if (binaryAt >= 0) {
    countLines(binaryAt)
    findings.push(at('yaml-syntax', binaryAt, 'file contains binary data (a control character); values files are UTF-8 text'))
    return empty(undefined)
  }
  // A file of plain data (most are) is read by a quick reader at a fraction of the
  // cost; the Document, which knows where every node is, is built only when a
  // finding or the YAML 1.1 check asks for a position. The line reader comes
  // first: it stops at the node limit, and counts at least the nodes the
  // prescan would, so a file it reads needs no prescan.
  const lineRead = reader === 'quick' ? readBlockValues(text, LIMITS.nodes) : undefined
  const over = lineRead === undefined ? prescan(text) : null
  if (over !== null) {
    countLines(over.offset)
    findings.push(at('limit-exceeded', over.offset, over.message))
    return empty(undefined)
  }
  if (reader === 'quick') {
    const plain = lineRead ?? readWithJsYaml(text)
    // Past a limit, the Document path says which one, and where.
    if (plain !== undefined && withinLimits(plain.value, 1)) {
      return positionsOnDemand(source, plain.value, () => parseValuesFile(source, 'document'))
    }
  }

  let doc: Document.Parsed
  try {
    // merge: Helm's YAML reader honours `<<: *anchor` merge keys, so values files may use them.
    // Duplicate keys are found by values-tree.ts (the parser's own check is quadratic).
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, version: '1.2', merge: true })
  } catch (err) {
    // The parser documents no throws for text input; keep the promise of "never a crash" anyway.
    findings.push(finding('yaml-syntax', file, START, `cannot parse YAML: ${libraryMessage(err)}`))
    return empty(undefined)
  }

  for (const e of doc.errors) {
    if (/call stack/i.test(e.message)) {
      findings.push(at('limit-exceeded', e.pos[0], `values are nested deeper than ${LIMITS.depth} levels (limit)`))
      continue
    }
    const rule: RuleId = e.code === 'TAB_AS_INDENT' ? 'yaml-tab' : 'yaml-syntax'
    // The library's own words for this one send the reader to its API (YAML.parseAllDocuments()).
    const message = e.code === 'MULTIPLE_DOCS' ? SECOND_DOCUMENT : libraryMessage(e)
    findings.push(at(rule, e.pos[0], message))
  }
  for (const w of doc.warnings) findings.push(warningFinding('yaml-syntax', file, pos(w.pos[0]), libraryMessage(w)))
  if (findings.some((f) => f.severity === 'error')) return empty(undefined)

  const tree = buildValues(doc.contents, (offset) => lineCounter.linePos(offset).line)
  for (const p of tree.problems) findings.push(at(p.rule, p.offset, p.message))
  const value = tree.problems.some((p) => p.fatal) ? undefined : tree.value
  if (value === undefined) return empty(undefined)

  // One lookup per path segment: the key index values-tree.ts built (a scan per lookup made lint quadratic in the keys).
  const pairAt = (map: unknown, seg: string | number) => (isMap(map) ? tree.pairsOf(map)?.get(String(seg)) : undefined)
  const nodeAt = (path: ValuePath): { node: Node | null; key: Node | null } => {
    let node: unknown = doc.contents
    let key: Node | null = null
    for (const seg of path) {
      if (isMap(node)) {
        const pair = pairAt(node, seg)
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
    return { node: isNode(node) ? node : null, key }
  }
  const rangePos = (n: Node | null): Position => (n?.range ? pos(n.range[0]) : { line: 1, column: 1 })

  /** The exact node at `path` (no closest-parent fallback), and its key when it is a map value. */
  const exactAt = (path: ValuePath): { node: unknown; key: unknown } | null => {
    let node: unknown = doc.contents
    let key: unknown = null
    for (const seg of path) {
      if (isMap(node)) {
        const pair = pairAt(node, seg)
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
        if (depth > LIMITS.depth) return
        if (isScalar(n)) {
          if (isUntaggedPlain(n) && test(n.source)) out.push({ path: [...path], position: rangePos(n), source: n.source, isKey: false })
        } else if (isMap(n)) {
          for (const pair of n.items) {
            const k = pair.key
            const name = isScalar(k) ? String(k.value) : String(k)
            path.push(name)
            if (isUntaggedPlain(k) && test(k.source)) out.push({ path: [...path], position: rangePos(k), source: k.source, isKey: true })
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

/** A plain scalar whose type its text decides (no tag), with that text. */
function isUntaggedPlain(n: unknown): n is Scalar & { source: string } {
  return isScalar(n) && n.type === 'PLAIN' && n.tag === undefined && typeof n.source === 'string'
}

const SECOND_DOCUMENT = 'the file holds more than one YAML document (the second starts here); a values file is one document'

/** Index of the first character that cannot appear in a text values file, or -1. */
function findBinary(text: string): number {
  // A regular expression searches natively: a fifth of the time of a loop over the characters.
  return text.search(BINARY)
}

/** C0 controls but tab, line feed and carriage return; U+FFFD, the replacement character: the bytes were not UTF-8. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BINARY = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]/

/**
 * Whether a value the quick reader made stays within the limits the Document
 * path enforces (that path then names the limit and its place). One walk.
 */
function withinLimits(v: unknown, depth: number): boolean {
  if (typeof v === 'string') return v.length <= LIMITS.stringLength
  if (v === null || typeof v !== 'object') return true
  if (depth > LIMITS.depth) return false
  if (Array.isArray(v)) return v.length <= LIMITS.itemsPerList && v.every((x) => withinLimits(x, depth + 1))
  if (!isRecord(v)) return true
  // Keys, then values: no [key, value] pair made per entry.
  const keys = Object.keys(v)
  return keys.length <= LIMITS.keysPerMapping && keys.every((k) => k.length <= LIMITS.stringLength && withinLimits(v[k], depth + 1))
}

/**
 * A parser message on one line, without its position suffix, and with any
 * quoted source text cut: the text may be anything, and a message must not
 * grow with it.
 */
function libraryMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/"([^"]{60})[^"]+"/g, '"$1…"')
    .slice(0, 200)
    .trim()
}

/** The two bounds prescan enforces; a parameter only so the tests can prove the shortcut against small ones. */
export interface PrescanLimits {
  nodes: number
  depth: number
}

/**
 * Count the nodes and the flow nesting of a file with the lexer alone, which
 * holds one token at a time: a file past the limits is refused before the
 * parser builds a tree for it (a 15 MB flow list took 4 GB of heap). Exported
 * for the other YAML inputs (the namespaces file).
 *
 * Most files are proven within both limits without lexing (see
 * provablyWithinPrescanLimits); the lexer, whose tokens were a tenth of a
 * 1,000-entry lint, counts only the others.
 */
export function prescan(text: string, limits: PrescanLimits = LIMITS): { offset: number; message: string } | null {
  return provablyWithinPrescanLimits(text, limits) ? null : lexerPrescan(text, limits)
}

/**
 * True when lexerPrescan is certain to find nothing, judged from characters
 * alone: it never counts more nodes than the text has characters, nor opens
 * more flow collections than the text has `[` and `{`. Why the first holds
 * (the `yaml` package's Lexer, parse/lexer.js): each count can be paid by a
 * character no other count uses. A `-`, `[` or `{` token, or an alias
 * (`*...`), pays with its own first character. The marker before a scalar
 * pays with the scalar's first character, except in three cases: a block
 * scalar (whose body may be empty) pays with its `|` or `>` header; a plain
 * scalar that is just `-` (counted once more as a `-` token) is always
 * followed by the `:` that ended it, and pays with that; an empty plain scalar
 * (only in a flow collection, where an indicator is followed by `,`) pays with
 * the `,`. Headers, `:` and `,` tokens are never counted themselves. The
 * property test in lint.limits.unit.test.ts holds this against the lexer with
 * small limits.
 */
export function provablyWithinPrescanLimits(text: string, limits: PrescanLimits): boolean {
  if (text.length > limits.nodes) return false
  let opens = 0
  for (const bracket of ['[', '{']) {
    for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) if (++opens > limits.depth) return false
  }
  return true
}

/** prescan by the lexer: exact, for the files the character bound cannot clear. */
export function lexerPrescan(text: string, limits: PrescanLimits): { offset: number; message: string } | null {
  let nodes = 0
  let depth = 0
  let offset = 0
  for (const token of new Lexer().lex(text)) {
    switch (token) {
      case '\x1f': // before every scalar
        nodes++
        break
      case '\x02': // document and flow-error markers: no source text
      case '\x18':
        continue
      case '-':
        nodes++
        break
      case '[':
      case '{':
        nodes++
        if (++depth > limits.depth) return { offset, message: `values are nested deeper than ${limits.depth} levels (limit)` }
        break
      case ']':
      case '}':
        depth = Math.max(0, depth - 1)
        break
      default:
        if (token.startsWith('*')) nodes++
    }
    if (nodes > limits.nodes)
      return { offset, message: `the file has more than ${limits.nodes.toLocaleString('en-US')} YAML nodes (limit)` }
    if (token !== '\x1f') offset += token.length
  }
  return null
}
