import { CORE_NUMBER, SAFE_INTEGER } from './yaml-numbers.js'

/**
 * The line reader of values files, the first of parse.ts's readers: block
 * mappings and lists with one scalar per line, the way people write values
 * files (and every file the benchmark generates). It builds the value as it
 * reads, line by line, and declines (returns undefined) anything else, which
 * then goes to js-yaml (plain-values.ts) and, past that, to the `yaml`
 * Document, exactly as before.
 *
 * Why by hand: js-yaml 5, the fast reader, first turns the whole text into a
 * list of events (about 150,000 objects for 10,000 entries) and only then
 * builds the value. Those events all survive V8's young-generation
 * collections, and that much surviving data makes V8 double its young
 * generation to the maximum, which was a fifth of `render`'s peak memory
 * with Node's default heap settings. js-yaml 4 builds the value directly,
 * but misreads valid YAML (see plain-values.ts); no other reader builds
 * without an intermediate list or tree. What a values file needs is small,
 * so this reader takes only that, and declines the moment a line is
 * anything else:
 * - lines of spaces (no tabs), `\n` or `\r\n` line ends, blank lines and
 *   `#` comments; characters YAML prints as they are (no C0 or C1 controls,
 *   no line or paragraph separators, no byte order mark, nothing outside the
 *   Basic Multilingual Plane);
 * - a mapping at the top, `key: value` or `key:` followed by a deeper
 *   mapping or list (a list may also sit at its key's own indentation),
 *   `- value`, `- key: value` (a mapping started on the item's line) and `-`
 *   followed by a deeper collection;
 * - keys of letters, digits and `_ . / -` (not first: `-`) that YAML reads
 *   as strings (not `null`, `true`, numbers...), or quoted; up to 1,000
 *   characters, no duplicates, no `__proto__`;
 * - values on one line: plain text (not starting with an indicator, no `: `
 *   inside, `#` starting a comment only after a space), 'single' or "double"
 *   quoted (double quotes without escapes). Plain text resolves by the YAML
 *   1.2 core schema as js-yaml does; a number other than a decimal integer
 *   of up to 15 digits is declined (plain-values.ts says why);
 * - no flow collections, block scalars, anchors, aliases, tags, explicit
 *   keys, directives or document markers, and no line deeper than a value
 *   already given (that would continue a multi-line scalar).
 * The property tests in lint.quick-reader.unit.test.ts read generated texts
 * with this reader and the Document path: whatever this reader accepts, the
 * Document reads to the same value, without an error or a warning.
 *
 * `nodes` counts every key, value and list item read: at least what
 * parse.ts's prescan counts in such a text (its lexer counts the plain
 * scalars and the `-` indicators, and finds no flow collection), so a file
 * read within `maxNodes` (the node limit) needs no prescan; past it the
 * reader stops, having built no more than that.
 */
