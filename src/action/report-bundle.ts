import type { ErrorObject } from 'ajv'
import { diffComparison, essentialComparison, selectorToString, type Comparison, type SecretRecord } from '../core/diff/index.js'
import type { Report } from '../core/format/report.js'
import type { LabelSelector } from '../core/model.js'
import { ruleInfo } from '../core/lint/rules.js'
import type { Finding, Severity } from '../core/types.js'
import { field } from '../github/json.js'
import { validate as compiledValidate } from './report-bundle-validator.generated.js'

/**
 * The report bundle of the two-workflow pattern: the `pull_request` run
 * (read-only token, the pull request's own workflow file) computes it with
 * `mode: compute`; the `workflow_run` run (write token, trusted code) reads it
 * with `mode: post`. Whoever opens the pull request can change that workflow
 * file and so write any bundle, so a bundle carries data and never text: lint
 * findings without their messages, and the comparison the diff is computed
 * from rather than the diff. The post side validates it against
 * schema/report-bundle.schema.json (every string a name, key or path with the
 * syntax lint enforces, every size bounded), then computes the diff and
 * writes every word itself, with the same formatter as every other output.
 * What a forged bundle can still do is describe other data; the comment says
 * which run computed it.
 */

/** 2: data only (findings without messages, the comparison instead of the comment text). */
export const BUNDLE_VERSION = 2
/** Larger than any honest bundle: 2 × 100,000 records at the schema's bounds stay well under it. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

/** A lint finding as a bundle carries it: where, how bad and which rule, never what it said. */
export interface BundleFinding {
  file: string
  line: number
  column: number
  severity: Severity
  rule: string
}

/** A Secret record without its selector text, which the post side rebuilds from the selector. */
export type BundleRecord = Omit<SecretRecord, 'selector'>

export interface BundleComparison {
  base: { records: BundleRecord[]; stores: Comparison['base']['stores'] }
  head: { records: BundleRecord[]; stores: Comparison['head']['stores'] }
  invalid: Array<Omit<Comparison['invalid'][number], 'message'>>
}

export interface ReportBundle {
  version: typeof BUNDLE_VERSION
  /** 16-hex id of the comment marker. */
  markerId: string
  /** The id an older version gave the same values input, when it differs: its comments are adopted. */
  legacyMarkerId?: string
  /** owner/repo the pull request belongs to (the base repository). */
  repository: string
  pullRequest: number
  headSha: string
  baseSha: string | null
  findings: BundleFinding[]
  /** Null when the base could not be read: the comment then says the diff could not be computed. */
  comparison: BundleComparison | null
}

export class BundleError extends Error {
  override name = 'BundleError'
}

/**
 * schema/report-bundle.schema.json compiled ahead of time (ajv's standalone
 * code, scripts/schema-validator.ts; `npm run docs` regenerates it), stopping
 * at the first problem: enough to refuse, and it bounds the work.
 */
const compiled: { (data: unknown): boolean; errors?: ErrorObject[] | null } = compiledValidate

/** The schema's verdict, as the type it guarantees (the unit tests hold schema and type together). */
function validateSchema(data: unknown): data is ReportBundle {
  return compiled(data)
}

const SHOWN = 200

