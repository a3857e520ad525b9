import type { DiffResult } from '../diff/types.js'

/**
 * The commit body for a publish, from the per-namespace Secret diff: one line
 * per namespace (or selector), Secrets added, changed (with the fields) and
 * removed; then stores. Pass it as `summary` to `publish` when the diff's base
 * is what the branch holds (e.g. the previous commit of a push that was
 * published); otherwise let publish derive its summary from the manifests.
 */
export function summaryFromDiff(d: DiffResult): string {
  type Verb = 'added' | 'changed' | 'removed'
  const groups = new Map<string, Record<Verb, string[]>>()
  for (const s of d.secrets) {
    const key = s.namespace !== null ? `namespace ${s.namespace}` : `selector ${s.selector ?? '(none)'}`
    const g = groups.get(key) ?? { added: [], changed: [], removed: [] }
    const fields = s.change === 'changed' && s.changes.length > 0 ? ` (${s.changes.map((c) => c.field).join(', ')})` : ''
    g[s.change].push(`${s.name}${fields}`)
    groups.set(key, g)
  }
  const line = (label: string, g: Record<Verb, string[]>): string =>
    `${label}: ${(['added', 'changed', 'removed'] as const)
      .filter((v) => g[v].length > 0)
      .map((v) => `${v} ${[...g[v]].sort().join(', ')}`)
      .join('; ')}`
  const lines: string[] = []
  if (d.stores.length > 0) {
    const g: Record<Verb, string[]> = { added: [], changed: [], removed: [] }
    for (const st of d.stores) g[st.change].push(st.name)
    lines.push(line('stores', g))
  }
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  for (const k of keys) {
    const g = groups.get(k)
    if (g !== undefined) lines.push(line(k, g))
  }
  return lines.join('\n')
}
