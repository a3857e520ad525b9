import { describe, expect, it } from 'vitest'
import { lintFiles } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'

const lint = (text: string): Finding[] => lintFiles([{ name: 's.yaml', text }]).findings
const rules = (text: string): string[] => lint(text).map((f) => f.rule)
const messages = (text: string, rule: string): string[] =>
  lint(text)
    .filter((f) => f.rule === rule)
    .map((f) => f.message)

const azure = (body: string): string =>
  `clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://kv-main.vault.azure.net\n${body}`
const vault = (auth: string, server = 'https://vault.internal:8200'): string =>
  `clustersecretstore:\n  name: v\n  providerType: vault\n  vault:\n    server: ${server}\n    path: secret\n    auth:\n${auth}`
const aws = (auth: string): string => `clustersecretstore:\n  name: a\n  providerType: aws\n  aws:\n    auth:\n${auth}`

describe('azurekv auth modes', () => {
  it('ManagedIdentity needs only vaulturl', () => {
    expect(rules(azure('    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'))).toEqual([])
    expect(messages('clustersecretstore:\n  azurekv:\n    identityid: abc\n', 'store-required')).toEqual([
      'clustersecretstore: "azurekv.vaulturl" is required for an Azure Key Vault store (https://<vault-name>.vault.azure.net)'
    ])
  })

  it('ServicePrincipal needs tenantid and both Secret references', () => {
    const full =
      '    tenantid: t\n    clientid: {name: sp, namespace: eso, id: client-id}\n    ' +
      'clientsecret: {name: sp, namespace: eso, id: client-secret}\n'
    expect(rules(azure(full))).toEqual([])
    const partial = lint(azure('    tenantid: t\n    clientid: {name: sp, id: client-id}\n'))
    expect(partial.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['store-required', 3, 3],
      ['store-required', 6, 5]
    ])
    expect(partial.map((f) => f.message)).toEqual([
      'clustersecretstore ("kv"): "azurekv.clientsecret" is required (a Secret reference {name, ' +
        'namespace, id}) for ServicePrincipal auth (or set "identityid" for ManagedIdentity, ' +
        '"workloadIdentity" for WorkloadIdentity)',
      'clustersecretstore ("kv"): "azurekv.clientid.namespace" is required for ServicePrincipal ' +
        'auth (or set "identityid" for ManagedIdentity, "workloadIdentity" for WorkloadIdentity)'
    ])
  })

  it('WorkloadIdentity needs the service account', () => {
    expect(rules(azure('    workloadIdentity: {serviceAccountName: eso, serviceAccountNamespace: eso}\n'))).toEqual([])
    expect(messages(azure('    workloadIdentity: {serviceAccountName: eso}\n'), 'store-required')).toEqual([
      'clustersecretstore ("kv"): "azurekv.workloadIdentity.serviceAccountNamespace" is required for WorkloadIdentity auth'
    ])
  })

  it('blocks of another auth mode have no effect', () => {
    expect(messages(azure('    identityid: abc\n    clientid: {name: sp, namespace: eso, id: client-id}\n'), 'ineffective-flag')).toEqual([
      'clustersecretstore ("kv"): "azurekv.clientid" has no effect because "identityid" selects ManagedIdentity auth; remove it'
    ])
  })

  it('vaulturl: a URL, https, on a Key Vault host', () => {
    expect(rules(azure('    identityid: abc\n').replace('https://kv-main.vault.azure.net', 'kv'))).toEqual(['invalid-url'])
    expect(rules(azure('    identityid: abc\n').replace('https://kv-main.vault.azure.net', 'http://kv-main.vault.azure.net'))).toEqual([
      'insecure-url'
    ])
    expect(rules(azure('    identityid: abc\n').replace('https://kv-main.vault.azure.net', 'https://kv-main.vault.azure.cn/'))).toEqual([])
    expect(rules(azure('    identityid: abc\n').replace('https://kv-main.vault.azure.net', 'https://kv.example.com'))).toEqual([
      'azure-vault-url',
      'placeholder-value'
    ])
  })
})

