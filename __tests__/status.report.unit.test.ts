import { describe, expect, it } from 'vitest'
import {
  buildStatusReport,
  clusterReviewJson,
  formatStatusText,
  liveInventory,
  oneLine,
  reviewCluster,
  secretStatus,
  statusToJson,
  unreachableSnapshot,
  MAX_MESSAGE
} from '../src/core/cluster/index.js'
import type { LiveNamespace } from '../src/core/cluster/index.js'
import { diffReleases, parseNamespaceInventory } from '../src/core/diff/index.js'
import type { ClusterReview } from '../src/core/cluster/index.js'
import { formatCliMarkdown, formatComment } from '../src/core/format/report.js'
import { es, failing, ready, renderValues, snapshotOf } from './helpers/cluster-snapshot.js'

const STORE = `clustersecretstore:
  name: kv
  azurekv: {vaulturl: https://kv.vault.azure.net, identityid: mi-1}
externalsecrets:
`
const entry = (ces: string, target: string, secret: string, remote: string): string =>
  `  - secret: ${ces}\n    clustersecstore: kv\n    ${target}\n    namespacesecretname: ${secret}\n` +
  `    keyvaultsecretname: ${remote}\n    namespacesecretkeyname: value\n`

const BASE =
  STORE +
  entry('web', 'namespaceSelector: {matchLabels: {tier: web}}', 'web-config', 'web') +
  entry('db', 'namespace: data', 'db', 'db') +
  entry('old', 'namespace: data', 'old', 'old')
const HEAD =
  STORE +
  entry('web', 'namespaceSelector: {matchLabels: {tier: web}}', 'web-config', 'web2') +
  entry('db', 'namespace: data', 'db', 'db') +
  entry('new', 'namespace: data', 'new', 'new')
const base = renderValues({ 'values.yaml': BASE })
const head = renderValues({ 'values.yaml': HEAD })
const NAMESPACES: LiveNamespace[] = [
  { name: 'shop', labels: { tier: 'web', 'kubernetes.io/metadata.name': 'shop' } },
  { name: 'blog', labels: { tier: 'web' } },
  { name: 'data', labels: {} }
]

/** The cluster as the base left it: web failing in blog, the rest ready. */
function liveBase() {
  return snapshotOf(base.resources, {
    namespaces: NAMESPACES,
    externalSecrets: [
      es('shop', 'web', 'web-config', ready()),
      es('blog', 'web', 'web-config', failing('could not get secret data from provider:\n  secret "web" not found')),
      es('data', 'db', 'db', ready()),
      es('data', 'old', 'old', failing())
    ]
  })
}

describe('liveInventory: the cluster as a namespaces file would give it', () => {
  it('equals parseNamespaceInventory of the same namespaces as `kubectl get namespaces -o json`', () => {
    const kubectl = JSON.stringify({ items: NAMESPACES.map((n) => ({ metadata: { name: n.name, labels: n.labels } })) })
    expect(liveInventory(NAMESPACES)).toEqual(parseNamespaceInventory(kubectl, 'ns.json').inventory)
  })
})

describe('secretStatus', () => {
  const snap = liveBase()
  it('ready, failing with the controller message on one line, not created', () => {
    expect(secretStatus(snap, 'shop', 'web-config', 'web')).toMatchObject({ state: 'ready', externalSecret: 'web', reason: 'SecretSynced' })
    expect(secretStatus(snap, 'blog', 'web-config', 'web')).toMatchObject({
      state: 'failing',
      reason: 'SecretSyncedError',
      message: 'could not get secret data from provider: secret "web" not found'
    })
    expect(secretStatus(snap, 'data', 'new', 'new')).toMatchObject({
      state: 'not-created',
      externalSecret: null,
      message: 'ClusterExternalSecret new is not in the cluster'
    })
    expect(secretStatus(snap, 'other', 'db', 'db').message).toBe(
      'ClusterExternalSecret db has not made an ExternalSecret in this namespace'
    )
  })

  it('pending before ESO reports; failing when the ClusterExternalSecret lists the namespace as failed', () => {
    const s = liveBase()
    s.externalSecrets!.push(es('fresh', 'db', 'db', null))
    expect(secretStatus(s, 'fresh', 'db', 'db').state).toBe('pending')
    s.clusterExternalSecrets!.find((c) => c.name === 'db')!.failedNamespaces.push({ namespace: 'locked', reason: 'store not allowed here' })
    expect(secretStatus(s, 'locked', 'db', 'db')).toMatchObject({ state: 'failing', reason: 'ClusterExternalSecretFailed' })
  })

  it('found by the Secret it writes, so a renamed ClusterExternalSecret still finds the Secret it replaces', () => {
    expect(secretStatus(liveBase(), 'data', 'db', 'db-renamed')).toMatchObject({ state: 'ready', externalSecret: 'db' })
  })

  it('unknown when ExternalSecrets could not be read', () => {
    expect(secretStatus(snapshotOf(base.resources, { externalSecrets: null }), 'data', 'db', 'db').state).toBe('unknown')
  })

  it('bounds long controller messages', () => {
    expect(oneLine('x'.repeat(1000))).toHaveLength(MAX_MESSAGE)
  })
})

