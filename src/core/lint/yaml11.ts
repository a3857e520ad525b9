import type { FileLint } from './context.js'
import { finding } from './rules.js'
import { quote, subject } from './wording.js'
import { CORE_NUMBER } from '../yaml-numbers.js'

/**
 * Plain scalars that are strings to us (YAML 1.2) but not to Helm, whose
 * YAML reader follows YAML 1.1: `on`, `yes`, `n`... are booleans there and
 * `1_000`, `0b101`, `0X1F`, `-0x1F` numbers. The chart printed values
 * unquoted, so there a namespace written `on` became the boolean true; a
 * values file shared with Helm should quote them. YAML 1.1's base-60
 * numbers (`1:30`) are left out: Helm's reader (go-yaml v2) has none and
 * reads them as strings, as we do.
 */
const YAML11_TRUE = /^(y|Y|yes|Yes|YES|on|On|ON)$/
const YAML11_FALSE = /^(n|N|no|No|NO|off|Off|OFF)$/
/**
 * What go-yaml v2 reads as a number once it has dropped every `_`: Go's
 * integer syntax (a sign, then `0x`, `0o` or `0b` in either case, within 64
 * bits; longer ones stay strings) or YAML's float syntax. Checked with
 * `helm template`.
 */
const GO_YAML_NUMBER =
  /^[-+]?(?:0[xX][0-9a-fA-F]{1,16}|0[oO][0-7]{1,22}|0[bB][01]{1,64}|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/
/*
 * Cheap pre-check on the raw text, so files without any candidate skip the
 * tree walk: the words, a prefixed number, or one with an `_` (but for an
 * exponent's `-`, which would overlap the `-` before a token). It runs on
 * the whole file, comments included, so it splits a number one way only (up
 * to the first `_`, then the rest): `[0-9][0-9_]*_` could end at any `_` of
 * a run, and a 160 KB comment of underscores kept lint busy for a minute and
 * a half.
 */
const CANDIDATE = new RegExp(
  '(^|[\\s[{,:?-])(y|yes|n|no|on|off|[-+]?0[box][0-9a-f_]*|(?:[-+]|[-+]?[0-9.][0-9.e+]*)_[0-9a-f_.+]*)[ \\t]*($|[,\\]}#:])',
  'im'
)

/** Helm reads `source` as a number and we do not. go-yaml v2 tries numbers only for text that starts with a digit or a sign. */
function helmOnlyNumber(source: string): boolean {
  const c = source.charCodeAt(0)
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d)) return false
  return !CORE_NUMBER.test(source) && GO_YAML_NUMBER.test(source.replaceAll('_', ''))
}

function yaml11Reading(source: string): string | null {
  if (YAML11_TRUE.test(source)) return 'the boolean true'
  if (YAML11_FALSE.test(source)) return 'the boolean false'
  if (helmOnlyNumber(source)) return 'a number'
  return null
}

/** Warn about unquoted scalars that YAML 1.1 readers (Helm) type differently. */
export function checkYaml11(lint: FileLint, text: string): void {
  if (!CANDIDATE.test(text)) return
  for (const s of lint.parsed.plainScalars((src) => yaml11Reading(src) !== null)) {
    if (s.path[0] === 'global') continue
    const reading = yaml11Reading(s.source)!
    const what = s.isKey ? `the unquoted key ${s.source}` : `the unquoted ${s.source}`
    const head = s.isKey ? subject(lint.root, s.path.slice(0, -1)) : subject(lint.root, s.path)
    lint.findings.push(
      finding(
        'yaml11-ambiguous',
        lint.file,
        s.position,
        `${head}: ${what} is the string ${quote(s.source)} here, but Helm and other YAML 1.1 ` +
          `readers read it as ${reading}; write it in quotes: ${quote(s.source)}`
      )
    )
  }
}
