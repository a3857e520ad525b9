import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'
import { makeRepo, runAction, syncPull, type TestRepo } from './helpers/github-server-harness.js'
import { toHtml } from '../scripts/markdown.js'

/**
 * A pull request as a new user makes one, run as a runner runs the action
 * against the local GitHub API: a typo in a new entry, a widened selector,
 * a Secret moved to another namespace, and (between two runs) a cosmetic
 * edit of the workflow's `values` input. The result must be one comment that
 * says nothing false: the verdict first, the broken entry neither added nor
 * guessed at, the widened selector one change without a deletion warning,
 * the move said as a move with its deletion note, and a one-click fix for
 * the typo.
 */

vi.setConfig({ testTimeout: 240_000 })

let server: FakeGitHub
let repo: TestRepo
const PR = 12

beforeEach(async () => {
  server = await startGitHubServer()
  repo = makeRepo()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  repo.cleanup()
})

const STORE = `clustersecretstore:
  name: platform-kv
  azurekv:
    vaulturl: https://platform-prod.vault.azure.net
    identityid: 3b9f6d2e-8a41-4f0c-b7e5-1c2d3e4f5a6b
externalsecrets:
`
const entry = (lines: string[]): string => `${lines.map((l, i) => `${i === 0 ? '  - ' : '    '}${l}`).join('\n')}\n`
const orders = (namespace: string): string =>
  entry([
    'secret: orders-db',
    'clustersecstore: platform-kv',
    `namespace: ${namespace}`,
    'namespacesecretname: orders-db',
    'keyvaultsecretname: orders-db',
    'namespacesecretkeyname: password'
  ])
const appConfig = (envs: string): string =>
  entry([
    'secret: app-config',
    'clustersecstore: platform-kv',
    'namespaceSelector:',
    `  matchExpressions: [{key: env, operator: In, values: [${envs}]}]`,
    'namespacesecretname: app-config',
    'keyvaultsecretname: app-config',
    'multivalue: true'
  ])
const payments = entry([
  'secret: payments-db',
  'clustersecstore: platform-kv',
  'namespace: payments',
  'namespacesecretname: payments-db',
  'keyvaultsecretname: payments-db',
  'namespacesecretkeyname: password'
])
const billingWithTypo = entry([
  'secret: billing-api',
  'clustersecstore: platform-kv',
  'namespace: billing',
  'namespacesecretname: billing-api',
  'keyvaultsecretname: billing',
  'namespacesecretkeyname: token',
  'propery: token'
])

