import { unreachableSnapshot, type ClusterSnapshot } from '../core/cluster/snapshot.js'
import type { KubeconfigSource } from './kubeconfig.js'
import type { readCluster as ReadCluster, ReadClusterOptions } from './read-cluster.js'

/**
 * The oldest Node the Kubernetes client runs on: @kubernetes/client-node 2
 * sends its requests with undici 8, which needs Node 22.19 (on Node 20 it
 * fails while loading). The CLI itself runs on Node 20.
 */
export const KUBE_CLIENT_MIN_NODE = '22.19.0'

/** Why this Node cannot load the Kubernetes client, or null when it can. */
export function nodeProblem(version: string): string | null {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  const [minMajor = 0, minMinor = 0] = KUBE_CLIENT_MIN_NODE.split('.').map(Number)
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return null
  return `reading a cluster needs Node ${KUBE_CLIENT_MIN_NODE} or later; this is Node ${version}`
}

/**
 * `readCluster`, with the Kubernetes client loaded only now: it takes
 * hundreds of milliseconds to import, which every run without a kubeconfig
 * would pay for nothing. A runtime that cannot load it is one notice, like
 * any other cluster that cannot be read: never an error of the run.
 */
export async function readClusterOnDemand(
  source: KubeconfigSource,
  context: string | null,
  options: ReadClusterOptions = {}
): Promise<ClusterSnapshot> {
  const problem = nodeProblem(process.versions.node)
  if (problem !== null) return unreachableSnapshot(context ?? '(none)', `Cluster not read: ${problem}.`)
  let readCluster: typeof ReadCluster
  try {
    const loaded = await import('./read-cluster.js')
    readCluster = loaded.readCluster
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? ''
    return unreachableSnapshot(context ?? '(none)', `Cluster not read: the Kubernetes client could not be loaded (${why.slice(0, 200)}).`)
  }
  return readCluster(source, context, options)
}
