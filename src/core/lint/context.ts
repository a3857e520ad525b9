import type { ParsedFile } from '../parse.js'
import type { Finding, Position, ValuePath } from '../types.js'
import { isRecord } from '../values.js'
import { finding, type RuleId } from './rules.js'

/** Where in the source a finding points: the value at a path, or the key naming it. */
export type Anchor = 'value' | 'key'

/**
 * Per-file lint state. Positions are computed only when a finding is made,
 * so a clean entry costs no tree walk.
 */
export class FileLint {
  readonly findings: Finding[] = []
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

  /** Record a finding for `rule` (severity comes from the registry). */
  report(rule: RuleId, path: ValuePath, message: string, anchor: Anchor = 'value'): void {
    this.findings.push(finding(rule, this.file, this.position(path, anchor), message))
  }

  /** "file:line:col" of a path, for messages that mention a second place. */
  where(path: ValuePath, anchor: Anchor = 'value'): string {
    const p = this.position(path, anchor)
    return `${this.file}:${p.line}:${p.column}`
  }
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