export function readBlockValues(text: string, maxNodes = Infinity): { value: Record<string, unknown>; nodes: number } | undefined {
  if (OUTSIDE_ALPHABET.test(text)) return undefined
  const frames: Frame[] = []
  let root: Record<string, unknown> | undefined
  let nodes = 0
  for (let start = 0; start < text.length;) {
    let next = text.indexOf('\n', start)
    if (next < 0) next = text.length
    const stop = next > start && text.charCodeAt(next - 1) === CR ? next - 1 : next
    const line = start
    start = next + 1
    let at = line
    while (at < stop && text.charCodeAt(at) === SPACE) at++
    if (at === stop || text.charCodeAt(at) === HASH) continue
    if (nodes > maxNodes) return undefined
    const indent = at - line
    const isItem = startsItem(text, at, stop)

    if (root === undefined) {
      if (indent !== 0 || isItem) return undefined
      root = {}
      frames.push({ indent: 0, map: root, seq: null, pending: null })
    }
    let top = frames[frames.length - 1]!
    if (top.pending !== null && (indent > top.indent || (top.map !== null && indent === top.indent && isItem))) {
      // The value the last line left open: a mapping or a list on the lines below.
      const child: Frame = isItem ? { indent, map: null, seq: [], pending: null } : { indent, map: {}, seq: null, pending: null }
      give(top, child.map ?? child.seq)
      if (frames.push(child) > MAX_FRAMES) return undefined
      top = child
    } else {
      if (top.pending !== null) give(top, null)
      while (top.indent > indent) {
        frames.pop()
        top = frames[frames.length - 1]!
      }
      // A list at its key's indentation ends at the first line that is not an item.
      if (top.seq !== null && top.indent === indent && !isItem && frames.length > 1) {
        frames.pop()
        top = frames[frames.length - 1]!
      }
      // Also a line deeper than a value already given, which would continue a multi-line scalar.
      if (top.indent !== indent) return undefined
    }

    if (top.map !== null) {
      if (isItem) return undefined
      if (!readPair(text, at, stop, top, top.map)) return undefined
      nodes += top.pending === null ? 2 : 1
      continue
    }
    if (!isItem) return undefined
    nodes++
    at++
    while (at < stop && text.charCodeAt(at) === SPACE) at++
    if (at === stop || text.charCodeAt(at) === HASH) {
      top.pending = ITEM
      continue
    }
    if (startsItem(text, at, stop)) return undefined
    const key = readKey(text, at, stop)
    if (key === DECLINE) return undefined
    if (key !== null) {
      // `- key: value`: a mapping that starts on the item's line, at the key's column.
      const item: Frame = { indent: at - line, map: {}, seq: null, pending: null }
      top.seq!.push(item.map)
      if (frames.push(item) > MAX_FRAMES || !readPair(text, at, stop, item, item.map!)) return undefined
      nodes += item.pending === null ? 2 : 1
      continue
    }
    const value = readScalar(text, at, stop)
    if (value === DECLINE) return undefined
    top.seq!.push(value)
    nodes++
  }
  if (root === undefined || nodes > maxNodes) return undefined
  const last = frames[frames.length - 1]!
  if (last.pending !== null) give(last, null)
  return { value: root, nodes }
}

/** An open mapping or list, and the key (or list item) whose value the lines below give. */
interface Frame {
  indent: number
  map: Record<string, unknown> | null
  seq: unknown[] | null
  pending: string | typeof ITEM | null
}

const ITEM = Symbol('item')
const DECLINE = Symbol('decline')
const SPACE = 0x20
const HASH = 0x23
const COLON = 0x3a
const CR = 0x0d
/** Deeper than the nesting limit is for the Document path to report. */
const MAX_FRAMES = 64
/** YAML's limit on an implicit key is 1,024 characters to its colon; the Document reports a longer one. */
const MAX_KEY = 1000

/**
 * Anything but `\n`, `\r\n`, printable ASCII and the printable rest of the
 * Basic Multilingual Plane (without U+2028, U+2029 and the byte order mark).
 */
