import type { ClusterSnapshot, LiveExternalSecret } from './snapshot.js'

/**
 * What the cluster says about one Kubernetes Secret right now:
 * - `ready`: its ExternalSecret's `Ready` condition is True (ESO wrote the Secret);
 * - `failing`: `Ready` is False (e.g. `SecretSyncedError`), or the
 *   ClusterExternalSecret lists the namespace under `failedNamespaces`;
 * - `pending`: the ExternalSecret exists but ESO has not reported on it yet;
 * - `not-created`: no ExternalSecret makes this Secret in that namespace;
 * - `unknown`: the ExternalSecrets could not be read.
 */
export type SecretState = 'ready' | 'failing' | 'pending' | 'not-created' | 'unknown'

export interface SecretStatus {
  namespace: string
  /** Secret name. */
  name: string
  /** The ExternalSecret that makes it in the cluster, or null when there is none. */
  externalSecret: string | null
  state: SecretState
  /** The condition's reason (`SecretSyncedError`, ...) or null. */
  reason: string | null
  /** The controller's message, one line, at most MAX_MESSAGE characters; or why the state is what it is. */
  message: string | null
  /** When ESO last refreshed it (`status.refreshTime`), or null. */
  refreshTime: string | null
}

/** Controller messages can quote whole provider responses; the review needs the first sentence or so. */
export const MAX_MESSAGE = 300

/** One line of at most MAX_MESSAGE characters. */
export function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat
}

/**
 * The status of the Secret `name` in `namespace`, which the values expect
 * the ClusterExternalSecret `clusterExternalSecret` to make. The Secret is
 * found by the name ExternalSecrets write to (`spec.target.name`), not by
 * the ExternalSecret's name, so a Secret whose ClusterExternalSecret a
 * change renames is still found; an ExternalSecret owned by the expected
 * ClusterExternalSecret wins over any other.
 */
export function secretStatus(snapshot: ClusterSnapshot, namespace: string, name: string, clusterExternalSecret: string): SecretStatus {
  const base = { namespace, name, externalSecret: null, reason: null, message: null, refreshTime: null }
  if (snapshot.externalSecrets === null) return { ...base, state: 'unknown', message: 'ExternalSecrets could not be read' }
  const es = findExternalSecret(snapshot.externalSecrets, namespace, name, clusterExternalSecret)
  if (es !== null) {
    const at = { ...base, externalSecret: es.name, refreshTime: es.refreshTime }
    const ready = es.ready
    if (ready?.status === 'True') return { ...at, state: 'ready', reason: nonEmpty(ready.reason) }
    if (ready?.status === 'False') {
      return { ...at, state: 'failing', reason: nonEmpty(ready.reason), message: ready.message ? oneLine(ready.message) : null }
    }
    return { ...at, state: 'pending', message: 'ESO has not reported on the ExternalSecret yet' }
  }
  const ces = snapshot.clusterExternalSecrets?.find((c) => c.name === clusterExternalSecret)
  const failed = ces?.failedNamespaces.find((f) => f.namespace === namespace)
  if (failed !== undefined) {
    return {
      ...base,
      state: 'failing',
      reason: 'ClusterExternalSecretFailed',
      message: oneLine(`ClusterExternalSecret ${clusterExternalSecret} could not create its ExternalSecret here: ${failed.reason}`)
    }
  }
  let why: string
  if (snapshot.clusterExternalSecrets === null) why = 'no ExternalSecret makes it'
  else if (ces === undefined) why = `ClusterExternalSecret ${clusterExternalSecret} is not in the cluster`
  else why = `ClusterExternalSecret ${clusterExternalSecret} has not made an ExternalSecret in this namespace`
  return { ...base, state: 'not-created', message: why }
}

function findExternalSecret(
  all: readonly LiveExternalSecret[],
  namespace: string,
  secret: string,
  clusterExternalSecret: string
): LiveExternalSecret | null {
  const here = all.filter((e) => e.namespace === namespace && e.targetName === secret)
  if (here.length === 0) return null
  const rank = (e: LiveExternalSecret): number => (e.owner === clusterExternalSecret ? 0 : e.owner !== null ? 1 : 2)
  return [...here].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0] ?? null
}

function nonEmpty(s: string): string | null {
  return s === '' ? null : s
}
