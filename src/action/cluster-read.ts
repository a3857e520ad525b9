import * as core from '@actions/core'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ClusterSnapshot } from '../core/cluster/snapshot.js'
import { kubeconfigCredentials } from '../kube/credentials.js'
import { MAX_KUBECONFIG_BYTES } from '../kube/kubeconfig-limits.js'
import { readClusterOnDemand } from '../kube/on-demand.js'
import { info } from './logging.js'
import type { KubeconfigSetting } from './settings.js'

/**
 * Read the cluster for this run (docs/cluster.md); the Kubernetes client is
 * loaded only now, so runs without a kubeconfig never load it. Never throws: a cluster that cannot be read is one warning naming what was
 * tried, and the run goes on as without a cluster.
 */
export async function readClusterForRun(kubeconfig: KubeconfigSetting, context: string | null, root: string): Promise<ClusterSnapshot> {
  if (kubeconfig.kind === 'path') await maskFile(path.resolve(root, kubeconfig.path))
  const source = kubeconfig.kind === 'path' ? { path: kubeconfig.path, cwd: root } : { content: kubeconfig.text }
  const snapshot = await readClusterOnDemand(source, context)
  for (const n of snapshot.notices) core.warning(`${n} The review goes on with what was read.`)
  if (snapshot.reachable) {
    const count = (l: unknown[] | null, what: string): string => (l === null ? `${what}: not read` : `${l.length} ${what}`)
    const counts = [
      count(snapshot.namespaces, 'namespaces'),
      count(snapshot.stores, 'ClusterSecretStores'),
      count(snapshot.clusterExternalSecrets, 'ClusterExternalSecrets'),
      count(snapshot.externalSecrets, 'ExternalSecrets')
    ]
    info(`cluster (context "${snapshot.context}"): ${counts.join(', ')}`)
  }
  return snapshot
}

/** A kubeconfig file on a self-hosted runner holds credentials too: mask them before the client could log anything. */
async function maskFile(file: string): Promise<void> {
  try {
    // A FIFO or a device would hang the read; the client refuses it by name in its notice.
    const st = await stat(file)
    if (!st.isFile() || st.size > MAX_KUBECONFIG_BYTES) return
    for (const c of kubeconfigCredentials(await readFile(file, 'utf8'))) core.setSecret(c)
  } catch {
    // Unreadable: the client cannot read it either, and says so in its notice.
  }
}
