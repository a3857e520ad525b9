import type { ClusterSnapshot } from '../core/cluster/snapshot.js'
import { readClusterOnDemand } from '../kube/on-demand.js'
import { UsageError, type CliIO } from './io.js'

/** The flags every cluster-aware command takes, for parseCommandArgs. */
export const CLUSTER_FLAGS = {
  kubeconfig: { type: 'string' },
  context: { type: 'string' }
} as const

/** Help lines for CLUSTER_FLAGS, aligned with the other options. */
export const CLUSTER_FLAGS_HELP = `  --kubeconfig FILE       read the cluster through this kubeconfig (read only: namespaces,
                          ClusterSecretStores, ClusterExternalSecrets, ExternalSecrets;
                          never Secrets; see docs/cluster.md)
  --context NAME          kubeconfig context to use (default: its current-context)`

/**
 * Read the cluster when --kubeconfig is given, else null (the Kubernetes
 * client is loaded only then). A cluster that cannot be read is never an
 * error of the command: its notices go to stderr and the caller goes on
 * with what was read.
 */
export async function readClusterFromFlags(values: { kubeconfig?: string; context?: string }, io: CliIO): Promise<ClusterSnapshot | null> {
  if (values.kubeconfig === undefined) {
    if (values.context !== undefined) throw new UsageError('--context needs --kubeconfig')
    return null
  }
  if (values.kubeconfig === '') throw new UsageError('--kubeconfig needs a file')
  if (values.context === '') throw new UsageError('--context needs a name')
  const snapshot = await readClusterOnDemand({ path: values.kubeconfig, cwd: io.cwd }, values.context ?? null)
  for (const n of snapshot.notices) io.stderr(`secrets-injector: ${n}\n`)
  return snapshot
}
