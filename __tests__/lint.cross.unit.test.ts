import { describe, expect, it } from 'vitest'
import { lintFiles } from '../src/core/lint/index.js'

const store = (name: string): string =>
  `clustersecretstore:\n  name: ${name}\n  azurekv:\n    vaulturl: https://kv-main.vault.azure.net\n    identityid: abc\n`
const entry = (secret: string, opts: { store?: string; ns?: string; name?: string; extra?: string } = {}): string =>
  `  - secret: ${secret}\n    clustersecstore: ${opts.store ?? 'kv'}\n    ` +
  `${opts.ns ?? 'namespace: payments'}\n    namespacesecretname: ${opts.name ?? secret}\n    ` +
  `keyvaultsecretname: r\n    namespacesecretkeyname: k\n${opts.extra ?? ''}`
const file = (name: string, storeName: string | null, ...entries: string[]): { name: string; text: string } => ({
  name,
  text: `${storeName === null ? '' : store(storeName)}externalsecrets:\n${entries.join('')}`
})

describe('across files', () => {
  it('duplicate store names across files name both places', () => {
    const r = lintFiles([file('a.yaml', 'kv'), file('b.yaml', 'kv')])
    expect(r.findings).toEqual([
      {
        file: 'b.yaml',
        line: 2,
        column: 9,
        severity: 'error',
        rule: 'duplicate-store',
        message:
          'clustersecretstore ("kv"): ClusterSecretStore name "kv" is already used by ' +
          'clustersecretstore ("kv") at a.yaml:2:9; store names are cluster-wide, rename one'
      }
    ])
  })

  it('two files without store names collide on the default name', () => {
    const noName = 'clustersecretstore:\n  azurekv:\n    vaulturl: https://kv-main.vault.azure.net\n    identityid: abc\n'
    const r = lintFiles([
      { name: 'a.yaml', text: noName },
      { name: 'b.yaml', text: noName }
    ])
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.rule])).toEqual([['b.yaml', 1, 1, 'duplicate-store']])
    expect(r.findings[0]?.message).toContain(
      '"cluster-azure-backend" (the default name, as "name" is not set) is already used by clustersecretstore at a.yaml:1:1'
    )
  })

  it('duplicate ClusterExternalSecret names across files', () => {
    const r = lintFiles([file('a.yaml', 'kv', entry('db')), file('b.yaml', null, entry('db', { ns: 'namespace: other' }))])
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.rule])).toEqual([['b.yaml', 2, 13, 'duplicate-name']])
    expect(r.findings[0]?.message).toContain('already used by externalsecrets[0] ("db") at a.yaml:7:13')
  })

  it('an entry may use a store from another file; a store nobody defines warns', () => {
    expect(lintFiles([file('a.yaml', 'kv'), file('b.yaml', null, entry('db'))]).findings).toEqual([])
    const r = lintFiles([file('b.yaml', null, entry('db', { store: 'vault-prod' }))])
    expect(r.findings).toEqual([
      {
        file: 'b.yaml',
        line: 3,
        column: 22,
        severity: 'warning',
        rule: 'unknown-store',
        message:
          'externalsecrets[0] ("db"): store "vault-prod" is not defined in any of the given files ' +
          '(fine if another release installs it; otherwise add it to clustersecretstore)'
      }
    ])
  })

  it('"did you mean" for store names has a budget: past 200,000 comparisons a new name gets no guess, a repeated one keeps its own', () => {
    const id = (i: number): string => String(i).padStart(4, '0')
    const stores = Array.from(
      { length: 1000 },
      (_, i) => `  - name: store-${id(i)}\n    azurekv:\n      vaulturl: https://kv-main.vault.azure.net\n      identityid: abc\n`
    )
    // Entries 0 to 249 each miss a different store by one letter; entry 250 repeats the typo of entry 0.
    const typos = [...Array.from({ length: 250 }, (_, i) => `stor-${id(i)}`), 'stor-0000']
    const text = `clustersecretstores:\n${stores.join('')}externalsecrets:\n${typos.map((t, i) => entry(`e${i}`, { store: t })).join('')}`
    const messages = lintFiles([{ name: 'v.yaml', text }])
      .findings.filter((f) => f.rule === 'unknown-store')
      .map((f) => f.message)
    expect(messages).toHaveLength(251)
    const guessed = messages.map((m) => m.includes('did you mean'))
    // 1,000 stores a name: 200 names fit in the budget.
    expect(guessed.slice(0, 200).every(Boolean)).toBe(true)
    expect(guessed.slice(200, 250).some(Boolean)).toBe(false)
    expect(messages[200]).toContain('(fine if another release installs it; otherwise add it to clustersecretstore)')
    expect(messages[250]).toContain('did you mean "store-0000"?')
  })

  it('the same Secret in the same namespace from two entries', () => {
    const r = lintFiles([
      file('a.yaml', 'kv', entry('one', { name: 'shared' })),
      file('b.yaml', null, entry('two', { name: 'shared', ns: 'namespaces: [billing, payments]' }))
    ])
    expect(r.findings.map((f) => [f.file, f.line, f.rule])).toEqual([['b.yaml', 5, 'duplicate-secret']])
    expect(r.findings[0]?.message).toContain(
      'Secret "shared" in namespace "payments" is also created by externalsecrets[0] ("one") at a.yaml:10:26'
    )
  })

  it('different namespaces, or a Merge on either side, are fine', () => {
    expect(
      lintFiles([file('a.yaml', 'kv', entry('one', { name: 's' }), entry('two', { name: 's', ns: 'namespace: other' }))]).findings
    ).toEqual([])
    expect(
      lintFiles([file('a.yaml', 'kv', entry('one', { name: 's' }), entry('two', { name: 's', extra: '    creationPolicy: Merge\n' }))])
        .findings
    ).toEqual([])
  })

  it('selectors compare by their normalized text', () => {
    const a = entry('one', { name: 's', ns: 'namespaceSelector: {team: a}' })
    const b = entry('two', { name: 's', ns: 'namespaceSelector: {matchLabels: {team: a}}' })
    const c = entry('three', { name: 's', ns: 'namespaceSelector: {team: b}' })
    expect(lintFiles([file('a.yaml', 'kv', a, b, c)]).findings.map((f) => f.rule)).toEqual(['duplicate-secret'])
  })

  it('findings are sorted by file in input order, then line and column', () => {
    const r = lintFiles([
      { name: 'z.yaml', text: 'nope: 1\n' },
      { name: 'a.yaml', text: 'externalsecret: 1\nx: 2\n' }
    ])
    expect(r.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['z.yaml:1', 'a.yaml:1', 'a.yaml:2'])
  })

  it('releases: one per file that parsed to a mapping, in order', () => {
    const r = lintFiles([
      file('a.yaml', 'kv', entry('db')),
      { name: 'bad.yaml', text: '[' },
      { name: 'list.yaml', text: '- 1\n' },
      file('b.yaml', 'kv2')
    ])
    expect(r.releases.map((x) => x.file)).toEqual(['a.yaml', 'b.yaml'])
    expect(r.releases[0]?.entries[0]).toMatchObject({ name: 'db', store: 'kv', kind: 'single' })
  })

  it('scales linearly: 2,000 entries with unique names lint quickly and cleanly', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => entry(`e${i}`, { ns: `namespace: ns-${i % 50}` })).join('')
    const t = performance.now()
    const r = lintFiles([file('big.yaml', 'kv', entries)])
    expect(r.findings).toEqual([])
    expect(performance.now() - t).toBeLessThan(10_000)
  })
})

