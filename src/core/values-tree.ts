import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import { LIMITS } from './limits.js'

/**
 * From a parsed YAML tree to plain values, in one pass that also enforces the
 * limits of limits.ts and finds duplicate keys.
 *
 * Why by hand and not `Document.toJS()`: the library resolves each alias by
 * scanning every anchor and alias before it (quadratic in their number), caps
 * aliases by how often they are used (so 101 entries merging one shared block
 * are refused as a bomb) rather than by what they produce, reports duplicate
 * keys with a check that compares each key with every earlier one (20 s for
 * 32,000 keys), and turns `"1"` and `1` into one key without a word. Here
 * anchors live in a map, each alias costs what it expands to, and keys are
 * checked with a set, by the name they end up with.
 */

/** A problem found while building; `fatal` ones leave the file without values. */
export interface TreeProblem {
  /** Source offset the finding points at. */
  offset: number
  rule: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-alias-bomb' | 'limit-exceeded'
  message: string
  fatal: boolean
}

export interface ValuesTree {
  /** Plain values (undefined when a fatal problem stopped the build). */
  value: unknown
  problems: TreeProblem[]
  /** The pair that supplies each key of a mapping (the last one, as in `value`). */
  pairsOf(map: YAMLMap): ReadonlyMap<string, Pair> | undefined
}

interface Built {
  value: unknown
  /** Nodes this node expands to. */
  size: number
  /** Levels of nesting below and including this node. */
  height: number
}

/** Unwinds the build at the first fatal problem. */
class Stop extends Error {}

const MERGE_KEY = '<<'

/**
 * Store a key as data. Mappings are plain objects, as js-yaml makes them on the
 * quick path (plain-values.ts), so both readers agree; `__proto__` is defined,
 * not assigned, so it stays a key and never becomes the prototype. Readers of
 * user keys check Object.hasOwn (normalize.ts copies labels into objects
 * without a prototype).
 */
function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true })
  else out[key] = value
}

/**
 * Build the plain values of a document's contents. `offsetLine` turns an
 * offset into a line number for messages that mention a second place.
 */
