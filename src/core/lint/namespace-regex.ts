import { RE2JS, RE2JSSyntaxException } from 're2js'
import { LIMITS } from '../limits.js'

/**
 * `namespaceRegexes` of store conditions, read as ESO reads them: with Go's
 * regexp package (RE2 syntax, linear time, unanchored `MatchString`). A
 * JavaScript RegExp would both disagree on syntax (lookaheads, `\Z`) and
 * backtrack: `^(a|a)*$` against a 40-character namespace kept lint busy for
 * two minutes. re2js is a port of RE2J, the Java port of RE2: the same syntax
 * and the same linear matching, with Go's wording of syntax errors.
 *
 * Linear matching is not a linear compile: RE2 expands `x{1000}` into a
 * thousand copies of x and accepts programs of about 1.4 million
 * instructions, so one 16 KB pattern took 1.2 s and 100 MB to compile, and
 * ten of them ran Node out of memory. Each pattern's program size is
 * therefore estimated from its text first (estimatedInstructions) and held
 * to LIMITS.regexInstructions, and all patterns of a run together to
 * LIMITS.regexInstructionsPerRun; a pattern past either is never compiled.
 */

export type NamespaceRegex =
  | { ok: true; test(namespace: string): boolean }
  /** `syntax`: ESO's webhook would refuse it too (reason in Go's words); `limit`: too large to compile here (reason names the limit). */
  | { ok: false; refused: 'syntax' | 'limit'; reason: string }

// Stores are few and their patterns repeat across entries, files and runs: compile each once per process.
const cache = new Map<string, NamespaceRegex>()
const CACHE_LIMIT = 1024

/**
 * The condition regexes of one lint run, each judged once. The run budget is
 * charged for every distinct pattern in the order lint meets them (files in
 * input order), whether or not the process cache already holds it, so the
 * verdict depends on the input alone.
 */
export class NamespaceRegexes {
  private readonly judged = new Map<string, NamespaceRegex>()
  private spent = 0

  /** The pattern compiled, or why it is not: a syntax ESO refuses, or a limit (then it was never compiled). */
  get(pattern: string): NamespaceRegex {
    const known = this.judged.get(pattern)
    if (known !== undefined) return known
    const size = estimatedInstructions(pattern)
    let result: NamespaceRegex
    if (size > LIMITS.regexInstructions) {
      result = {
        ok: false,
        refused: 'limit',
        reason:
          `it may compile to as many as ${count(size)} RE2 instructions (estimated from its text; ` +
          `limit ${count(LIMITS.regexInstructions)} per pattern); ` +
          'a namespace name has at most 63 characters, so use smaller repeat counts'
      }
    } else if (this.spent + size > LIMITS.regexInstructionsPerRun) {
      result = {
        ok: false,
        refused: 'limit',
        reason:
          `with it the condition regexes of all files would compile to more than ${count(LIMITS.regexInstructionsPerRun)} ` +
          'RE2 instructions (limit per run); use fewer or smaller patterns'
      }
    } else {
      this.spent += size
      result = compiled(pattern)
    }
    this.judged.set(pattern, result)
    return result
  }
}

