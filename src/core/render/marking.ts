/**
 * How the cluster tells this tool's resources from anyone else's. Every
 * rendered ClusterSecretStore and ClusterExternalSecret carries the label
 * `app.kubernetes.io/managed-by: secrets-injector` (the Kubernetes
 * recommended label for "the tool that manages this object"; the original
 * chart sets it to `Helm`). Drift detection reports a live object with this
 * label that no values file renders any more; an object without it is never
 * reported as left over, so resources made by hand or by other tools are
 * left alone. The value is constant (no version, no file name) so that
 * upgrading the tool or moving a values file does not change every manifest.
 */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by'
export const MANAGED_BY_VALUE = 'secrets-injector'

/** The labels every rendered resource carries, as a fresh object. */
export function markingLabels(): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE }
}

/** Whether live labels carry this tool's marking. */
export function isMarked(labels: Readonly<Record<string, string>>): boolean {
  return labels[MANAGED_BY_LABEL] === MANAGED_BY_VALUE
}
