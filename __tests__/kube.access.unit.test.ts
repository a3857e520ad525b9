import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CLUSTER_READS, KUBE_CLIENT_MIN_NODE, kubeconfigCredentials, nodeProblem } from '../src/kube/index.js'

const ROOT = join(import.meta.dirname, '..')
const roleText = readFileSync(join(ROOT, 'docs', 'cluster-role.yaml'), 'utf8')

interface Rule {
  apiGroups: string[]
  resources: string[]
  verbs: string[]
}

describe('docs/cluster-role.yaml grants exactly the calls the tool makes', () => {
  it('one (group, resource, verb) per call of CLUSTER_READS, nothing else', () => {
    const role = parse(roleText) as { kind: string; rules: Rule[] }
    expect(role.kind).toBe('ClusterRole')
    const granted = role.rules.flatMap((r) =>
      r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${g}/${res}/${v}`)))
    )
    expect(granted.sort()).toEqual(CLUSTER_READS.map((r) => `${r.group}/${r.resource}/${r.verb}`).sort())
  })

  it('never Secrets, never a verb other than list', () => {
    expect(CLUSTER_READS.some((r) => r.resource === 'secrets')).toBe(false)
    expect(new Set(CLUSTER_READS.map((r) => r.verb))).toEqual(new Set(['list']))
  })

  it('docs/cluster.md shows the file as it is', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'cluster.md'), 'utf8')
    expect(doc).toContain('```yaml\n' + roleText + '```')
  })
})

describe('kubeconfigCredentials: what a shell masks before anything else', () => {
  const kubeconfig = `apiVersion: v1
clusters:
- name: c
  cluster: {server: https://10.0.0.1:6443, certificate-authority-data: Q0FDRVJU}
users:
- name: token-user
  user: {token: eyJhbGciOi.token-value}
- name: cert-user
  user: {client-certificate-data: Q0VSVA==, client-key-data: S0VZLWRhdGEtc2VjcmV0}
- name: basic
  user: {username: admin, password: hunter22pw}
- name: oidc
  user:
    auth-provider:
      name: oidc
      config: {client-id: kubernetes, client-secret: oidc-client-secret, id-token: oidc.id.token, idp-issuer-url: https://issuer}
- name: exec
  user:
    exec:
      command: aws
      args: [eks, get-token, --cluster-name, prod]
      env: [{name: AWS_PROFILE, value: production}, {name: VAULT_TOKEN, value: s.vault-token-1}]
contexts: []
`
  it('tokens, passwords, client keys, auth-provider secrets and secret-looking exec env; not names, commands or certificates', () => {
    expect(kubeconfigCredentials(kubeconfig)).toEqual(
      ['eyJhbGciOi.token-value', 'S0VZLWRhdGEtc2VjcmV0', 'hunter22pw', 'oidc-client-secret', 'oidc.id.token', 's.vault-token-1'].sort()
    )
  })

  it('nothing from text that is not YAML, without throwing', () => {
    expect(kubeconfigCredentials('users: [\n')).toEqual([])
    expect(kubeconfigCredentials('just text')).toEqual([])
  })
})

describe('the Kubernetes client needs Node 22.19 (undici 8); older Node gets a notice, never a crash', () => {
  it('names the Node it needs and the one it got', () => {
    expect(nodeProblem('20.20.2')).toBe('reading a cluster needs Node 22.19.0 or later; this is Node 20.20.2')
    expect(nodeProblem('22.18.9')).not.toBeNull()
    expect(nodeProblem('22.19.0')).toBeNull()
    expect(nodeProblem('24.1.0')).toBeNull()
    expect(KUBE_CLIENT_MIN_NODE).toBe('22.19.0')
  })
})