describe('buildStatusReport and its text and JSON', () => {
  const report = buildStatusReport(base.releases, base.resources, liveBase(), {
    inventory: liveInventory(NAMESPACES),
    source: 'cluster'
  })

  it('every Secret of every ClusterExternalSecret, per namespace, with counts', () => {
    expect(report.clusterExternalSecrets.map((c) => [c.name, c.secrets.map((s) => `${s.namespace}:${s.state}`)])).toEqual([
      ['db', ['data:ready']],
      ['old', ['data:failing']],
      ['web', ['blog:failing', 'shop:ready']]
    ])
    expect(report.counts).toEqual({ ready: 2, failing: 2, pending: 0, notCreated: 0, unknown: 0, drift: 0 })
    expect(report.stores).toEqual([{ name: 'kv', file: 'values.yaml', state: 'ready', reason: 'SecretSynced', message: null }])
  })

  it('without an inventory, a selector lists the namespaces where it has ExternalSecrets, and says so', () => {
    const r = buildStatusReport(base.releases, base.resources, liveBase(), { inventory: null, source: 'none' })
    const web = r.clusterExternalSecrets.find((c) => c.name === 'web')
    expect(web?.secrets.map((s) => s.namespace)).toEqual(['blog', 'shop'])
    expect(web?.note).toMatch(/namespaces not known/)
  })

  it('text: states in one column, reasons after the namespace', () => {
    const text = formatStatusText(report)
    expect(text).toContain('Secrets: 2 ready, 2 failing, 0 pending, 0 not created, 0 unknown. Drift: none.')
    expect(text).toContain('  web (values.yaml; Secret web-config; store kv; in the cluster)\n')
    expect(text).toContain('    failing      blog: SecretSyncedError: could not get secret data from provider: secret "web" not found\n')
    expect(text).toContain('    ready        shop\n')
  })

  it('JSON: versioned, fixed key order, deterministic', () => {
    const json = statusToJson(report)
    expect(json).toBe(statusToJson(report))
    const doc = JSON.parse(json) as Record<string, unknown>
    expect(Object.keys(doc)).toEqual([
      'version',
      'context',
      'reachable',
      'inventory',
      'counts',
      'stores',
      'clusterExternalSecrets',
      'drift',
      'notices'
    ])
    expect(doc.version).toBe(1)
  })

  it('an unreachable cluster: the notice and nothing else', () => {
    const r = buildStatusReport(
      base.releases,
      base.resources,
      unreachableSnapshot('prod', 'Cluster not read (context "prod"): no answer.'),
      {
        inventory: null,
        source: 'none'
      }
    )
    expect(formatStatusText(r)).toBe(
      'Cluster context "prod"\nThe cluster could not be read:\n  Cluster not read (context "prod"): no answer.\n'
    )
  })
})

