import { expect } from 'vitest'
import { lintFiles } from '../../src/core/lint/index.js'
import type { Finding, SourceFile } from '../../src/core/types.js'
import { verifyReleases, type VerifyOutcome, type VerifySettings } from '../../src/verify/verify.js'

/** Lint (which must pass without errors), then verify, as `secrets-injector verify` does. */
export async function verifyValues(files: Record<string, string>, settings: Partial<VerifySettings> = {}): Promise<VerifyOutcome> {
  const sources: SourceFile[] = Object.entries(files).map(([name, text]) => ({ name, text }))
  const lint = lintFiles(sources)
  expect(lint.findings.filter((f) => f.severity === 'error')).toEqual([])
  return verifyReleases(lint.releases, sources, { env: {}, level: 'error', ...settings })
}

/** `rule file:line:col` plus the message, one string per finding, for compact assertions. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`)
}

/** A values entry in the Secrets Injector format. */
export function entry(o: { name: string; store: string; remote: string; namespace?: string; selector?: string; extra?: string }): string {
  const target =
    o.selector !== undefined ? `    namespaceSelector: {matchLabels: {${o.selector}}}\n` : `    namespace: ${o.namespace ?? 'apps'}\n`
  return (
    `  - secret: ${o.name}\n    clustersecstore: ${o.store}\n${target}    namespacesecretname: ${o.name}\n` +
    `    keyvaultsecretname: ${o.remote}\n${o.extra ?? '    namespacesecretkeyname: value\n'}`
  )
}
