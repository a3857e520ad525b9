import { describe, expect, it } from 'vitest'
import {
  formatIndex,
  INDEX_FILE,
  isValidBranchName,
  KUSTOMIZATION_FILE,
  normalizeDir,
  planPublish,
  type DirEntry,
  type Plan,
  type PlanInput
} from '../src/core/publish/plan.js'
import { applyPlan } from './helpers/plan.js'

const ces = (name: string, ns: string): string =>
  [
    'apiVersion: external-secrets.io/v1',
    'kind: ClusterExternalSecret',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  namespaceSelectors:',
    '    - matchLabels:',
    `        kubernetes.io/metadata.name: ${ns}`,
    '  externalSecretSpec:',
    '    secretStoreRef: {kind: ClusterSecretStore, name: s}',
    `    target: {name: ${name}, creationPolicy: Owner}`,
    `    data: [{secretKey: password, remoteRef: {key: ${name}-remote}}]`,
    ''
  ].join('\n')
const store = (name: string): string =>
  `apiVersion: external-secrets.io/v1\nkind: ClusterSecretStore\nmetadata:\n  name: ${name}\nspec: {}\n`

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    files: [
      { name: 'clustersecretstore-s.yaml', content: store('s') },
      { name: 'clusterexternalsecret-a.yaml', content: ces('a', 'team-a') }
    ],
    dir: 'clusters/prod',
    state: { ancestors: [null, null], entries: [] },
    message: 'Publish',
    ...over
  }
}

function ok(i: PlanInput): Plan {
  const r = planPublish(i)
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.plan
}

describe('normalizeDir', () => {
  it('accepts relative paths and the root', () => {
    expect(normalizeDir('a/b/')).toEqual({ ok: true, segments: ['a', 'b'] })
    expect(normalizeDir('./a')).toEqual({ ok: true, segments: ['a'] })
    expect(normalizeDir('.')).toEqual({ ok: true, segments: [] })
    expect(normalizeDir('')).toEqual({ ok: true, segments: [] })
  })
  it.each(['/etc', '../x', 'a/../../b', 'a//b', 'a/./b', '.git/hooks', 'a/.GIT', 'a\\b', 'a\nb'])('rejects %j', (d) => {
    expect(normalizeDir(d).ok).toBe(false)
  })
})

describe('isValidBranchName', () => {
  it.each(['gitops', 'env/prod', 'release-1.2', 'a@b'])('accepts %j', (b) => expect(isValidBranchName(b)).toBe(true))
  it.each([
    '',
    '-x',
    'a..b',
    'a b',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
    'a/',
    'a.',
    '/a',
    'a//b',
    'x.lock',
    'a/.b',
    '@',
    'a@{1}',
    'a.lock/b'
  ])('rejects %j', (b) => expect(isValidBranchName(b)).toBe(false))
})

