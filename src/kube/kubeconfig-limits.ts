/**
 * A kubeconfig is a few KiB; anything past this is not one (and reading it
 * whole would be unbounded). Its own module, so a shell can check the size
 * without loading the Kubernetes client.
 */
export const MAX_KUBECONFIG_BYTES = 1024 * 1024
