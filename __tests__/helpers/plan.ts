import type { DirEntry, Plan } from '../../src/core/publish/plan.js'

/** The entries a tree would hold after applying `plan` to `entries` (what the git backends do, in memory). */
export function applyPlan(plan: Plan, entries: DirEntry[]): DirEntry[] {
  const base = plan.dir === '' ? '' : `${plan.dir}/`
  const m = new Map(entries.map((e) => [e.name, e]))
  for (const d of plan.deletes) m.delete(d.slice(base.length))
  for (const w of plan.writes) m.set(w.path.slice(base.length), { name: w.path.slice(base.length), kind: 'file', content: w.content })
  return [...m.values()]
}
