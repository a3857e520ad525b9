import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Kube, KubeConnection, KubeObject } from './kube.js'

/**
 * Write a kubeconfig for the test cluster with `token` (CA inline, as a
 * kubeconfig stored in a CI secret would have it). Returns its path.
 */
export function writeTokenKubeconfig(dir: string, file: string, conn: KubeConnection, token: string, server = conn.server): string {
  const path = join(dir, file)
  writeFileSync(
    path,
    `apiVersion: v1
kind: Config
clusters:
- name: e2e
  cluster:
    server: ${server}
    certificate-authority-data: ${Buffer.from(conn.ca).toString('base64')}
users:
- name: reader
  user:
    token: ${token}
contexts:
- name: e2e
  context: {cluster: e2e, user: reader}
current-context: e2e
`
  )
  return path
}

/**
 * A service account bound to `clusterRole` by a ClusterRoleBinding, and a
 * short-lived token for it from the TokenRequest API: the credentials a
 * platform team would hand to the review job.
 */
export async function serviceAccountToken(kube: Kube, namespace: string, name: string, clusterRole: string): Promise<string> {
  await kube.namespace(namespace)
  await kube.apply({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } })
  await kube.apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: `${name}-binding` },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
    subjects: [{ kind: 'ServiceAccount', name, namespace }]
  })
  const res = await kube.json<{ status?: { token?: string } }>('POST', `/api/v1/namespaces/${namespace}/serviceaccounts/${name}/token`, {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { expirationSeconds: 3600 }
  })
  const token = res.status?.token
  if (token === undefined || token === '') throw new Error(`no token for service account ${namespace}/${name}`)
  return token
}

/** A ClusterRole object as the tests apply it. */
export type ClusterRoleObject = KubeObject & { apiVersion: string; kind: 'ClusterRole'; rules: Array<Record<string, string[]>> }
