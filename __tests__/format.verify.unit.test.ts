import { describe, expect, it } from 'vitest'
import { formatComment, formatCommitBody, formatSummary, worthPosting, type Report } from '../src/core/format/report.js'
import type { VerifyReport } from '../src/core/verify/report.js'

// The "would fail after merge" section of the report (verify's findings), in
// the comment and the job summary; never in the GitOps commit body.

const SHA = 'c'.repeat(40)
const sources = { server: 'https://github.example', repository: 'acme/platform', head: SHA }
const noDiff = { secrets: [], stores: [], invalid: [], counts: { added: 0, removed: 0, changed: 0, moved: 0, storesChanged: 0 } }
const missing: VerifyReport = {
  level: 'error',
  checked: 3,
  missing: [
    {
      store: 'kv',
      location: 'Azure Key Vault https://prod.vault.azure.net',
      remote: 'db-pasword',
      file: 'values/prod.yaml',
      line: 14,
      column: 25,
      secrets: [
        { namespace: 'payments', selector: null, name: 'db' },
        { namespace: null, selector: 'team=a', name: 'db' }
      ]
    }
  ],
  unchecked: [
    {
      store: 'vault',
      location: 'Vault https://vault.internal:8200 (KV v2 mount "secret")',
      reason: 'no Vault token: set VAULT_TOKEN',
      count: 2,
      secrets: [
        { namespace: 'billing', selector: null, name: 'stripe' },
        { namespace: null, selector: 'team=b', name: 'vault-db' }
      ]
    }
  ]
}
const report = (verify: VerifyReport): Report => ({ title: 'Secrets', findings: [], diff: noDiff as Report['diff'], sources, verify })
const comment = (r: Report): string => formatComment(r, { marker: '<!-- m -->' }) ?? ''

describe('would fail after merge', () => {
  it('names the missing remote secret, links where it is read, lists the Secrets that would fail and the unchecked stores', () => {
    const text = comment(report(missing))
    expect(text).toContain(
      '### ❌ Would fail after merge\n\n' +
        '- ❌ `db-pasword` does not exist in Azure Key Vault https:/\u200D/prod.vault.azure.net (store `kv`), read at ' +
        `[\`values/prod.yaml:14:25\`](https://github.example/acme/platform/blob/${SHA}/values/prod.yaml#L14): ` +
        '`payments/db`, `db` (selector `team=a`) would fail to sync (SecretSyncedError).\n' +
        '- ⚠️ Not checked: 2 remote secrets in Vault https:/\u200D/vault.internal:8200 (KV v2 mount "secret") (store `vault`), ' +
        'read by `billing/stripe`, `vault-db` (selector `team=b`): no Vault token: set VAULT\\_TOKEN.'
    )
    // Right under the title: the first thing a reviewer reads.
    expect(text.indexOf('Would fail after merge')).toBeLessThan(text.indexOf('No Secret changes'))
    expect(formatSummary(report(missing))).toContain('### ❌ Would fail after merge')
  })

  it('an unchecked store is worded like a missing secret: where, which store, which Secrets read it, then why', () => {
    const text = comment(report(missing))
    // The location's own parentheses stay the only nested ones: the store follows, as for a missing secret.
    expect(text).not.toMatch(/\(Vault [^()]*\([^()]*\)\)/)
    expect(text).toContain('read by `billing/stripe`, `vault-db` (selector `team=b`): no Vault token')
  })

  it('at level warning the icon says so; only unchecked stores get their own title', () => {
    expect(comment(report({ ...missing, level: 'warning' }))).toContain('### ⚠️ Would fail after merge\n\n- ⚠️ `db-pasword`')
    expect(comment(report({ ...missing, missing: [] }))).toContain('### ⚠️ Remote secrets not verified\n\n- ⚠️ Not checked: 2 remote')
  })

  it('everything found: one line; with verify off: nothing', () => {
    expect(comment(report({ level: 'error', checked: 3, missing: [], unchecked: [] }))).toContain(
      '✅ All 3 remote secrets exist in their stores.'
    )
    expect(comment({ ...report(missing), verify: undefined })).not.toContain('remote secret')
  })

  it('everything found counts in words that agree with the number: one secret, or none to check', () => {
    const all = (checked: number): string => comment(report({ level: 'error', checked, missing: [], unchecked: [] }))
    expect(all(1)).toContain('✅ The 1 remote secret exists in its store.')
    expect(all(0)).toContain('No remote secret to check: no entry reads one.')
    expect(all(0)).not.toContain('✅')
  })

  it('a missing or unchecked remote secret is news for comment: on-change; all found is not', () => {
    expect(worthPosting(report(missing))).toBe(true)
    expect(worthPosting(report({ level: 'error', checked: 3, missing: [], unchecked: [] }))).toBe(false)
  })

  it('values text stays inert: a remote name or reason cannot mention or link', () => {
    const hostile: VerifyReport = {
      ...missing,
      missing: [{ ...missing.missing[0]!, remote: '@admin [x](https://evil)', store: '<img src=x>' }],
      unchecked: [{ store: 's', location: null, reason: 'ping @org/team #1 https://evil', count: 1, secrets: [] }]
    }
    const text = comment(report(hostile))
    // Identifiers are code spans (GitHub neither links nor mentions inside code); free text is neutralised.
    expect(text).toContain('- ❌ `@admin [x](https://evil)` does not exist in Azure Key Vault')
    expect(text).toContain('(store `<img src=x>`)')
    expect(text).toContain('- ⚠️ Not checked: 1 remote secret of store `s`: ping @\u200Dorg/team \\#\u200D1 https:/\u200D/evil.')
  })

  it('not in the GitOps commit body', () => {
    expect(formatCommitBody(noDiff as Report['diff'] & object)).toBe('')
  })
})