export function buildValues(contents: unknown, offsetLine: (offset: number) => number): ValuesTree {
  const problems: TreeProblem[] = []
  const anchors = new Map<string, Node>()
  const done = new Map<Node, Built>()
  const open = new Set<Node>()
  const index = new WeakMap<YAMLMap, Map<string, Pair>>()
  let produced = 0
  const MERGED_KEYS =
    `a mapping of more than ${LIMITS.keysPerMapping.toLocaleString('en-US')} keys (limit), ` +
    'counting the keys its merge keys (<<) bring in'

  const at = (n: unknown): number => {
    const range: unknown = n !== null && typeof n === 'object' ? Reflect.get(n, 'range') : undefined
    return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : 0
  }
  const stop = (n: unknown, rule: TreeProblem['rule'], message: string): never => {
    problems.push({ offset: at(n), rule, message, fatal: true })
    throw new Stop()
  }
  const count = (n: unknown, by: number): void => {
    produced += by
    if (produced > LIMITS.expandedNodes) {
      stop(
        n,
        'yaml-alias-bomb',
        isAlias(n)
          ? `the alias *${short(n.source)} makes the file expand to more than ${LIMITS.expandedNodes.toLocaleString('en-US')} ` +
              'nodes; refusing a possible alias bomb'
          : `the file expands to more than ${LIMITS.expandedNodes.toLocaleString('en-US')} nodes`
      )
    }
  }

  const build = (n: unknown, depth: number): Built => {
    if (n === null || n === undefined) {
      count(n, 1)
      return { value: null, size: 1, height: 1 }
    }
    if (depth > LIMITS.depth) stop(n, 'limit-exceeded', `values are nested deeper than ${LIMITS.depth} levels (limit)`)
    if (isAlias(n)) return alias(n, depth)
    const anchor: unknown = Reflect.get(n, 'anchor')
    if (typeof anchor === 'string' && anchor !== '') {
      anchors.set(anchor, n as Node)
      open.add(n as Node)
      const b = node(n, depth)
      open.delete(n as Node)
      done.set(n as Node, b)
      return b
    }
    return node(n, depth)
  }

  const alias = (n: Node & { source: string }, depth: number): Built => {
    const target = anchors.get(n.source)
    if (target === undefined) return stop(n, 'yaml-syntax', `the alias *${short(n.source)} has no anchor &${short(n.source)} before it`)
    if (open.has(target)) return stop(n, 'yaml-alias-bomb', `the alias *${short(n.source)} refers to a node that contains it`)
    const b = done.get(target)
    if (b === undefined) return stop(n, 'yaml-syntax', `the alias *${short(n.source)} cannot be resolved`)
    count(n, b.size)
    if (depth + b.height - 1 > LIMITS.depth)
      stop(n, 'limit-exceeded', `the alias *${short(n.source)} nests values deeper than ${LIMITS.depth} levels (limit)`)
    return b
  }

  const node = (n: unknown, depth: number): Built => {
    count(n, 1)
    if (isScalar(n)) {
      const v = n.value
      if (typeof v === 'string' && v.length > LIMITS.stringLength)
        stop(
          n,
          'limit-exceeded',
          `a string of ${v.length.toLocaleString('en-US')} characters (limit ${LIMITS.stringLength.toLocaleString('en-US')})`
        )
      return { value: typeof v === 'bigint' ? Number(v) : v, size: 1, height: 1 }
    }
    if (isSeq(n)) {
      if (n.items.length > LIMITS.itemsPerList)
        stop(
          n.items[LIMITS.itemsPerList],
          'limit-exceeded',
          `a list of more than ${LIMITS.itemsPerList.toLocaleString('en-US')} items (limit)`
        )
      const out: unknown[] = []
      let size = 1
      let height = 1
      for (const item of n.items) {
        // `[a: b]`: a single-pair mapping inside a flow list.
        const b = isPair(item) ? mapping([item], n, depth + 1) : build(item, depth + 1)
        out.push(b.value)
        size += b.size
        height = Math.max(height, b.height + 1)
      }
      return { value: out, size, height }
    }
    if (isMap(n)) {
      if (n.items.length > LIMITS.keysPerMapping)
        stop(
          n.items[LIMITS.keysPerMapping]?.key,
          'limit-exceeded',
          `a mapping of more than ${LIMITS.keysPerMapping.toLocaleString('en-US')} keys (limit)`
        )
      const b = mapping(n.items, n, depth)
      return { ...b, size: b.size - 1 }
    }
    return stop(n, 'yaml-syntax', 'unsupported YAML node')
  }

  /** A mapping from its pairs; `owner` gets the key index (when it is a real mapping node). */
  const mapping = (pairs: Pair[], owner: unknown, depth: number): Built => {
    const out: Record<string, unknown> = {}
    const explicit = new Map<string, Pair>()
    let size = 1
    let height = 1
    // Keys of `out`: merge keys add keys the node's own pair count (checked in node) does not see.
    let keys = 0
    for (const pair of pairs) {
      const key = pair.key
      if (isMergeKey(key)) {
        count(key, 1)
        const b = build(pair.value, depth + 1)
        size += b.size + 1
        height = Math.max(height, b.height)
        keys += mergeInto(out, b.value, pair.value)
        if (keys > LIMITS.keysPerMapping) stop(key, 'limit-exceeded', MERGED_KEYS)
        continue
      }
      const name = keyName(key)
      count(key, 1)
      if (name.length > LIMITS.stringLength)
        stop(
          key,
          'limit-exceeded',
          `a key of ${name.length.toLocaleString('en-US')} characters (limit ${LIMITS.stringLength.toLocaleString('en-US')})`
        )
      const first = explicit.get(name)
      if (first !== undefined) {
        problems.push({ offset: at(key), rule: 'yaml-duplicate-key', message: duplicateMessage(first.key, key, name), fatal: false })
      }
      explicit.set(name, pair)
      const b = build(pair.value, depth + 1)
      if (!Object.hasOwn(out, name) && ++keys > LIMITS.keysPerMapping) stop(key, 'limit-exceeded', MERGED_KEYS)
      setKey(out, name, b.value)
      size += b.size + 1
      height = Math.max(height, b.height + 1)
    }
    if (isMap(owner)) index.set(owner, explicit)
    return { value: out, size, height }
  }

  const keyName = (key: unknown): string => {
    let k = key
    if (isAlias(k)) {
      const target = anchors.get(k.source)
      if (target === undefined) return stop(k, 'yaml-syntax', `the alias *${short(k.source)} has no anchor &${short(k.source)} before it`)
      k = target
    }
    if (k === null || k === undefined) return ''
    if (!isScalar(k)) return stop(key, 'yaml-syntax', 'a key must be a single value, not a mapping or a list')
    const v = k.value
    return v === null ? '' : String(v)
  }

  /**
   * `<<: *defaults` or `<<: [*a, *b]`: copy keys not set yet; earlier sources win, as YAML's merge type says.
   * Returns how many keys it added.
   */
  const mergeInto = (out: Record<string, unknown>, source: unknown, n: unknown): number => {
    const sources = Array.isArray(source) ? source : [source]
    let added = 0
    for (const s of sources) {
      if (s === null || typeof s !== 'object' || Array.isArray(s))
        stop(n, 'yaml-syntax', 'a merge key (<<) takes a mapping or a list of mappings')
      for (const [k, v] of Object.entries(s as Record<string, unknown>)) {
        if (Object.hasOwn(out, k)) continue
        setKey(out, k, v)
        added++
      }
    }
    return added
  }

  const duplicateMessage = (firstKey: unknown, againKey: unknown, name: string): string => {
    const a = sourceOf(firstKey)
    const b = sourceOf(againKey)
    const same = a === b ? '' : ` (written ${a} and ${b}, which read as the same key)`
    const last = offsetLine(at(againKey))
    return (
      `duplicate key ${JSON.stringify(short(name))} (lines ${offsetLine(at(firstKey))} and ${last})${same}: a key may appear ` +
      `only once in a mapping. Like Helm, this tool uses the last one (line ${last}) and checks the rest of the file with it`
    )
  }

  let value: unknown
  try {
    value = build(contents, 1).value
  } catch (error) {
    if (!(error instanceof Stop)) throw error
    value = undefined
  }
  return { value, problems, pairsOf: (map) => index.get(map) }
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false
  const v = key.value
  if (typeof v === 'symbol') return v.description === MERGE_KEY
  return v === MERGE_KEY && (key.type === undefined || key.type === 'PLAIN')
}

/** How a key was written, for the duplicate-key message. */
function sourceOf(key: unknown): string {
  if (isScalar(key)) {
    const src = typeof key.source === 'string' ? key.source : String(key.value)
    if (key.type === 'QUOTE_DOUBLE' || key.type === 'QUOTE_SINGLE') return JSON.stringify(short(src))
    return short(src)
  }
  return 'a key'
}

/** User text repeated in a message is cut, so no message grows with the input. */
function short(s: string): string {
  return s.length <= 60 ? s : `${s.slice(0, 60)}…`
}
