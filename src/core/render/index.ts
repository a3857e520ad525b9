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
  return [...eachResource([release])]
}

/** Render several releases, concatenated in the order given (file order). */
export function renderReleases(releases: Release[]): Resource[] {
  return [...eachResource(releases)]
}

/**
 * The resources of renderReleases one at a time, made as they are asked
 * for: a render written as it is made never holds every resource at once,
 * which for 10,000 entries was the largest thing in memory.
 */
export function* eachResource(releases: Release[]): Generator<Resource> {
  for (const release of releases) {
    const stores = [...release.stores].sort((a, b) => compareStrings(a.name, b.name))
    const entries = [...release.entries].sort((a, b) => compareStrings(a.name, b.name) || a.index - b.index)
    for (const s of stores) yield renderClusterSecretStore(s, release.apiVersion)
    for (const e of entries) yield renderClusterExternalSecret(e, release.apiVersion)
  }
}

export { toYaml, resourceToYaml, resourceFileName } from './yaml.js'
