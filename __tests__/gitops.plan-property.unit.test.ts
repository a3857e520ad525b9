import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planPublish, type DirEntry } from '../src/core/publish/plan.js'
import { applyPlan } from './helpers/plan.js'

/**
 * Properties of the planner over random sequences of publishes into a
 * directory that also holds files somebody else wrote.
 */

const name = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,12}\.yaml$/).filter((n) => n !== 'kustomization.yaml')
const files = fc.uniqueArray(fc.record({ name, content: fc.string({ maxLength: 20 }) }), { selector: (f) => f.name, maxLength: 6 })
const foreign = fc.uniqueArray(
  fc.record({ name: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,10}$/), content: fc.string({ maxLength: 10 }) }),
  {
    selector: (f) => f.name,
    maxLength: 4
  }
)

describe('planPublish properties', () => {
  it('never touches foreign files, stays inside DIR, and converges in one step', () => {
    fc.assert(
      fc.property(foreign, fc.array(files, { minLength: 1, maxLength: 4 }), (others, runs) => {
        let entries: DirEntry[] = others.map((f) => ({ name: f.name, kind: 'file', content: f.content }))
        for (const run of runs) {
          const r = planPublish({ files: run, dir: 'a/b', state: { ancestors: ['dir', 'dir'], entries }, message: 'm' })
          // A foreign file with a resource's name (and other content) is a refusal, never an overwrite.
          if (!r.ok) {
            expect(r.errors.join('\n')).toMatch(/not written by secrets-injector/)
            return
          }
          for (const p of [...r.plan.writes.map((w) => w.path), ...r.plan.deletes]) expect(p).toMatch(/^a\/b\/[^/]+$/)
          for (const o of others) {
            const stillThere = entries.find((e) => e.name === o.name)
            if (stillThere?.content === o.content && !run.some((f) => f.name === o.name)) {
              expect(r.plan.deletes).not.toContain(`a/b/${o.name}`)
              expect(r.plan.writes.map((w) => w.path)).not.toContain(`a/b/${o.name}`)
            }
          }
          entries = applyPlan(r.plan, entries)
          const again = planPublish({ files: run, dir: 'a/b', state: { ancestors: ['dir', 'dir'], entries }, message: 'm' })
          expect(again.ok && again.plan.hasChanges).toBe(false)
          for (const f of run) expect(entries.find((e) => e.name === f.name)?.content?.trimEnd()).toBe(f.content.trimEnd())
        }
      }),
      { numRuns: 300 }
    )
  })
})
