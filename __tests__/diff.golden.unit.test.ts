import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN_DIR, goldenOutputs, loadCases } from './fixtures/diff/cases.js'

// Golden files are compared, never written here: after an intended change run
// `npx tsx scripts/update-golden-diff.ts` and review the golden diff.

const cases = loadCases()
const expected = new Set<string>()

describe.each(cases.map((c) => [c.name, c] as const))('diff golden %s', (_name, c) => {
  for (const [file, text] of Object.entries(goldenOutputs(c))) {
    expected.add(file)
    it(file, () => {
      const path = join(GOLDEN_DIR, file)
      expect(existsSync(path), `${file} missing: run npx tsx scripts/update-golden-diff.ts`).toBe(true)
      expect(text).toBe(readFileSync(path, 'utf8'))
    })
  }
})

describe('diff golden directory', () => {
  it('has no golden file without a case', () => {
    expect(readdirSync(GOLDEN_DIR).filter((f) => !expected.has(f))).toEqual([])
  })

  it('covers the required situations', () => {
    const names = cases.map((c) => c.name)
    for (const n of [
      'added',
      'removed',
      'changed',
      'moved',
      'selector',
      'selector-inventory',
      'store-only',
      'reorder',
      'file-added',
      'file-deleted',
      'huge',
      'would-fail',
      'cluster',
      'gitops-published'
    ]) {
      expect(names).toContain(n)
    }
  })

  it('reordering entries, keys, labels and namespaces is no change', () => {
    expect(readFileSync(join(GOLDEN_DIR, 'reorder.json'), 'utf8')).toContain('"secrets": []')
  })

  it('would-fail: a missing remote secret read in two namespaces and a store that was not checked, right under the title', () => {
    const text = readFileSync(join(GOLDEN_DIR, 'would-fail.comment.md'), 'utf8')
    expect(text).toMatch(/^<!-- secrets-injector:diff -->\n## .*\n\n### ❌ Would fail after merge\n/)
    expect(text).toContain('`payments/api`, `payments-staging/api` would fail to sync')
    expect(text).toContain('(store `vault-platform`), read by `billing/postgres-credentials`, `billing/stripe-api-key`: no Vault token')
  })

  it('cluster: namespaces from the cluster, Secrets failing and not created, and every kind of drift', () => {
    const review = JSON.parse(readFileSync(join(GOLDEN_DIR, 'cluster.json'), 'utf8')).cluster
    expect(review.inventory).toBe('cluster')
    const states = review.secrets.map((s: { state: string }) => s.state)
    expect(states).toEqual(expect.arrayContaining(['ready', 'failing', 'not-created']))
    expect(review.failingElsewhere).toHaveLength(1)
    const kinds = review.drift.items.map((d: { drift: string }) => d.drift)
    expect(kinds.sort()).toEqual(['edited', 'missing', 'not-in-values', 'unmarked'])
  })

  it('gitops-published: the job summary after merge says what was published, the commit body what changed', () => {
    expect(readFileSync(join(GOLDEN_DIR, 'gitops-published.summary.md'), 'utf8')).toContain(
      '**GitOps publish:** published [`89abcdef0123`]'
    )
    expect(readFileSync(join(GOLDEN_DIR, 'gitops-published.commit.txt'), 'utf8')).toMatch(/^secrets-injector: render 0123456\n\n/)
  })

  it('the huge case is trimmed to fit a PR comment', () => {
    const text = readFileSync(join(GOLDEN_DIR, 'huge.comment.md'), 'utf8')
    expect(text.length).toBeLessThanOrEqual(65536)
    expect(text).toContain('Full report in the job summary')
    expect(text.startsWith('<!-- secrets-injector:diff -->\n')).toBe(true)
  })
})
