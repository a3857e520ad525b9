import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { normalizeRelease } from '../src/core/normalize.js'
import { renderReleases } from '../src/core/render/index.js'
import { GOLDEN_DIR, fixtureNames, renderFixture } from '../scripts/update-golden.js'
import { esoErrorsAll } from './helpers/eso-schema.js'

/**
 * Golden files: each fixture values file renders to exactly the committed
 * YAML. To accept an intended change: `npx tsx scripts/update-golden.ts`,
 * then review the diff of __tests__/golden/render/.
 */
const names = fixtureNames()

describe('render: golden files', () => {
  it('there is a golden file for every fixture (and fixtures exist)', () => {
    expect(names.length).toBeGreaterThanOrEqual(6)
  })

  it.each(names)('%s renders to its golden file, valid for ESO, readable by YAML 1.1 and 1.2', (name) => {
    const { resources, yaml } = renderFixture(name)
    expect(yaml).toBe(readFileSync(join(GOLDEN_DIR, name), 'utf8'))
    expect(esoErrorsAll(resources)).toEqual([])
    for (const version of ['1.1', '1.2'] as const) {
      const docs = parseAllDocuments(yaml, { version })
      expect(docs.flatMap((d) => d.errors)).toEqual([])
      expect(docs.map((d) => d.toJS())).toEqual(resources)
    }
  })

  it('the fixtures together cover every kind, store provider and auth mode', () => {
    const all = names.flatMap((n) => renderFixture(n).resources)
    const text = JSON.stringify(all)
    for (const needle of [
      '"authType":"ManagedIdentity"',
      '"authType":"ServicePrincipal"',
      '"authType":"WorkloadIdentity"',
      '"service":"SecretsManager"',
      '"service":"ParameterStore"',
      '"tokenSecretRef"',
      '"kubernetes":{',
      '"appRole"',
      '"conditions"',
      '"type":"kubernetes.io/tls"',
      '"type":"kubernetes.io/dockerconfigjson"',
      '"argocd.argoproj.io/secret-type":"cluster"',
      '"bearerToken"',
      '"argocd.argoproj.io/secret-type":"repo-creds"',
      '"grafana_alert":"true"',
      '"aws":{"service":"SecretsManager","region":"eu-central-1"}',
      '"dataFrom"',
      '"property"',
      '"operator":"In"',
      '"deletionPolicy":"Delete"',
      'external-secrets.io/v1beta1'
    ]) {
      expect(text, needle).toContain(needle)
    }
  })

  it('the examples render to ESO-valid resources, one store and one CES per entry', () => {
    const examples = readdirSync('examples')
      .filter((f) => f.endsWith('.yaml'))
      .sort()
    expect(examples).toEqual(expect.arrayContaining(['aws-values.yaml', 'azure-values.yaml', 'vault-values.yaml']))
    const releases = examples.map((f) => normalizeRelease(`examples/${f}`, parse(readFileSync(join('examples', f), 'utf8'))))
    const resources = renderReleases(releases)
    expect(esoErrorsAll(resources)).toEqual([])
    expect(resources).toHaveLength(releases.reduce((n, r) => n + r.stores.length + r.entries.length, 0))
  })
})