const OUTSIDE_ALPHABET = /[^\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|\r(?!\n)/
/** A plain key: these characters only, and one the core schema reads as a string (checked apart). */
const PLAIN_KEY = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/
/** Plain text the core schema reads as null or a boolean. */
const WORDS = new Map<string, null | boolean>([
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['~', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false]
])
/** Characters that cannot start a plain value here: YAML's indicators (`-` is taken apart). */
const INDICATORS = new Set('?:,[]{}#&*!|>\'"%@`')

function give(frame: Frame, value: unknown): void {
  if (frame.map !== null) frame.map[frame.pending as string] = value
  else frame.seq!.push(value)
  frame.pending = null
}

/** `-` followed by a space or the line's end. */
function startsItem(text: string, at: number, stop: number): boolean {
  return text.charCodeAt(at) === 0x2d && (at + 1 === stop || text.charCodeAt(at + 1) === SPACE)
}

/**
 * `key: value` or `key:` at `at` into `map`; a key without a value is left
 * pending in `frame`. False when the line is not one this reader takes.
 */
function readPair(text: string, at: number, stop: number, frame: Frame, map: Record<string, unknown>): boolean {
  const key = readKey(text, at, stop)
  if (key === null || key === DECLINE || Object.hasOwn(map, key.key)) return false
  let i = key.end
  while (i < stop && text.charCodeAt(i) === SPACE) i++
  if (i === stop || text.charCodeAt(i) === HASH) {
    map[key.key] = null
    frame.pending = key.key
    return true
  }
  const value = readScalar(text, i, stop)
  if (value === DECLINE) return false
  map[key.key] = value
  return true
}

/**
 * The key of a `key:` at `at`, and where its value starts (after the colon);
 * null when the text there is no key (a value), DECLINE when it is a key
 * this reader does not take.
 */
function readKey(text: string, at: number, stop: number): { key: string; end: number } | null | typeof DECLINE {
  const c = text.charCodeAt(at)
  let key: string
  let colon: number
  if (c === 0x22 || c === 0x27) {
    const q = readQuoted(text, at, stop)
    if (q === DECLINE) return DECLINE
    colon = q.end
    if (text.charCodeAt(colon) !== COLON) return null
    key = q.value
    if (key === '__proto__') return DECLINE
  } else {
    colon = at
    while (colon < stop && text.charCodeAt(colon) !== COLON && text.charCodeAt(colon) !== SPACE) colon++
    if (colon === stop || text.charCodeAt(colon) !== COLON) return null
    key = text.slice(at, colon)
    if (!PLAIN_KEY.test(key) || key === '__proto__' || WORDS.has(key) || CORE_NUMBER.test(key)) {
      // Not a key this reader takes, or not a key at all (`http://x`): a value then, or nothing.
      return colon + 1 < stop && text.charCodeAt(colon + 1) !== SPACE ? null : DECLINE
    }
  }
  if (colon + 1 < stop && text.charCodeAt(colon + 1) !== SPACE) return null
  if (colon - at > MAX_KEY) return DECLINE
  return { key, end: colon + 1 }
}

/** A quoted scalar on one line at `at` (its quote) and the offset after the closing quote. */
function readQuoted(text: string, at: number, stop: number): { value: string; end: number } | typeof DECLINE {
  const quote = text[at]!
  if (quote === '"') {
    const close = text.indexOf('"', at + 1)
    if (close < 0 || close >= stop) return DECLINE
    const value = text.slice(at + 1, close)
    // Escapes are the Document's and js-yaml's business.
    return value.includes('\\') ? DECLINE : { value, end: close + 1 }
  }
  let value = ''
  let from = at + 1
  for (;;) {
    const close = text.indexOf("'", from)
    if (close < 0 || close >= stop) return DECLINE
    if (text.charCodeAt(close + 1) !== 0x27 || close + 1 >= stop) return { value: value + text.slice(from, close), end: close + 1 }
    value += text.slice(from, close + 1)
    from = close + 2
  }
}

/** The value at `at` (not a space, not `#`) to the end of its line or its comment. */
function readScalar(text: string, at: number, stop: number): unknown {
  const c = text.charCodeAt(at)
  if (c === 0x22 || c === 0x27) {
    const q = readQuoted(text, at, stop)
    if (q === DECLINE) return DECLINE
    // Only spaces may follow, then a comment.
    let i = q.end
    if (i < stop && text.charCodeAt(i) !== SPACE) return DECLINE
    while (i < stop && text.charCodeAt(i) === SPACE) i++
    return i === stop || text.charCodeAt(i) === HASH ? q.value : DECLINE
  }
  if (INDICATORS.has(text[at]!) || (c === 0x2d && (at + 1 === stop || text.charCodeAt(at + 1) === SPACE))) return DECLINE
  let end = at
  for (let i = at; i < stop; i++) {
    const ch = text.charCodeAt(i)
    if (ch === SPACE) continue
    if (ch === HASH && text.charCodeAt(i - 1) === SPACE) break
    // `: ` or a final `:` would make this a key: a mapping where a value belongs.
    if (ch === COLON && (i + 1 === stop || text.charCodeAt(i + 1) === SPACE)) return DECLINE
    end = i + 1
  }
  const source = text.slice(at, end)
  const word = WORDS.get(source)
  if (word !== undefined) return word
  // Only a digit, a sign or a dot can start a number.
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
    if (CORE_NUMBER.test(source)) return SAFE_INTEGER.test(source) ? Number(source) : DECLINE
  }
  return source
}