describe('aws', () => {
  it('needs the IRSA service account', () => {
    expect(rules(aws('      serviceAccountName: eso\n      serviceAccountNamespace: eso\n'))).toEqual([])
    expect(messages(aws('      serviceAccountName: eso\n'), 'store-required')).toEqual([
      'clustersecretstore ("a"): "aws.auth.serviceAccountNamespace" is required for an AWS store (the IRSA service account)'
    ])
    expect(rules(aws('      serviceAccountName: Eso_SA\n      serviceAccountNamespace: eso\n'))).toEqual(['invalid-resource-name'])
  })

  it("without auth, ESO uses the controller's own credentials: a note, not an error", () => {
    const noAuth = 'clustersecretstore:\n  name: a\n  providerType: aws\n  aws:\n    region: eu-west-1\n'
    for (const text of [
      noAuth,
      `${noAuth}    auth:\n`,
      `${noAuth}    auth: {}\n`,
      'clustersecretstore:\n  name: a\n  providerType: aws\n'
    ]) {
      const findings = lint(text)
      expect(
        findings.map((f) => [f.rule, f.severity]),
        text
      ).toEqual([['aws-controller-credentials', 'info']])
      expect(findings[0]?.message).toContain('the credentials of its own controller (IRSA on its service account, or EKS Pod Identity)')
    }
    expect(lint('clustersecretstore:\n  name: a\n  providerType: aws\n')[0]).toMatchObject({ line: 1, column: 1 })
  })
})

describe('vault auth modes', () => {
  it('token', () => {
    expect(rules(vault('      tokenName: t\n      tokenNamespace: eso\n      tokenKey: token\n'))).toEqual([])
    expect(messages(vault('      tokenName: t\n      tokenKey: token\n'), 'store-required')).toEqual([
      'clustersecretstore ("v"): "vault.auth.tokenNamespace" is required for Vault token auth (or ' +
        'configure "auth.kubernetes" or "auth.appRole")'
    ])
    expect(rules(vault('      tokenName: t\n      tokenNamespace: eso\n      tokenKey: a b\n'))).toEqual(['invalid-secret-key'])
  })
  it('kubernetes', () => {
    expect(rules(vault('      kubernetes: {role: eso}\n'))).toEqual([])
    expect(rules(vault('      kubernetes: {mountPath: k8s}\n'))).toEqual(['store-required'])
    expect(messages(vault('      kubernetes: {role: eso}\n      tokenName: t\n      appRole: {roleId: r}\n'), 'ineffective-flag')).toEqual([
      'clustersecretstore ("v"): "vault.auth.tokenName" has no effect because kubernetes auth is selected; remove it',
      'clustersecretstore ("v"): "vault.auth.appRole" has no effect because kubernetes auth is selected; remove it'
    ])
  })
  it('appRole', () => {
    expect(rules(vault('      appRole: {roleId: r, secretRef: {name: ar, namespace: eso, key: secret-id}}\n'))).toEqual([])
    expect(messages(vault('      appRole: {roleId: r}\n'), 'store-required')).toEqual([
      'clustersecretstore ("v"): "vault.auth.appRole.secretRef" is required for Vault AppRole ' +
        'auth (a Secret reference {name, namespace, key} holding the secret id)'
    ])
  })
  it('server and path are required; the server is a URL; http warns', () => {
    expect(rules('clustersecretstore:\n  providerType: vault\n  vault:\n    auth: {kubernetes: {role: eso}}\n')).toEqual([
      'store-required',
      'store-required'
    ])
    expect(rules(vault('      kubernetes: {role: eso}\n', 'ftp://vault'))).toEqual(['invalid-url'])
    expect(lint(vault('      kubernetes: {role: eso}\n', 'http://127.0.0.1:8200')).map((f) => [f.rule, f.severity])).toEqual([
      ['insecure-url', 'warning']
    ])
  })
})

describe('provider blocks and conditions', () => {
  it('a block for another providerType has no effect', () => {
    expect(
      messages(`${vault('      kubernetes: {role: eso}\n')}  azurekv:\n    vaulturl: https://kv-main.vault.azure.net\n`, 'ineffective-flag')
    ).toEqual([
      'clustersecretstore ("v"): the "azurekv" block has no effect because providerType is vault; remove it or set providerType: azurekv'
    ])
    expect(messages(`${azure('    identityid: abc\n')}  aws:\n    region: eu-west-1\n`, 'ineffective-flag')[0]).toContain(
      'providerType is not set and defaults to azurekv'
    )
  })
  it('an unknown providerType is one finding, not a cascade', () => {
    expect(rules('clustersecretstore:\n  providerType: gcp\n')).toEqual(['invalid-value'])
  })
  it('conditions: namespaces, selectors and regexes are checked', () => {
    const text =
      `${azure('    identityid: abc\n')}  conditions:\n    - namespaces: [Bad_NS]\n    - ` +
      `namespaceSelector: {}\n    - namespaceRegexes: ['(']\n`
    expect(rules(text)).toEqual(['invalid-namespace', 'empty-selector', 'invalid-regex'])
  })
  it('clustersecretstores items are checked like clustersecretstore', () => {
    const [f] = lint('clustersecretstores:\n  - name: x\n')
    expect(f).toMatchObject({
      rule: 'store-required',
      line: 2,
      column: 5,
      message: expect.stringContaining('clustersecretstores[0] ("x"): "azurekv.clientid"')
    })
  })
})
