import type { Release } from '../model.js'
import { renderClusterExternalSecret } from './ces.js'
import { compareStrings } from '../compare.js'
import { renderClusterSecretStore } from './store.js'
import type { Resource } from './types.js'

export type { Resource } from './types.js'

/**
 * Render one release: its ClusterSecretStores sorted by name, then its
 * ClusterExternalSecrets sorted by name. Sorting makes the output independent
 * of the order of entries in the values file. Pure; never throws on a model
 * built by normalizeRelease (lint reports what is missing; render does not
 * second-guess it).
 */
export function renderRelease(release: Release): Resource[] {
  const stores = [...release.stores].sort((a, b) => compareStrings(a.name, b.name))
  const entries = [...release.entries].sort((a, b) => compareStrings(a.name, b.name) || a.index - b.index)
  const out: Resource[] = []
  for (const s of stores) out.push(renderClusterSecretStore(s, release.apiVersion))
  for (const e of entries) out.push(renderClusterExternalSecret(e, release.apiVersion))
  return out
}

/** Render several releases, concatenated in the order given (file order). */
export function renderReleases(releases: Release[]): Resource[] {
  return releases.flatMap(renderRelease)
}

export { toYaml, resourceToYaml, resourceFileName } from './yaml.js'
