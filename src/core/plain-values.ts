import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, constructFromEvents, parseEvents, type Event } from 'js-yaml'
import { readBlockValues } from './block-values.js'
import { CORE_NUMBER, SAFE_INTEGER } from './yaml-numbers.js'

/**
 * The quick reader of values files, for parse.ts. The `yaml` package's
 * Document keeps the source range of every node, which every finding needs
 * for its file:line:column; building it is most of a lint: on a
 * 10,000-entry file about 0.9 s of CPU and 270 MB of memory, where js-yaml
 * reads the same value in under 0.2 s and 120 MB. Most files have no finding
 * at all, so parse.ts reads with a quick reader first and builds the
 * Document only when something asks for a position. The quick reader is two:
 * the line reader (block-values.ts), for block-style files with one scalar
 * per line, which builds the value without js-yaml's event list; and, for
 * whatever that declines, js-yaml, held to what follows.
 *
 * That is only sound when both readers make the same value of a text, so
 * this reader declines (returns undefined, and parse.ts takes the Document
 * path, exactly as before) whenever they might not, or whenever the Document
 * path has something to say:
 * - any error js-yaml reports: syntax, duplicate keys, nesting deeper than
 *   100, several documents;
 * - a file that is not one mapping (empty, a list, a single value): lint
 *   reports that, and needs the Document for where;
 * - tabs, carriage returns not followed by a line feed, C1 controls (NEL
 *   among them), Unicode line and paragraph separators and byte order marks
 *   past the start: YAML's rules for them are subtle and the readers differ
 *   on a few, and values files rarely have one (Windows line ends are fine);
 * - directives (`%YAML 1.1` changes how scalars resolve), document end
 *   markers and indented `---` lines (the readers count documents
 *   differently), anchors,
 *   aliases (where alias bombs live, which parse.ts bounds) and tags;
 * - keys that are collections, null (`~:`, `: x`), or the merge key `<<`
 *   (the readers turn them into property names differently), and keys
 *   longer than YAML allows an implicit key (js-yaml reads them);
 * - plain scalars that resolve to a number other than a decimal integer of
 *   up to 15 digits (floats, hex and octal: the readers part ways at the
 *   edges, such as `1e400`, and values files have no use for them).
 * The property tests in __tests__/lint.quick-reader.unit.test.ts read generated
 * texts with both: whatever this reader accepts, the `yaml` Document reads to
 * the same value, without an error or a warning.
 */
export function readPlainValues(text: string): { value: unknown } | undefined {
  // Most values files are block style with one scalar per line: read without js-yaml's event list.
  return readBlockValues(text) ?? readWithJsYaml(text)
}

/** readPlainValues without the line reader, for parse.ts, which has tried that first. */
export function readWithJsYaml(text: string): { value: unknown } | undefined {
  if (UNUSUAL_WHITESPACE.test(text) || DOCUMENT_MARKER.test(text)) return undefined
  let events: Event[]
  try {
    events = parseEvents(text, { maxDepth: 100 })
  } catch {
    return undefined
  }
  if (!plainEvents(text, events)) return undefined
  try {
    const docs = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 })
    return docs.length === 1 ? { value: docs[0] } : undefined
  } catch {
    return undefined
  }
}

const UNUSUAL_WHITESPACE = /[\t\u0080-\u009f\u2028\u2029]|\r(?!\n)|(?!^)\ufeff/
/** A `...` line, which ends a document, or an indented `---`, which js-yaml takes for a document start. */
const DOCUMENT_MARKER = /^\ufeff?(?: +---| *\.\.\.)(?:[ \r\n]|$)/m
/** Below YAML's 1,024 characters for an implicit key, with room for quotes. */
const MAX_KEY = 1000
/** Plain keys the readers name differently: the null forms and the merge key. */
const UNSAFE_PLAIN_KEYS = new Set(['', '~', 'null', 'Null', 'NULL', '<<'])

function plainNumberIsSafe(source: string): boolean {
  return !CORE_NUMBER.test(source) || SAFE_INTEGER.test(source)
}

/** What the open collection expects next: any node (a sequence, the document), or a mapping's key or value. */
const ANY = 0
const KEY = 1
const VALUE = 2

/** True when the events hold nothing this reader declines (see readPlainValues). */
function plainEvents(text: string, events: Event[]): boolean {
  const open: number[] = []
  let documents = 0
  for (const e of events) {
    if (e.type === EVENT_ID.POP) {
      open.pop()
      continue
    }
    if (e.type === EVENT_ID.DOCUMENT) {
      documents++
      if (documents > 1 || e.directives.length > 0) return false
      open.push(ANY)
      continue
    }
    if (e.type === EVENT_ID.ALIAS || e.anchorStart !== -1 || e.tagStart !== -1) return false
    const top = open.length - 1
    if (top === 0 && e.type !== EVENT_ID.MAPPING) return false
    const isKey = open[top] === KEY
    if (open[top] !== ANY) open[top] = isKey ? VALUE : KEY
    if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
      if (isKey) return false
      open.push(e.type === EVENT_ID.MAPPING ? KEY : ANY)
      continue
    }
    // YAML bounds an implicit key at 1,024 characters: the Document reports a longer one, which js-yaml reads.
    if (isKey && e.valueEnd - e.valueStart > MAX_KEY) return false
    if (e.style !== SCALAR_STYLE.PLAIN) continue
    // Slices only for the few scalars that can matter: this pass must not
    // make garbage, or the GC it triggers keeps the event list alive longer.
    const length = e.valueStart === -1 ? 0 : e.valueEnd - e.valueStart
    if (isKey && length <= 4 && UNSAFE_PLAIN_KEYS.has(length === 0 ? '' : text.slice(e.valueStart, e.valueEnd))) return false
    // Only a digit, a sign or a dot can start a number.
    const c = length === 0 ? 0 : text.charCodeAt(e.valueStart)
    if (((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) && !plainNumberIsSafe(text.slice(e.valueStart, e.valueEnd)))
      return false
  }
  return true
}
