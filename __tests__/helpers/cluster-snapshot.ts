import type { ClusterSnapshot, LiveCondition, LiveExternalSecret } from '../../src/core/cluster/snapshot.js'
import { lintAndRender } from '../../src/core/pipeline.js'
import type { Release } from '../../src/core/model.js'
import type { Resource } from '../../src/core/render/types.js'

/** Lint and render values text; fails the test on lint errors. */
export function renderValues(files: Record<string, string>): { releases: Release[]; resources: Resource[] } {
  const { releases, resources, findings } = lintAndRender(Object.entries(files).map(([name, text]) => ({ name, text })))
  if (resources === null) throw new Error(`lint errors: ${JSON.stringify(findings)}`)
  return { releases, resources }
}

export const ready = (): LiveCondition => ({ type: 'Ready', status: 'True', reason: 'SecretSynced', message: 'secret synced' })
export const failing = (message = 'could not get secret data from provider'): LiveCondition => ({
  type: 'Ready',
  status: 'False',
  reason: 'SecretSyncedError',
  message
})

/** An ExternalSecret as a ClusterExternalSecret makes it (same name, owned by it). */
export function es(namespace: string, ces: string, target: string, cond: LiveCondition | null): LiveExternalSecret {
  return {
    namespace,
    name: ces,
    owner: ces,
    targetName: target,
    generation: 1,
    syncedGeneration: cond === null ? null : 1,
    ready: cond,
    boundSecret: cond?.status === 'True' ? target : null,
    refreshTime: cond === null ? null : '2025-01-01T00:00:00Z'
  }
}

/** A snapshot holding `resources` exactly as rendered (an untouched apply), plus what `over` sets. */
export function snapshotOf(resources: Resource[], over: Partial<ClusterSnapshot> = {}): ClusterSnapshot {
  return {
    context: 'test',
    reachable: true,
    namespaces: [],
    stores: resources
      .filter((r) => r.kind === 'ClusterSecretStore')
      .map((r) => ({ name: r.metadata.name, labels: { ...r.metadata.labels }, spec: structuredClone(r.spec), ready: ready() })),
    clusterExternalSecrets: resources
      .filter((r) => r.kind === 'ClusterExternalSecret')
      .map((r) => ({
        name: r.metadata.name,
        labels: { ...r.metadata.labels },
        spec: structuredClone(r.spec),
        provisionedNamespaces: [],
        failedNamespaces: [],
        ready: ready()
      })),
    externalSecrets: [],
    notices: [],
    ...over
  }
}
