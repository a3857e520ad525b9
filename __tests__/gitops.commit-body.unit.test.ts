import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { diffReleases } from '../src/core/diff/index.js'
import { formatCommitBody } from '../src/core/format/report.js'
import { lintFiles } from '../src/core/lint/index.js'
import type { Release } from '../src/core/model.js'
import { planPublish, type DirEntry, type RenderedFile } from '../src/core/publish/plan.js'
import { renderReleases, resourceFileName, resourceToYaml } from '../src/core/render/index.js'
import { applyPlan } from './helpers/plan.js'
import { validValuesArbitrary } from './helpers/values-arbitrary.js'

/**
 * The GitOps commit body is derived from the manifests on the branch and
 * the rendered ones, yet must say exactly what the PR comment says about
 * the same change (one vocabulary): the same formatter over a diff read
 * back from manifests equals the one over the diff of the values files.
 */

function files(releases: Release[]): RenderedFile[] {
  return renderReleases(releases).map((r) => ({ name: resourceFileName(r), content: resourceToYaml(r) }))
}

/** Publish base, then head on top of it; the body of the second commit. */
function publishedBody(base: Release[], head: Release[]): string {
  const plan = (f: RenderedFile[], entries: DirEntry[]) => {
    const r = planPublish({
      files: f,
      dir: 'manifests',
      state: { ancestors: entries.length > 0 ? ['dir'] : [null], entries },
      message: 'm'
    })
    if (!r.ok) throw new Error(r.errors.join('\n'))
    return r.plan
  }
  const first = plan(files(base), [])
  return plan(files(head), applyPlan(first, [])).summary
}

/**
 * A manifest cannot tell a custom-type Secret of type Opaque from a single
 * value one (the renderer leaves Opaque out of the template, so ESO keeps
 * the type of a Secret it merges into); compare them as the same kind.
 */
function asManifestsSeeThem(releases: Release[]): Release[] {
  return releases.map((r) => ({
    ...r,
    entries: r.entries.map((e) => (e.kind === 'custom-type' && e.type === 'Opaque' ? { ...e, kind: 'single' as const } : e))
  }))
}

function release(values: unknown): Release[] {
  const linted = lintFiles([{ name: 'values.yaml', text: stringify(values) }])
  expect(linted.findings.filter((f) => f.severity === 'error')).toEqual([])
  return asManifestsSeeThem(linted.releases)
}

describe('GitOps commit body', () => {
  it('says what the PR comment says about the same change (property over valid values files)', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), validValuesArbitrary(), (a, b) => {
        const base = release(a)
        const head = release(b)
        expect(publishedBody(base, head)).toBe(formatCommitBody(diffReleases(base, head)))
      }),
      { numRuns: 60 }
    )
  })

  it('speaks of Secrets by namespace, moves and selectors like the comment', () => {
    const store = 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://kv.vault.azure.net\n    identityid: x\n'
    const entry = (ns: string, sel: string) =>
      `externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ${ns}\n    namespacesecretname: db\n` +
      `    keyvaultsecretname: db\n    namespacesecretkeyname: password\n  - secret: app\n    clustersecstore: kv\n` +
      `    namespaceSelector:\n      matchExpressions: [{key: env, operator: In, values: [${sel}]}]\n` +
      `    namespacesecretname: app\n    keyvaultsecretname: app\n    namespacesecretkeyname: config\n`
    const base = lintFiles([{ name: 'v.yaml', text: store + entry('orders', 'prod') }]).releases
    const head = lintFiles([{ name: 'v.yaml', text: store + entry('fulfilment', 'prod, staging') }]).releases
    expect(publishedBody(base, head)).toBe(
      [
        'Secrets: 0 added, 0 removed, 1 changed, 1 moved in 2 namespaces and 1 selector.',
        '',
        'Needs attention:',
        '- orders/db: moved orders → fulfilment: deleted from the cluster in orders by ESO (creationPolicy Owner)',
        '',
        'namespace fulfilment (0 added, 0 removed, 0 changed, 1 moved):',
        '- db moved orders → fulfilment: single value from store kv, key password, remote ref db',
        '',
        'namespace orders (0 added, 0 removed, 0 changed, 1 moved):',
        '- db moved orders → fulfilment (was single value from store kv)',
        '  - moved orders → fulfilment: deleted from the cluster in orders by ESO (creationPolicy Owner)',
        '',
        'selector env in (prod,staging) (0 added, 0 removed, 1 changed):',
        '- app changed',
        '  - selector: env in (prod) → env in (prod,staging)'
      ].join('\n')
    )
  })

  it('a switch from a named namespace to a selector is one selector change, as in the comment', () => {
    const store = 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://kv.vault.azure.net\n    identityid: x\n'
    const entry = (target: string) =>
      `externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ${target}\n    namespacesecretname: db\n` +
      `    keyvaultsecretname: db\n    namespacesecretkeyname: password\n`
    const base = lintFiles([{ name: 'v.yaml', text: store + entry('namespace: billing') }]).releases
    const head = lintFiles([{ name: 'v.yaml', text: store + entry('namespaceSelector: {team: billing}') }]).releases
    const body = publishedBody(base, head)
    expect(body).toBe(formatCommitBody(diffReleases(base, head)))
    expect(body).toBe(
      [
        'Secrets: 0 added, 0 removed, 1 changed in 1 selector.',
        '',
        'Needs attention:',
        '- db (selector team=billing): in namespace billing unless it matches team=billing: ' +
          'deleted from the cluster by ESO (creationPolicy Owner)',
        '',
        'selector team=billing (0 added, 0 removed, 1 changed):',
        '- db changed',
        '  - selector: kubernetes.io/metadata.name=billing → team=billing',
        '  - in namespace billing unless it matches team=billing: deleted from the cluster by ESO (creationPolicy Owner)'
      ].join('\n')
    )
  })
})
