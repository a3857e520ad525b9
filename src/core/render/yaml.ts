import type { Resource } from './types.js'

/**
 * YAML output that means the same to every reader. kubectl, Argo CD and
 * Flux read manifests with YAML 1.1 rules (go-yaml v2 via sigs.k8s.io/yaml),
 * where `on`, `yes`, `n`, `0755`, `1_000` or `12:30` are not strings; other
 * tools use YAML 1.2. So a string is written plain only when it is plain
 * text under both:
 * - it starts with a letter, `_` or `/`, uses only `[A-Za-z0-9_./-]` (and
 *   `:` between such characters, for URLs), and is neither a YAML 1.1
 *   boolean or null word nor a bare exponent like `e5` (a float to some 1.1
 *   readers); or
 * - it is a Go duration like `5m` or `1h30m`.
 * Every other string is quoted: single quotes for printable ASCII with a `"`
 * (templates stay readable), else double quotes with JSON escapes plus
 * escapes for what YAML 1.1 treats as line breaks or forbids raw (U+0085,
 * U+2028, U+2029, DEL and C1 controls, BOM). Map keys follow the same rule.
 */

const SAFE_PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*(?::[A-Za-z0-9_./-]+)*$/
/** Go durations (`1m`, `1h30m`, `0.5s`): no YAML 1.1 or 1.2 number or timestamp looks like one. */
const DURATION = /^[0-9]+(?:\.[0-9]+)?(?:ns|us|ms|s|m|h)(?:[0-9]+(?:\.[0-9]+)?(?:ns|us|ms|s|m|h))*$/
/** Printable ASCII: safe inside single quotes, which need no escapes. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
/** `e5`: the `yaml` package's YAML 1.1 float pattern accepts an exponent without digits before it. */
const BARE_EXPONENT = /^[eE][-+]?[0-9]+$/
/** Plain words YAML 1.1 (any case) resolves to booleans or null. */
const YAML11_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null'])
const UNSAFE_RAW = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g

/** True when `s` must be quoted to stay a string under YAML 1.1 and 1.2. */
export function needsQuotes(s: string): boolean {
  // The YAML 1.1 words are all short: longer text skips the lower-casing.
  if (SAFE_PLAIN.test(s)) return (s.length <= 5 && YAML11_WORDS.has(s.toLowerCase())) || BARE_EXPONENT.test(s)
  return !DURATION.test(s)
}

/**
 * A quoted scalar. Single quotes for printable ASCII text with a `"` and no
 * `'` (templates read better); otherwise double quotes with JSON escapes,
 * which are valid YAML escapes.
 */