describe('entries against the store they read from (in any file)', () => {
  const awsStore = (service: string): string =>
    `clustersecretstore:\n  name: kv\n  providerType: aws\n  aws:\n    service: ${service}\n  ` +
    `  auth: {serviceAccountName: eso, serviceAccountNamespace: eso}\n`
  const one = (storeText: string, e: string): string[] =>
    lintFiles([
      { name: 's.yaml', text: storeText },
      { name: 'e.yaml', text: `externalsecrets:\n${e}` }
    ]).findings.map((f) => `${f.file}:${f.line}:${f.rule}`)

  it('remote names the provider cannot hold', () => {
    expect(one(store('kv'), entry('db').replace('keyvaultsecretname: r', 'keyvaultsecretname: secret/db-pass'))).toEqual([])
    expect(one(store('kv'), entry('db').replace('keyvaultsecretname: r', 'keyvaultsecretname: db.pass'))).toEqual(['e.yaml:6:remote-name'])
    expect(
      one(
        store('kv'),
        entry('db')
          .replace('keyvaultsecretname: r', `keyvaultsecretname: ${'a'.repeat(125)}`)
          .replace('    namespacesecretkeyname: k\n', '    type: kubernetes.io/tls\n')
      )
    ).toEqual(['e.yaml:6:remote-name'])
    expect(one(awsStore('SecretsManager'), entry('db').replace('keyvaultsecretname: r', 'keyvaultsecretname: prod/db@main'))).toEqual([])
    expect(one(awsStore('ParameterStore'), entry('db').replace('keyvaultsecretname: r', 'keyvaultsecretname: prod/db@main'))).toEqual([
      'e.yaml:6:remote-name'
    ])
  })

  it('store conditions: named namespaces and regexes are judged, selectors are not', () => {
    const limited = `${store('kv')}  conditions:\n    - namespaces: [payments]\n    - namespaceRegexes: ['^team-']\n`
    expect(one(limited, entry('a') + entry('b', { ns: 'namespaces: [team-x, payments]' }))).toEqual([])
    expect(one(limited, entry('c', { ns: 'namespaces: [web, team-y, api]' }))).toEqual(['e.yaml:3:store-conditions'])
    expect(
      lintFiles([
        { name: 's.yaml', text: limited },
        { name: 'e.yaml', text: `externalsecrets:\n${entry('c', { ns: 'namespaces: [web, team-y, api]' })}` }
      ]).findings[0]?.message
    ).toBe(
      'externalsecrets[0] ("c"): store "kv" may not be used from namespaces "api", "web": its ' +
        'conditions allow only payments, /^team-/; ESO will not sync there. Add the namespace to ' +
        "the store's conditions or use another store"
    )
    expect(one(limited, entry('d', { ns: 'namespaceSelector: {team: a}' }))).toEqual([])
    expect(one(`${limited}    - namespaceSelector: {matchLabels: {eso: 'on'}}\n`, entry('e', { ns: 'namespace: web' }))).toEqual([])
  })
})
