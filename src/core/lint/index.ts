import { internalErrorText } from '../internal-error.js'
import type { Release } from '../model.js'
import { normalizeRelease } from '../normalize.js'
import { parseValuesFile } from '../parse.js'
import type { Finding, InvalidItem, SourceFile, ValuePath } from '../types.js'
import { FileLint } from './context.js'
import { checkAcrossFiles, type LintedFile } from './cross.js'
import { checkDuration, checkEntry } from './entries.js'
import { checkHelmOnlyKeys } from './helm-keys.js'
import { checkSchema } from './schema.js'
import { checkStore } from './stores.js'
import { finding } from './rules.js'
import { NamespaceRegexes } from './namespace-regex.js'
import { isRecord } from '../values.js'
import { checkPlaceholders } from './placeholders.js'
import { checkYaml11 } from './yaml11.js'
import { compareFindings } from '../compare.js'

export { countFindings, formatFindingsJson, formatFindingsText } from './format.js'
export { RULES, type RuleId, type RuleInfo } from './rules.js'

const START = { line: 1, column: 1 }

/**
 * What lintFiles returns: every finding, the model of each file that parsed
 * to a mapping, and what the errors make unusable (entries, stores, whole
 * files), for the diff to leave out.
 */
export interface LintResult {
  findings: Finding[]
  releases: Release[]
  invalid: InvalidItem[]
}

/**
 * Lint values files: YAML syntax, the JSON Schema, the rules of rules.ts,
 * and checks across files. Returns the findings (sorted by file in input
 * order, then line, column, rule) and the model of every file that parsed to
 * a mapping. Never throws: a bug in a rule becomes an `internal-error` finding.
 */
export function lintFiles(sources: SourceFile[]): LintResult {
  const findings: Finding[] = []
  const linted: LintedFile[] = []
  const order = new Map<string, number>()
  const unreadable = new Set<string>()
  // Condition regexes have a budget per run, across files.
  const regexes = new NamespaceRegexes()
  sources.forEach((s, i) => {
    if (!order.has(s.name)) order.set(s.name, i)
    try {
      const result = lintOne(s, regexes)
      append(findings, result.findings)
      if (result.file) linted.push(result.file)
      else unreadable.add(s.name)
    } catch (err) {
      findings.push(internalError(s.name, err))
      unreadable.add(s.name)
    }
  })
  try {
    checkAcrossFiles(linted, regexes)
  } catch (err) {
    findings.push(internalError(sources[0]?.name ?? '', err))
  }
  for (const { lint } of linted) append(findings, lint.findings)
  findings.sort(compareFindings(order))
  return { findings, releases: linted.map((f) => f.release), invalid: invalidItems(findings, linted, unreadable) }
}

/**
 * One item per entry, store or file holding an error, placed at its first
 * error (findings are sorted). An error whose value path leads into one
 * entry or store condemns only that; any other error (YAML syntax, a
 * top-level key, `defaults`, the `externalsecrets` list itself) makes the
 * whole file unusable, since every entry may depend on it.
 */
function invalidItems(findings: Finding[], linted: LintedFile[], unreadable: Set<string>): InvalidItem[] {
  const byFile = new Map(linted.map((f) => [f.release.file, f]))
  const out: InvalidItem[] = []
  const seen = new Set<string>()
  const wholeFile = new Set<string>()
  for (const f of findings) {
    if (f.severity !== 'error') continue
    const file = byFile.get(f.file)
    const scope = file === undefined || unreadable.has(f.file) ? null : scopeOf(file, file.lint.paths.get(f))
    if (scope === null) wholeFile.add(f.file)
    const id = scope === null ? `file\u0000${f.file}` : `${scope.scope}\u0000${f.file}\u0000${scope.key}`
    if (seen.has(id)) continue
    seen.add(id)
    const { key: _key, ...what } = scope ?? { scope: 'file' as const, externalSecret: null, store: null, index: null, key: '' }
    out.push({ file: f.file, line: f.line, column: f.column, ...what, rule: f.rule, message: f.message })
  }
  // A file that is withheld as a whole needs no item per entry or store besides.
  return out.filter((i) => i.scope === 'file' || !wholeFile.has(i.file))
}