export function quote(s: string): string {
  if (s.includes('"') && !s.includes("'") && PRINTABLE_ASCII.test(s)) return `'${s}'`
  return JSON.stringify(s).replace(UNSAFE_RAW, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
}

/**
 * Why the writer is hand-written: the resources are a handful of fixed
 * shapes (string leaves in block maps and lists), and a general serializer
 * spends most of a render on what they never need. The `yaml` package builds
 * a Document node tree for every resource, runs each string through its tag
 * lookup and folding analysis and walks the tree again to print it: measured
 * on 10,000 entries that was about a third of `render`'s time and most of
 * its garbage. js-yaml's dump is faster but has its own idea of what needs
 * quotes (it writes `1_000` and `e5` plain, which YAML 1.1 readers retype)
 * and no hook for ours. What the output must be is small and fixed: the
 * quoting rule above, 2-space block style, lists indented under their key,
 * `[]`/`{}` for empty collections and the explicit `? key` form for keys
 * longer than YAML's 1,024-character limit on implicit keys. This writer
 * produces exactly what the `yaml` package produced with that rule as its
 * string tag: a property test (render.yaml.unit.test.ts) holds it to that
 * byte for byte, and reads its output back under YAML 1.1 and 1.2 as the
 * same objects.
 */

/** Longest implicit key YAML allows; longer keys take the explicit `? key` form. */
const MAX_IMPLICIT_KEY = 1024

function scalar(v: unknown): string {
  if (typeof v === 'string') return needsQuotes(v) ? quote(v) : v
  if (typeof v === 'number')
    return Number.isFinite(v) ? (Object.is(v, -0) ? '-0' : String(v)) : Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  // null, and undefined list items (the only undefined that reaches here; map values that are undefined are left out).
  return 'null'
}

function isCollection(v: unknown): v is object {
  return typeof v === 'object' && v !== null
}

/** Keys repeat in every resource (`apiVersion`, `secretKey`...): their text is worked out once. */
const keyTexts = new Map<string, string>()
const KEY_CACHE_LIMIT = 4096

function keyText(k: string): string {
  let text = keyTexts.get(k)
  if (text === undefined) {
    text = scalar(k)
    if (keyTexts.size < KEY_CACHE_LIMIT) keyTexts.set(k, text)
  }
  return text
}

/**
 * The lines of a list or map at `indent`, the first of them starting with
 * `first` instead (a list item's `- ` or an explicit key's `: ` before it).
 * '' for an empty collection. Map values that are undefined are left out.
 */
function block(v: object, indent: string, first: string): string {
  let out = ''
  let lead = first
  if (Array.isArray(v)) {
    for (const item of v) {
      out += compact(item, indent, lead, '- ')
      lead = indent
    }
    return out
  }
  const inner = indent + '  '
  // Keys, then values: no [key, value] pair made per entry, in a loop that runs for every line written.
  for (const k of Object.keys(v)) {
    const value: unknown = Reflect.get(v, k)
    if (value === undefined) continue
    const key = keyText(k)
    if (key.length > MAX_IMPLICIT_KEY) {
      out += `${lead}? ${key}\n` + compact(value, indent, indent, ': ')
    } else if (!isCollection(value)) {
      out += `${lead}${key}: ${scalar(value)}\n`
    } else {
      const body = block(value, inner, inner)
      out += body === '' ? `${lead}${key}: ${Array.isArray(value) ? '[]' : '{}'}\n` : `${lead}${key}:\n` + body
    }
    lead = indent
  }
  return out
}

/**
 * `value` after a marker (`- ` or `: `) that starts the line with `lead`: a
 * collection starts on that line and goes on two columns in, where the
 * marker's content starts.
 */
function compact(value: unknown, indent: string, lead: string, marker: string): string {
  if (!isCollection(value)) return `${lead}${marker}${scalar(value)}\n`
  const body = block(value, indent + '  ', lead + marker)
  return body === '' ? `${lead}${marker}${Array.isArray(value) ? '[]' : '{}'}\n` : body
}

/** One resource as a YAML document, without the leading `---`. */
export function resourceToYaml(r: Resource): string {
  return block(r, '', '')
}

/** A multi-document YAML stream; each document starts with `---\n`. Empty input gives ''. */
export function toYaml(resources: Resource[]): string {
  let out = ''
  for (const r of resources) out += '---\n' + resourceToYaml(r)
  return out
}

/**
 * The stream of toYaml in pieces of about `size` characters, whole documents
 * each, for writing as it is made. Building the whole stream first kept it
 * alive in memory as thousands of joined pieces: for 10,000 entries more
 * memory than everything else in a render.
 */
export function* toYamlChunks(resources: Iterable<Resource>, size = 64 * 1024): Generator<string> {
  let out = ''
  for (const r of resources) {
    out += '---\n' + resourceToYaml(r)
    if (out.length >= size) {
      yield out
      out = ''
    }
  }
  if (out !== '') yield out
}

/**
 * File name for one resource when writing one file per object:
 * `<kind lowercased>-<name>.yaml`. Names are DNS-1123 after lint; anything
 * else is replaced so a bad name can never escape the output directory.
 */
export function resourceFileName(r: Resource): string {
  const name =
    r.metadata.name
      .toLowerCase()
      .replace(/[^a-z0-9.-]/g, '-')
      .replace(/^\.+/, '') || 'unnamed'
  return `${r.kind.toLowerCase()}-${name}.yaml`
}