describe('planPublish', () => {
  it('writes resources, a kustomization and the index into a fresh directory', () => {
    const p = ok(input())
    expect(p.writes.map((w) => w.path)).toEqual([
      'clusters/prod/clustersecretstore-s.yaml',
      'clusters/prod/clusterexternalsecret-a.yaml',
      'clusters/prod/kustomization.yaml',
      `clusters/prod/${INDEX_FILE}`
    ])
    const k = p.writes.find((w) => w.path.endsWith(KUSTOMIZATION_FILE))?.content
    expect(k).toContain('resources:\n  - clustersecretstore-s.yaml\n  - clusterexternalsecret-a.yaml\n')
    expect(p.deletes).toEqual([])
    expect(p.hasChanges).toBe(true)
    expect(p.commitMessage).toBe(
      'Publish\n\nSecrets: 1 added, 0 removed, 0 changed in 1 namespace. 1 store change.\n\n' +
        'Store changes:\n- store s added\n  - provider: (none)\n  - read by 1 Secret: team-a/a\n\n' +
        'namespace team-a (1 added, 0 removed, 0 changed):\n- a added: single value from store s, key password, remote ref a-remote\n'
    )
  })

  it('is idempotent: applying the plan and planning again changes nothing', () => {
    const first = ok(input())
    const again = ok(input({ state: { ancestors: ['dir', 'dir'], entries: applyPlan(first, []) } }))
    expect(again.hasChanges).toBe(false)
    expect(again.writes).toEqual([])
    expect(again.deletes).toEqual([])
  })

  it('removes only files it wrote earlier, never foreign ones', () => {
    const before = applyPlan(
      ok(input({ files: [...input().files, { name: 'clusterexternalsecret-b.yaml', content: ces('b', 'team-b') }] })),
      []
    )
    const entries: DirEntry[] = [
      ...before,
      { name: 'README.md', kind: 'file', content: 'mine' },
      { name: 'other.yaml', kind: 'file', content: 'x' }
    ]
    const p = ok(input({ state: { ancestors: ['dir', 'dir'], entries } }))
    expect(p.deletes).toEqual(['clusters/prod/clusterexternalsecret-b.yaml'])
    expect(p.removed).toEqual(p.deletes)
    expect(p.summary).toBe(
      'Secrets: 0 added, 1 removed, 0 changed in 1 namespace.\n\nNeeds attention:\n' +
        '- team-b/b: deleted from the cluster by ESO (creationPolicy Owner)\n\n' +
        'namespace team-b (0 added, 1 removed, 0 changed):\n- b removed (was single value from store s)\n' +
        '  - deleted from the cluster by ESO (creationPolicy Owner)'
    )
    expect(p.changed).toContain('clusters/prod/kustomization.yaml')
  })

  it('refuses to overwrite a file it did not write, but adopts an identical one', () => {
    const foreign: DirEntry = { name: 'clusterexternalsecret-a.yaml', kind: 'file', content: 'hand-written' }
    const r = planPublish(input({ state: { ancestors: ['dir', 'dir'], entries: [foreign] } }))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toMatch(/not written by secrets-injector/)
    const same: DirEntry = { name: 'clusterexternalsecret-a.yaml', kind: 'file', content: ces('a', 'team-a') }
    const p = ok(input({ state: { ancestors: ['dir', 'dir'], entries: [same] } }))
    expect(p.writes.map((w) => w.path)).not.toContain('clusters/prod/clusterexternalsecret-a.yaml')
  })

  it.each([
    '../evil.yaml',
    'a/b.yaml',
    '.hidden.yaml',
    'UPPER.yaml',
    'x.yml',
    'kustomization.yaml',
    '..yaml/..',
    `${'a'.repeat(300)}.yaml`,
    'a\u0000.yaml'
  ])('rejects the untrusted name %j', (name) => {
    const r = planPublish(input({ files: [{ name, content: 'x' }] }))
    expect(r.ok).toBe(false)
  })

  it('rejects duplicate names', () => {
    const f = { name: 'a.yaml', content: 'x' }
    expect(planPublish(input({ files: [f, f] })).ok).toBe(false)
  })

  it('never publishes through a symlink or file in DIR or its parents', () => {
    expect(planPublish(input({ state: { ancestors: ['symlink', null], entries: [] } })).ok).toBe(false)
    expect(planPublish(input({ state: { ancestors: ['dir', 'file'], entries: [] } })).ok).toBe(false)
    const link: DirEntry = { name: 'clusterexternalsecret-a.yaml', kind: 'symlink' }
    expect(planPublish(input({ state: { ancestors: ['dir', 'dir'], entries: [link] } })).ok).toBe(false)
  })

  it('leaves an indexed file alone when it became a symlink', () => {
    const index: DirEntry = { name: INDEX_FILE, kind: 'file', content: formatIndex(['old.yaml']) }
    const p = ok(input({ state: { ancestors: ['dir', 'dir'], entries: [index, { name: 'old.yaml', kind: 'symlink' }] } }))
    expect(p.deletes).toEqual([])
    expect(p.notes[0]).toMatch(/symlink; left alone/)
  })

  it('ignores unsafe names in a tampered index', () => {
    const index: DirEntry = {
      name: INDEX_FILE,
      kind: 'file',
      content: JSON.stringify({ files: ['../../etc/passwd', 'README.md', 'old.yaml'] })
    }
    const entries: DirEntry[] = [index, { name: 'README.md', kind: 'file', content: 'x' }, { name: 'old.yaml', kind: 'file', content: 'y' }]
    const p = ok(input({ state: { ancestors: ['dir', 'dir'], entries } }))
    expect(p.deletes).toEqual(['clusters/prod/old.yaml'])
  })

  it('publishes into the repository root', () => {
    const p = ok(input({ dir: '.', state: { ancestors: [], entries: [] } }))
    expect(p.writes[0]?.path).toBe('clustersecretstore-s.yaml')
  })
})
