import type { Release } from '../core/model.js'
import type { Finding, SourceFile } from '../core/types.js'
import { verifyFindings } from '../core/verify/findings.js'
import { planVerify } from '../core/verify/plan.js'
import { verifyReport, type VerifyReport } from '../core/verify/report.js'
import type { StoreResult, VerifyLevel, VerifyPlan } from '../core/verify/types.js'
import { providerConnector, type ConnectSettings } from './connect.js'
import { runVerify, type Connect } from './runner.js'

/** What one verify run found, for the CLI and the action alike. */
export interface VerifyOutcome {
  plan: VerifyPlan
  results: StoreResult[]
  findings: Finding[]
  /** The same, as data for the PR comment ("would fail after merge") and the report bundle. */
  report: VerifyReport
  /** Counts for a one-line summary. */
  summary: { stores: number; remoteSecrets: number; missing: number; unchecked: number }
}

export interface VerifySettings extends ConnectSettings {
  level: VerifyLevel
  storeTimeoutMs?: number
  /** Tests may reach providers another way; by default the SDKs with their default credential chains. */
  connect?: Connect
}

/**
 * Check every remote secret the releases read (files that passed lint).
 * Never throws for a provider's failure: that is a `remote-unchecked` finding.
 */
export async function verifyReleases(releases: Release[], sources: SourceFile[], settings: VerifySettings): Promise<VerifyOutcome> {
  const plan = planVerify(releases, sources)
  const results = await runVerify(plan, {
    connect: settings.connect ?? providerConnector(settings),
    ...(settings.storeTimeoutMs !== undefined ? { storeTimeoutMs: settings.storeTimeoutMs } : {})
  })
  const findings = verifyFindings(plan, results, settings.level)
  return {
    plan,
    results,
    findings,
    report: verifyReport(plan, results, settings.level),
    summary: {
      stores: plan.stores.length,
      remoteSecrets: plan.stores.reduce((n, s) => n + s.checks.length, 0),
      missing: findings.filter((f) => f.rule === 'remote-missing').length,
      unchecked: results.reduce((n, r) => n + (r.unchecked?.names.length ?? 0), 0)
    }
  }
}

/**
 * `12 remote secrets in 2 stores: 8 present, 1 missing, 3 unchecked`. Not "checked 12": a run without
 * credentials checks none of them.
 */
export function summaryLine(s: VerifyOutcome['summary']): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
  const present = Math.max(0, s.remoteSecrets - s.missing - s.unchecked)
  return (
    `${plural(s.remoteSecrets, 'remote secret', 'remote secrets')} in ${plural(s.stores, 'store', 'stores')}: ` +
    `${present} present, ${s.missing} missing, ${s.unchecked} unchecked`
  )
}