describe('reviewCluster: what the cluster says about the Secrets a change touches', () => {
  const inventory = liveInventory(NAMESPACES)
  const diff = diffReleases(base.releases, head.releases, inventory)
  const diffHeadHead = diffReleases(head.releases, head.releases, inventory)
  const review = reviewCluster({
    diff,
    base: { releases: base.releases, invalid: [] },
    head: { releases: head.releases, invalid: [] },
    snapshot: liveBase(),
    inventory,
    inventorySource: 'cluster',
    fileWon: false
  })

  it('one status per changed Secret, in the diff order; failing Secrets outside the change', () => {
    expect(review.changes.map((c) => [c.status.namespace, c.status.name, c.change, c.status.state])).toEqual([
      ['blog', 'web-config', 'changed', 'failing'],
      ['data', 'new', 'added', 'not-created'],
      ['data', 'old', 'removed', 'failing'],
      ['shop', 'web-config', 'changed', 'ready']
    ])
    expect(review.failingElsewhere).toEqual([])
  })

  /** The report as `secrets-injector diff` prints it, with the cluster part. */
  const md = (cl: ClusterReview): string =>
    formatCliMarkdown({ title: 'T', findings: [], diff: cl === review ? diff : diffHeadHead, cluster: cl })

  it('the "Cluster now" section: counts, what the change does to failing Secrets, one line per Secret that is not fine', () => {
    const text = md(review)
    expect(text).toContain('### Cluster now (context `test`)')
    expect(text).toContain("Label selectors were expanded with the cluster's namespaces.")
    expect(text).toContain('Today, of the 4 Secrets this change touches: 1 ready, 2 failing, 1 not created yet.')
    expect(text).toContain('This change alters 1 Secret that is failing today. This change removes 1 Secret that is failing today.')
    expect(text).toContain(
      '- ❌ `blog/web-config` (changed): failing: SecretSyncedError: could not get secret data from provider: secret "web" not found'
    )
    expect(text).toContain('- ❌ `data/old` (removed): failing')
    // An added Secret that does not exist yet is what "added" means; it gets no line of its own.
    expect(text).not.toContain('`data/new`')
  })

  it('each Secret of the details says what the cluster says about it now', () => {
    const text = md(review)
    expect(text).toContain('  - now: ❌ failing: SecretSyncedError: could not get secret data from provider: secret "web" not found')
    expect(text).toContain('  - now: ✅ ready')
    expect(text).toContain('  - now: ⚪ not created yet: ClusterExternalSecret new is not in the cluster')
  })

  it('the PR comment carries both sections; without a cluster, neither', () => {
    const comment = formatComment({ title: 'T', findings: [], diff, cluster: review }, { marker: '<!-- m -->' }) ?? ''
    expect(comment).toContain('### Cluster now (context `test`)')
    expect(comment).toContain('### Drift (cluster vs. the base branch)')
    const without = formatComment({ title: 'T', findings: [], diff }, { marker: '<!-- m -->' }) ?? ''
    expect(without).not.toContain('Cluster now')
    expect(without).not.toContain('now: ')
  })

  it('drift is against the base: the change itself is not drift', () => {
    expect(review.drift?.items).toEqual([])
    expect(md(review)).toContain('### Drift (cluster vs. the base branch)\n\nNone: the cluster holds what the base branch renders.')
  })

  it('failing Secrets the change does not touch are named', () => {
    const r = reviewCluster({
      diff: diffHeadHead,
      base: { releases: head.releases, invalid: [] },
      head: { releases: head.releases, invalid: [] },
      snapshot: liveBase(),
      inventory,
      inventorySource: 'cluster',
      fileWon: false
    })
    expect(r.failingElsewhere.map((s) => `${s.namespace}/${s.name}`)).toEqual(['blog/web-config'])
    expect(md(r)).toContain('Already failing and not touched by this change: 1 Secret (`blog/web-config`).')
    expect(clusterReviewJson(r).drift).toEqual({
      items: [
        { kind: 'ClusterExternalSecret', name: 'new', drift: 'missing', fields: [], managedBy: null },
        { kind: 'ClusterExternalSecret', name: 'old', drift: 'not-in-values', fields: [], managedBy: null },
        // Judged against the base given, here the head: the cluster still has the old remote reference.
        {
          kind: 'ClusterExternalSecret',
          name: 'web',
          drift: 'edited',
          fields: ['spec.externalSecretSpec.data[0].remoteRef.key'],
          managedBy: null
        }
      ],
      notChecked: []
    })
  })

  it('a base lint withheld from is not a base to judge drift by: drift is "not checked", and says why', () => {
    const withheld = { file: 'values.yaml', line: 9, column: 5, scope: 'entry' as const, externalSecret: 'old', store: null, index: 2 }
    const r = reviewCluster({
      diff,
      base: { releases: base.releases, invalid: [{ ...withheld, rule: 'wrong-type', message: 'x' }] },
      head: { releases: head.releases, invalid: [] },
      snapshot: liveBase(),
      inventory,
      inventorySource: 'cluster',
      fileWon: false
    })
    expect(r.drift).toBeNull()
    expect(md(r)).toContain('### Drift (cluster vs. the base branch)\n\nNot checked: the base values have lint errors.')
    expect(clusterReviewJson(r).drift).toBeNull()
  })

  it('many resources without the marking (right after moving from the chart) are summed up in one line', () => {
    const snap = liveBase()
    for (const c of snap.clusterExternalSecrets!) c.labels = { 'app.kubernetes.io/managed-by': 'Helm' }
    snap.stores![0]!.labels = {}
    const r = reviewCluster({
      diff,
      base: { releases: base.releases, invalid: [] },
      head: { releases: head.releases, invalid: [] },
      snapshot: snap,
      inventory,
      inventorySource: 'cluster',
      fileWon: false
    })
    expect(r.drift?.items).toHaveLength(4)
    expect(md(r)).toContain(
      "- 4 resources are in the cluster but were not applied from this tool's render " +
        '(no `app.kubernetes.io/managed-by: secrets-injector` label): `kv`, `db`, `old` +1 more'
    )
  })

  it('unreachable: one notice, the review is made without the cluster, no drift section', () => {
    const r = reviewCluster({
      diff,
      base: { releases: base.releases, invalid: [] },
      head: { releases: head.releases, invalid: [] },
      snapshot: unreachableSnapshot('prod', 'Cluster not read (context "prod"): list namespaces failed: connection refused.'),
      inventory: undefined,
      inventorySource: 'none',
      fileWon: false
    })
    const text = formatCliMarkdown({ title: 'T', findings: [], diff, cluster: r })
    expect(text).toContain(
      '### Cluster now (context `prod`)\n\n> ⚠️ Cluster not read (context "prod"): list namespaces failed: connection refused.\n\n' +
        'This review is made without the cluster.'
    )
    expect(text).not.toContain('### Drift')
    expect(text).not.toContain('now: ')
    expect(clusterReviewJson(r)).toMatchObject({ reachable: false, drift: null, secrets: [] })
  })
})