/** The first schema violation, one bounded line (it may quote a key of the bundle). */
function schemaProblem(): string {
  const e = compiled.errors?.[0]
  const text = e === undefined ? 'does not match its schema' : `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text
}

/**
 * What the schema cannot say: every rule is one of ours, reported with the
 * severity it has, and every Secret has a target.
 */
function semanticProblem(b: ReportBundle): string | null {
  for (const [i, f] of b.findings.entries()) {
    const rule = ruleInfo(f.rule)
    if (rule === undefined) return `/findings/${i}/rule: no rule is called '${f.rule}'`
    if (f.severity !== rule.severity && !(f.severity === 'warning' && rule.warningCase !== undefined))
      return `/findings/${i}/severity: rule '${f.rule}' does not report ${f.severity}s`
  }
  const c = b.comparison
  if (c === null) return null
  for (const [i, w] of c.invalid.entries())
    if (ruleInfo(w.rule) === undefined) return `/comparison/invalid/${i}/rule: no rule is called '${w.rule}'`
  for (const side of ['base', 'head'] as const) {
    const at = c[side].records.findIndex((r) => r.namespace === null && r.labelSelector === undefined)
    if (at >= 0) return `/comparison/${side}/records/${at}: neither a namespace nor a selector`
  }
  return null
}

/** Parse and validate a bundle; throws BundleError saying what is wrong, without echoing the bundle's text. */
export function parseBundle(text: string): ReportBundle {
  if (text.length > MAX_BUNDLE_BYTES) throw new BundleError(`report bundle is larger than ${MAX_BUNDLE_BYTES} bytes`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BundleError('report bundle is not valid JSON')
  }
  const version = field(raw, 'version')
  if (typeof version === 'number' && version !== BUNDLE_VERSION) {
    const which = version < BUNDLE_VERSION ? 'an older' : 'a newer'
    throw new BundleError(
      `report bundle version ${version} was written by ${which} secrets-injector (this one reads version ${BUNDLE_VERSION}); ` +
        'use the same version of the action in the compute and post workflows'
    )
  }
  if (!validateSchema(raw)) throw new BundleError(`report bundle refused: ${schemaProblem()}`)
  const problem = semanticProblem(raw)
  if (problem !== null) throw new BundleError(`report bundle refused: ${problem}`)
  return raw
}

/** Serialize a bundle (stable key order). */
export function serializeBundle(b: ReportBundle): string {
  return `${JSON.stringify(b, null, 2)}\n`
}

/** Check a bundle this run wrote against the schema the post side applies; the problem, or null. */
export function bundleProblem(b: ReportBundle): string | null {
  if (!validateSchema(JSON.parse(serializeBundle(b)))) return schemaProblem()
  return semanticProblem(b)
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const resourceName = (s: string | null): string | null => (s !== null && s.length <= 253 && NAME.test(s) ? s : null)

/** What mode compute hands over: the findings without their words, and the part of the comparison the diff depends on. */
export function bundleData(findings: Finding[], comparison: Comparison | null): Pick<ReportBundle, 'findings' | 'comparison'> {
  const side = (s: Comparison['base']): BundleComparison['base'] => ({
    records: s.records.map(({ selector: _text, ...record }) => record),
    stores: s.stores
  })
  const essential = comparison === null ? null : essentialComparison(comparison)
  return {
    findings: findings.map((f) => ({ file: f.file, line: f.line, column: f.column, severity: f.severity, rule: f.rule })),
    comparison:
      essential === null
        ? null
        : {
            base: side(essential.base),
            head: side(essential.head),
            // A broken entry's name may be anything; the comment then names it by its place.
            invalid: essential.invalid.map(({ message: _message, ...w }) => ({
              ...w,
              externalSecret: resourceName(w.externalSecret),
              store: resourceName(w.store)
            }))
          }
  }
}

/** How a rule's finding reads on the trusted side: the rule's own one-line description. */
function ruleText(rule: string): string {
  return ruleInfo(rule)?.description ?? rule
}

function record(r: BundleRecord): SecretRecord {
  const selector: LabelSelector | undefined = r.labelSelector
  return { ...r, selector: selector === undefined ? null : selectorToString(selector) }
}

/**
 * The report of a validated bundle, in the trusted side's words: lint
 * findings worded by their rules, the diff computed here from the
 * comparison, the title of this workflow's own input, links to the
 * repository this run belongs to.
 */
export function reportFromBundle(b: ReportBundle, o: { title: string; server: string }): Report {
  const c = b.comparison
  const diff =
    c === null
      ? null
      : diffComparison({
          base: { records: c.base.records.map(record), stores: c.base.stores },
          head: { records: c.head.records.map(record), stores: c.head.stores },
          invalid: c.invalid.map((w) => ({ ...w, message: ruleText(w.rule) }))
        })
  return {
    title: o.title,
    commit: b.headSha,
    sources: { server: o.server, repository: b.repository, head: b.headSha, ...(b.baseSha === null ? {} : { base: b.baseSha }) },
    findings: b.findings.map((f) => ({ ...f, message: ruleText(f.rule) })),
    diff
  }
}
