import { describe, expect, it } from 'vitest'
import { describeDrift, type ClusterReview, type SecretStatus } from '../src/core/cluster/index.js'
import type { DiffResult } from '../src/core/diff/types.js'
import { formatCliMarkdown, formatComment } from '../src/core/format/report.js'

// How the cluster's part of the report reads (docs/cluster.md): the "Cluster
// now" section and drift, as a reviewer sees them rendered.

const noDiff: DiffResult = {
  secrets: [],
  stores: [],
  invalid: [],
  counts: { added: 0, removed: 0, changed: 0, moved: 0, storesChanged: 0 }
}
const status = (namespace: string, name: string, over: Partial<SecretStatus>): SecretStatus => ({
  namespace,
  name,
  externalSecret: name,
  state: 'ready',
  reason: null,
  message: null,
  refreshTime: null,
  ...over
})
const review: ClusterReview = {
  context: 'prod',
  reachable: true,
  inventory: 'cluster',
  fileWon: false,
  changes: [
    { change: 'changed', status: status('a', 'tls', { state: 'not-created', externalSecret: null, message: 'not made here yet' }) },
    {
      change: 'changed',
      status: status('b', 'db', { state: 'failing', reason: 'SecretSyncedError', message: 'could not get secret data' })
    }
  ],
  failingElsewhere: [status('c', 'api', { state: 'failing', reason: 'SecretSyncedError' })],
  drift: {
    items: [
      { kind: 'ClusterExternalSecret', name: 'argo', drift: 'unmarked', fields: ['spec.namespaceSelector'], managedBy: 'Helm' },
      { kind: 'ClusterExternalSecret', name: 'api', drift: 'edited', fields: ['spec.refreshTime'], managedBy: null }
    ],
    notChecked: []
  },
  driftNote: null,
  driftAgainst: 'base',
  notices: []
}
const md = (cluster: ClusterReview): string => formatCliMarkdown({ title: 'T', findings: [], diff: noDiff, cluster })

describe('Cluster now', () => {
  it('says each thing in its own paragraph: Markdown would run consecutive lines into one', () => {
    expect(md(review)).toContain(
      "### Cluster now (context `prod`)\n\nLabel selectors were expanded with the cluster's namespaces.\n\n" +
        'Today, of the 2 Secrets this change touches: 1 failing, 1 not created yet. ' +
        'This change alters 1 Secret that is failing today.\n\n' +
        'Already failing and not touched by this change: 1 Secret (`c/api`).\n\n'
    )
  })

  it('lists failing Secrets first, whatever the diff order', () => {
    const text = md(review)
    expect(text.indexOf('`b/db` (changed): failing')).toBeLessThan(text.indexOf('`a/tls` (changed): not created yet'))
  })

  it('marks a Secret not created yet with its own icon, not the ➖ of a removed Secret', () => {
    const text = md(review)
    expect(text).toContain('- ⚪ `a/tls` (changed): not created yet: not made here yet')
    expect(text).not.toContain('➖')
  })

  it('does not count Secrets under label selectors it could not look up as all the change touches', () => {
    // The cluster's namespaces could not be listed: selectors stay unexpanded, their Secrets get no status.
    const change = (namespace: string | null, name: string): DiffResult['secrets'][number] => ({
      namespace,
      selector: namespace === null ? 'env=prod' : null,
      name,
      change: 'changed',
      changes: [],
      before: null,
      after: null,
      danger: []
    })
    const diff: DiffResult = { ...noDiff, secrets: [change('a', 'tls'), change('b', 'db'), change(null, 'x'), change(null, 'y')] }
    const text = formatCliMarkdown({ title: 'T', findings: [], diff, cluster: { ...review, inventory: 'none' } })
    expect(text).toContain(
      'Today, of the 2 Secrets this change touches in named namespaces: 1 failing, 1 not created yet. ' +
        'The 2 under label selectors are not looked up: their namespaces are not known. '
    )
    expect(md(review)).not.toContain('label selectors are not looked up')
  })

  it('puts several notices in separate quotes', () => {
    const text = md({ ...review, notices: ['one list failed', 'another list failed'] })
    expect(text).toContain('> ⚠️ one list failed\n\n> ⚠️ another list failed\n\n')
  })
})

describe('Drift', () => {
  it('sets names, field paths and the live label as code, in the words of the status command', () => {
    const text = formatComment({ title: 'T', findings: [], diff: noDiff, cluster: review }, { marker: '<!-- m -->' }) ?? ''
    expect(text).toContain(
      "- ClusterExternalSecret `argo` is in the cluster but was not applied from this tool's render " +
        '(`app.kubernetes.io/managed-by: Helm`); it differs from the render in `spec.namespaceSelector`'
    )
    expect(text).toContain('- ClusterExternalSecret `api` was edited in the cluster: it differs from the render in `spec.refreshTime`')
    // Plain text (secrets-injector status) says the same without marks.
    expect(describeDrift(review.drift!.items[0]!)).toBe(
      "ClusterExternalSecret argo is in the cluster but was not applied from this tool's render " +
        '(app.kubernetes.io/managed-by: Helm); it differs from the render in spec.namespaceSelector'
    )
  })
})