type Scope = Omit<InvalidItem, 'file' | 'line' | 'column' | 'rule' | 'message'> & { key: string }

function scopeOf(file: LintedFile, path: ValuePath | undefined): Scope | null {
  if (path === undefined) return null
  const [a, b] = path
  if (a === 'externalsecrets' && typeof b === 'number') {
    const entry = file.release.entries.find((e) => e.index === b)
    if (entry === undefined) return null
    return { scope: 'entry', externalSecret: entry.name === '' ? null : entry.name, store: null, index: b, key: String(b) }
  }
  const storePath = a === 'clustersecretstore' ? [a] : a === 'clustersecretstores' && typeof b === 'number' ? [a, b] : null
  if (storePath === null) return null
  const store = file.release.stores.find((s) => s.path.length === storePath.length && s.path.every((seg, i) => seg === storePath[i]))
  if (store === undefined) return null
  return { scope: 'store', externalSecret: null, store: store.name, index: null, key: storePath.join('.') }
}

/** True when any finding is an error (errors block render, publish and comments). */
export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}

/** Findings of one file alone; `file` is set when it parsed to a mapping (its findings then live in file.lint). */
function lintOne(source: SourceFile, regexes: NamespaceRegexes): { findings: Finding[]; file?: LintedFile } {
  const parsed = parseValuesFile(source)
  // A duplicate key is an error that still leaves values to lint; only a file without values stops here.
  if (parsed.value === undefined) return { findings: parsed.findings }
  const root = parsed.value
  if (root === null || root === undefined) {
    const empty = 'the file is empty; a values file needs at least "clustersecretstore" or "externalsecrets"'
    return { findings: [...parsed.findings, finding('empty-file', source.name, START, empty)] }
  }
  if (!isRecord(root)) {
    const got = Array.isArray(root) ? 'a list' : 'a single value'
    const message = `the file holds ${got}, but a values file is a mapping (clustersecretstore: ..., externalsecrets: [...])`
    return { findings: [...parsed.findings, finding('not-a-mapping', source.name, parsed.positionOf([]), message)] }
  }
  const lint = new FileLint(parsed, root)
  append(lint.findings, parsed.findings)
  let release: Release = { file: source.name, apiVersion: 'v1', stores: [], entries: [] }
  try {
    release = normalizeRelease(source.name, root)
    checkSchema(lint)
    checkHelmOnlyKeys(lint, root)
    const defaults = isRecord(root.defaults) ? root.defaults : {}
    for (const key of ['refreshTime', 'refreshInterval'] as const)
      checkDuration(lint, ['defaults', key], defaults[key], () => `"defaults.${key}"`)
    for (const store of release.stores) {
      const raw =
        store.path.length === 1
          ? root.clustersecretstore
          : Array.isArray(root.clustersecretstores)
            ? root.clustersecretstores[Number(store.path[1])]
            : undefined
      checkStore(lint, store.path, raw, store, regexes)
    }
    const items = Array.isArray(root.externalsecrets) ? root.externalsecrets : []
    for (const entry of release.entries) checkEntry(lint, entry, items[entry.index], defaults)
    checkPlaceholders(lint)
    checkYaml11(lint, source.text)
  } catch (err) {
    lint.findings.push(internalError(source.name, err))
  }
  return { findings: [], file: { lint, release } }
}

function internalError(file: string, err: unknown): Finding {
  return finding('internal-error', file, START, `${internalErrorText(err)}; the file could not be fully checked`)
}

/** push(...xs) overflows the call stack for very many findings; a loop does not. */
function append<T>(to: T[], xs: readonly T[]): void {
  for (const x of xs) to.push(x)
}
