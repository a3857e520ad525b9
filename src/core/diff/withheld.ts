import type { Release } from '../model.js'
import type { DiffSide, WithheldItem } from './types.js'

/**
 * Leave out of the comparison everything lint found an error in, on both
 * sides, so the diff never describes an entry from a guess: an entry with an
 * error and every entry of either side with the same ClusterExternalSecret
 * name (its counterpart, which would otherwise show up as removed or added);
 * a store with an error and every store of that name; a file that is
 * unusable as a whole together with the other side's version of it, and the
 * names of the entries and stores that version defines wherever they are
 * (an entry moved to another file would otherwise show up as added).
 *
 * The Secrets reading from a withheld store are still compared: a Secret
 * names its store, and nothing else of the store's settings is part of it.
 *
 * Two versions of one file share its path (the action reads both from one
 * repository); `pairs` maps a base path to its head path where they differ
 * (the CLI's `--base old/values.yaml --head values.yaml`).
 */
export function withhold(
  base: DiffSide,
  head: DiffSide,
  pairs?: ReadonlyMap<string, string>
): { base: Release[]; head: Release[]; invalid: WithheldItem[] } {
  const invalid: WithheldItem[] = [
    ...base.invalid.map((i) => ({ ...i, side: 'base' as const })),
    ...head.invalid.map((i) => ({ ...i, side: 'head' as const }))
  ]
  if (invalid.length === 0) return { base: base.releases, head: head.releases, invalid }

  const fileKey = (side: WithheldItem['side'], file: string): string => (side === 'base' ? (pairs?.get(file) ?? file) : file)
  const files = new Set(invalid.filter((i) => i.scope === 'file').map((i) => fileKey(i.side, i.file)))
  const names = new Set<string>()
  const storeNames = new Set<string>()
  const entryAt = new Set<string>()
  for (const i of invalid) {
    if (i.scope === 'entry') {
      if (i.externalSecret !== null) names.add(i.externalSecret)
      entryAt.add(`${i.side}\u0000${i.file}\u0000${i.index ?? -1}`)
    }
    if (i.scope === 'store' && i.store !== null) storeNames.add(i.store)
  }
  const sides = [...base.releases.map((r) => ['base', r] as const), ...head.releases.map((r) => ['head', r] as const)]
  for (const [side, r] of sides) {
    if (!files.has(fileKey(side, r.file))) continue
    for (const e of r.entries) if (e.name !== '') names.add(e.name)
    for (const s of r.stores) storeNames.add(s.name)
  }

  const keep = (side: WithheldItem['side'], releases: Release[]): Release[] =>
    releases
      .filter((r) => !files.has(fileKey(side, r.file)))
      .map((r) => ({
        ...r,
        stores: r.stores.filter((s) => !storeNames.has(s.name)),
        entries: r.entries.filter((e) => !names.has(e.name) && !entryAt.has(`${side}\u0000${r.file}\u0000${e.index}`))
      }))
  return { base: keep('base', base.releases), head: keep('head', head.releases), invalid }
}