function compiled(pattern: string): NamespaceRegex {
  const hit = cache.get(pattern)
  if (hit !== undefined) return hit
  let result: NamespaceRegex
  try {
    const re = RE2JS.compile(pattern)
    result = { ok: true, test: (namespace) => re.test(namespace) }
  } catch (error) {
    const reason = error instanceof RE2JSSyntaxException ? error.error : error instanceof Error ? error.message : String(error)
    result = { ok: false, refused: 'syntax', reason: reason.slice(0, 120) }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(pattern, result)
  return result
}

const count = (n: number): string => n.toLocaleString('en-US')

/** Past this, an estimate is only "too large"; keeps the arithmetic finite. */
const CAP = Number.MAX_SAFE_INTEGER
/** RE2 refuses a repeat count over 1,000 while parsing, before it builds anything; a larger count costs no more than this. */
const MAX_COUNT = 1001
/** `{n}`, `{n,}`, `{n,m}`, read more loosely than RE2 does (it takes `{01}` as literal text), which only raises the estimate. */
const REPEAT = /\{(\d+)(,(\d*))?\}/y

/**
 * An upper bound on the instructions RE2 compiles `pattern` to, read from its
 * text in one pass, so that it costs nothing like the compile it guards.
 * It follows the size RE2's parser computes (calcSize): a literal character,
 * a character class, `.` or an assertion is 1; a group is its content (at
 * least 1, an empty match) + 2; `|` adds 2 (its split and a branch that may
 * be empty); `*`, `+` and `?` add 2; `x{n,m}` is m copies of x plus m-n
 * (RE2 makes n copies and m-n optional ones) and the length of `{n,m}`. Written by hand because re2js
 * exposes no parser and its compile is the cost being avoided. It only has
 * to agree with RE2 on patterns RE2 accepts: one RE2 refuses is never
 * compiled, whatever this returns.
 */
export function estimatedInstructions(pattern: string): number {
  type Frame = { total: number; last: number }
  const frames: Frame[] = [{ total: 0, last: 0 }]
  let top = frames[0]!
  const atom = (size: number): void => {
    top.total = Math.min(CAP, top.total + size)
    top.last = size
  }
  // The last atom becomes `times` copies of itself plus `extra` instructions.
  const quantify = (times: number, extra: number): void => {
    const grown = Math.min(CAP, top.last * times + extra)
    top.total = Math.min(CAP, top.total - top.last + grown)
    top.last = grown
  }
  const close = (): void => {
    const group = frames.pop()!
    top = frames[frames.length - 1]!
    atom(Math.min(CAP, Math.max(1, group.total) + 2))
  }
  let i = 0
  const n = pattern.length
  while (i < n) {
    const c = pattern[i]!
    if (c === '\\') {
      if (pattern[i + 1] === 'Q') {
        // \Q...\E: literal text, one instruction a character.
        const end = pattern.indexOf('\\E', i + 2)
        const stop = end === -1 ? n : end
        for (let k = i + 2; k < stop; k++) atom(1)
        i = end === -1 ? n : end + 2
        continue
      }
      i = escapeEnd(pattern, i)
      atom(1)
    } else if (c === '[') {
      i = classEnd(pattern, i)
      atom(1)
    } else if (c === '(' && flagsEnd(pattern, i) !== -1) {
      // `(?i)` only sets flags: a quantifier after it applies to what came before (RE2 and Go agree).
      i = flagsEnd(pattern, i)
    } else if (c === '(') {
      frames.push({ total: 0, last: 0 })
      top = frames[frames.length - 1]!
      i = groupBodyStart(pattern, i)
    } else if (c === ')' && frames.length > 1) {
      close()
      i++
    } else if (c === '|') {
      top.total = Math.min(CAP, top.total + 2)
      top.last = 0
      i++
    } else if (c === '*' || c === '+' || c === '?') {
      quantify(1, 2)
      i++
      if (pattern[i] === '?') i++ // non-greedy
    } else if (c === '{') {
      REPEAT.lastIndex = i
      const m = REPEAT.exec(pattern)
      if (m === null) {
        atom(1)
        i++
        continue
      }
      const min = Math.min(MAX_COUNT, Number(m[1]))
      if (m[2] !== undefined && m[3] === '') {
        // x{n,}: n copies, the last one looping (or x* for n = 0).
        quantify(Math.max(1, min), 2 + m[0].length)
      } else {
        // x{n} and x{n,m}: m copies, m-n of them optional; plus the text itself, for the forms RE2 reads as literal characters.
        const max = m[2] === undefined ? min : Math.min(MAX_COUNT, Number(m[3]))
        quantify(Math.max(1, min, max), Math.abs(max - min) + m[0].length)
      }
      i = REPEAT.lastIndex
      if (pattern[i] === '?') i++
    } else {
      atom(1)
      i++
    }
  }
  while (frames.length > 1) close()
  // The program's own instructions: fail, match and the unanchored loop.
  return Math.min(CAP, top.total + 4)
}

const FLAGS = /\(\?[A-Za-z-]*\)/y

/** Index after a flags-only group such as `(?i)` or `(?s-m)` opening at `i`, or -1. */
function flagsEnd(pattern: string, i: number): number {
  return stickyEnd(FLAGS, pattern, i)
}

// Each piece of syntax below is matched at one place (sticky) and over a bounded alphabet, never searched for
// further on: searching from every `(?` or `\p{` of a 16 KB pattern would make the estimate quadratic.
const GROUP_OPENING = /\(\?(?:P?<[A-Za-z0-9_]+>|[A-Za-z-]*:)/y
const BRACED_ESCAPE = /\\(?:[pP]\{\^?[A-Za-z0-9_]*\}|x\{[0-9A-Fa-f]*\})/y
const POSIX_CLASS = /\[:\^?[a-z]+:\]/y

function stickyEnd(re: RegExp, pattern: string, i: number): number {
  re.lastIndex = i
  return re.test(pattern) ? re.lastIndex : -1
}

/**
 * Index after the opening of the group at `i`: `(`, `(?:`, `(?i:`,
 * `(?P<name>` or `(?<name>`. Anything else after `(?` RE2 refuses; reading
 * it as group content only raises the estimate.
 */
function groupBodyStart(pattern: string, i: number): number {
  const end = stickyEnd(GROUP_OPENING, pattern, i)
  return end === -1 ? i + 1 : end
}

/**
 * Index after the escape at `i`: `\p{Greek}` and `\x{1F600}` are one; the
 * tail of any other escape (`\x41`, `\101`) is digits or letters, each
 * costed as a character of its own, which is no less.
 */
function escapeEnd(pattern: string, i: number): number {
  const end = stickyEnd(BRACED_ESCAPE, pattern, i)
  return end === -1 ? Math.min(pattern.length, i + 2) : end
}

/**
 * Index after the character class opening at `i`, by Go's rules: a `]`
 * right after `[` or `[^` is a member, `[:name:]` is one member, and `\`
 * escapes the next character.
 */
function classEnd(pattern: string, i: number): number {
  let k = i + 1
  if (pattern[k] === '^') k++
  if (pattern[k] === ']') k++
  while (k < pattern.length && pattern[k] !== ']') {
    const posix = stickyEnd(POSIX_CLASS, pattern, k)
    if (posix !== -1) {
      k = posix
      continue
    }
    k = pattern[k] === '\\' ? escapeEnd(pattern, k) : k + 1
  }
  return Math.min(pattern.length, k + 1)
}