test('a typo, a widened selector, a move and a cosmetic edit of `values`: one comment that says nothing false', async () => {
  const base = repo.commit({ 'values/prod.yaml': `${STORE}${orders('orders')}${appConfig('prod')}${payments}` })
  const head = repo.commit({
    'values/prod.yaml': `${STORE}${orders('fulfilment')}${appConfig('prod, staging')}${payments}${billingWithTypo}`
  })
  syncPull(server, repo, PR, base, head)
  const typoLine =
    (repo
      .git('show', `${head}:values/prod.yaml`)
      .split('\n')
      .findIndex((l) => l.includes('propery')) ?? 0) + 1
  const run = (values: string) =>
    runAction({ server, cwd: repo.dir, event: 'pull_request', shas: { BASE_SHA: base, HEAD_SHA: head }, prNumber: PR, inputs: { values } })

  const first = await run('values/*.yaml')
  // The typo is an error: the step fails, the report is still delivered.
  expect(first.code).toBe(1)
  expect(server.comments).toHaveLength(1)
  const body = server.comments[0]?.body ?? ''
  const lines = body.split('\n')

  // The verdict leads, linked to the line at the head commit.
  expect(lines[1]).toBe('## Secrets Injector')
  expect(lines[3]).toBe(
    '❌ **1 lint error: the entry it is in is not compared.** ' +
      `[\`values/prod.yaml:${typoLine}\`](https://github.example/acme/platform/blob/${head}/values/prod.yaml#L${typoLine})`
  )
  expect(body).toContain('Not compared: ClusterExternalSecret `billing-api` (`values/prod.yaml`).')
  // Then the rest, which is all true: one move, one widened selector, nothing added or removed.
  expect(body).toContain('**Secrets:** 0 added, 0 removed, 1 changed, 1 moved in 2 namespaces and 1 selector.')
  expect(body).toContain('| `fulfilment` |  |  |  | `orders-db` ← `orders` |')
  expect(body).toContain('| `orders` |  |  |  | `orders-db` → `fulfilment` |')
  expect(body).toContain('| selector `env in (prod,staging)` |  |  | `app-config` |  |')
  expect(body).toContain(
    '- ⚠️ `orders/orders-db`: moved `orders` → `fulfilment`: deleted from the cluster in `orders` by ESO (creationPolicy Owner)'
  )
  expect(body).toContain('  - selector: `env in (prod)` → `env in (prod,staging)`')
  // Nothing false: the broken entry is not described, the widened selector deletes nothing.
  expect(body).not.toMatch(/`billing-api` added|single value from store `platform-kv`, key `token`/)
  expect(body).not.toContain('in namespaces matching')
  expect(body.match(/⚠️ `/g)).toHaveLength(1)
  const json = JSON.parse(first.diffJson ?? 'null') as { invalid: Array<{ externalSecret: string }>; secrets: Array<{ name: string }> }
  expect(json.invalid.map((i) => i.externalSecret)).toEqual(['billing-api'])
  expect(json.secrets.map((s) => s.name).sort()).toEqual(['app-config', 'orders-db', 'orders-db'])

  // The typo gets an inline comment with a one-click fix replacing its line.
  expect(server.reviewComments).toHaveLength(1)
  expect(server.reviewComments[0]).toMatchObject({ path: 'values/prod.yaml', line: typoLine })
  expect(server.reviewComments[0]?.body).toContain('\n\n```suggestion\n    property: token\n```\n')

  // A cosmetic edit of the workflow's `values` input is the same set of files: the same comment is edited, not a second one.
  const second = await run('# the prod cluster\n  values/*.yaml  \n\n')
  expect(second.code).toBe(1)
  expect(server.comments).toHaveLength(1)
  expect(server.comments[0]?.body).toBe(body)
  expect(server.reviewComments).toHaveLength(1)
})

test('mentions, HTML and links from values stay inert in the comment, the review comments and the job summary', async () => {
  const base = repo.commit({ 'values/prod.yaml': `${STORE}${payments}` })
  const hostile = entry([
    'secret: intruder',
    'clustersecstore: platform-kv',
    'namespace: payments',
    'namespacesecretname: intruder',
    'keyvaultsecretname: "[click here](https://evil.example/steal)"',
    'namespacesecretkeyname: token',
    'labels: {team: "@acme/security-team"}',
    '"<img src=x onerror=alert(1)>": 1'
  ])
  const head = repo.commit({ 'values/prod.yaml': `${STORE}${payments}${hostile}` })
  syncPull(server, repo, PR, base, head)
  const r = await runAction({
    server,
    cwd: repo.dir,
    event: 'pull_request',
    shas: { BASE_SHA: base, HEAD_SHA: head },
    prNumber: PR,
    inputs: { values: 'values/*.yaml' }
  })
  expect(r.code).toBe(1)
  const outputs = [server.comments[0]?.body ?? '', r.summary, ...server.reviewComments.map((c) => c.body)]
  expect(server.reviewComments.length).toBeGreaterThan(0)
  expect(outputs.join('\n')).toContain('@\u200Dacme/security-team')
  for (const text of outputs) {
    const html = toHtml(text)
    const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '')
    expect(html).not.toMatch(/<img/i)
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/github\.example\/acme\/platform\//)
    expect(outsideCode).not.toMatch(/@[A-Za-z0-9]/)
    expect(outsideCode).not.toMatch(/https?:\/\/evil/)
  }
})
