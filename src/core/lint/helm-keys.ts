import type { FileLint } from './context.js'

/**
 * Top-level keys that every Helm chart's values file has out of habit. They
 * had no effect in the Secrets Injector chart either (its templates name
 * every resource from the values), so a values file carried over keeps
 * working, with a warning. `global` is not among them: Helm hands it to
 * every chart of an umbrella release, so it is accepted silently.
 */
const HELM_ONLY_KEYS = ['nameOverride', 'fullnameOverride'] as const

/** Warn about the Helm habit keys a values file sets. */
export function checkHelmOnlyKeys(lint: FileLint, root: Record<string, unknown>): void {
  for (const key of HELM_ONLY_KEYS) {
    if (!Object.hasOwn(root, key)) continue
    lint.report(
      'helm-only-key',
      [key],
      `"${key}" has no effect: the resources are named by the values themselves (clustersecretstore.name, ` +
        'externalsecrets[].secret, namespacesecretname), as in the chart; remove it',
      'key'
    )
  }
}
