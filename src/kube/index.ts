/**
 * The Kubernetes wrapper: load a kubeconfig (a path or its content), pick
 * the context, and make the four read-only list calls the review needs,
 * bounded in time and retried where that can help. Loaded lazily by the
 * shells, only when a kubeconfig is given (the client library takes
 * hundreds of milliseconds to import).
 */
export { kubeconfigCredentials } from './credentials.js'
export { loadKubeconfig, KubeconfigError } from './kubeconfig.js'
export { MAX_KUBECONFIG_BYTES } from './kubeconfig-limits.js'
export type { KubeconfigSource, LoadedKubeconfig } from './kubeconfig.js'
export { readCluster } from './read-cluster.js'
export type { ReadClusterOptions } from './read-cluster.js'
export { CLUSTER_READS, ESO_GROUP, permissionText } from './reads.js'
export type { ClusterRead } from './reads.js'
export { KUBE_CLIENT_MIN_NODE, nodeProblem, readClusterOnDemand } from './on-demand.js'
