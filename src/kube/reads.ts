/**
 * Every call the tool makes to a cluster: `list` on four resources, nothing
 * else (no get, no watch, no write, no Secrets). docs/cluster-role.yaml
 * grants exactly these; a unit test keeps the two equal.
 */
export interface ClusterRead {
  /** What the snapshot calls the list. */
  what: 'namespaces' | 'stores' | 'clusterExternalSecrets' | 'externalSecrets'
  /** API group ('' is the core group). */
  group: string
  /** Resource (plural), as RBAC names it. */
  resource: string
  verb: 'list'
}

export const ESO_GROUP = 'external-secrets.io'

export const CLUSTER_READS: readonly ClusterRead[] = [
  { what: 'namespaces', group: '', resource: 'namespaces', verb: 'list' },
  { what: 'stores', group: ESO_GROUP, resource: 'clustersecretstores', verb: 'list' },
  { what: 'clusterExternalSecrets', group: ESO_GROUP, resource: 'clusterexternalsecrets', verb: 'list' },
  { what: 'externalSecrets', group: ESO_GROUP, resource: 'externalsecrets', verb: 'list' }
]

/** `list namespaces` / `list clusterexternalsecrets.external-secrets.io`: the permission as `kubectl auth can-i` spells it. */
export function permissionText(r: ClusterRead): string {
  return `${r.verb} ${r.group === '' ? r.resource : `${r.resource}.${r.group}`}`
}
