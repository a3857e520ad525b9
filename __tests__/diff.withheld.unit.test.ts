import { describe, expect, it } from 'vitest'
import { diffSides, diffToJson } from '../src/core/diff/index.js'
import { lintFiles } from '../src/core/lint/index.js'
import type { SourceFile } from '../src/core/types.js'
import { entry, single, STORE } from './fixtures/diff/build.js'

/** What lint hands the diff for some values files. */
const side = (...files: SourceFile[]) => lintFiles(files)
const file = (name: string, ...entries: Array<Record<string, unknown>>): SourceFile => ({
  name,
  text: `${STORE}externalsecrets:\n${entries.map(entry).join('')}`
})

describe('entries with lint errors are left out of the comparison', () => {
  it('a new entry with a typo is not described as added', () => {
    const base = side(file('v.yaml', single()))
    const head = side(file('v.yaml', single(), single({ secret: 'api', namespacesecretname: 'api', propery: 'token' })))
    const d = diffSides(base, head)
    expect(d.secrets).toEqual([])
    expect(d.invalid).toEqual([
      {
        side: 'head',
        file: 'v.yaml',
        line: 19,
        column: 5,
        scope: 'entry',
        externalSecret: 'api',
        store: null,
        index: 1,
        rule: 'unknown-key',
        message: 'externalsecrets[1] ("api"): unknown key "propery"; did you mean "property"?'
      }
    ])
  })

  it('an existing entry with an error is neither changed nor removed: its base counterpart is withheld by name', () => {
    const base = side(file('v.yaml', single(), single({ secret: 'api', namespacesecretname: 'api', namespace: 'x' })))
    // The broken entry even moved: without withholding, x/api would show up as removed and y/api as added.
    const head = side(
      file(
        'v.yaml',
        single({ keyvaultsecretname: 'new' }),
        single({ secret: 'api', namespacesecretname: 'api', namespace: 'y', propery: 1 })
      )
    )
    const d = diffSides(base, head)
    expect(d.secrets.map((s) => [s.namespace, s.name, s.change])).toEqual([['app', 'db', 'changed']])
    expect(d.invalid.map((i) => [i.side, i.externalSecret])).toEqual([['head', 'api']])
    expect(JSON.parse(diffToJson(d)).secrets.map((s: { name: string }) => s.name)).toEqual(['db'])
  })

  it('an entry whose name is broken is still withheld itself', () => {
    const head = side(file('v.yaml', single({ secret: 'Not_A_Name' })))
    const d = diffSides(side(), head)
    expect(d.secrets).toEqual([])
    expect(d.invalid.map((i) => [i.scope, i.index, i.rule])).toEqual([['entry', 0, 'invalid-resource-name']])
  })

  it('two entries with one ClusterExternalSecret name are both withheld', () => {
    const head = side(file('v.yaml', single(), single({ namespacesecretname: 'other' })))
    const d = diffSides(side(), head)
    expect(d.secrets).toEqual([])
    expect(d.invalid.map((i) => [i.externalSecret, i.rule])).toEqual([['db', 'duplicate-name']])
  })

  it('a file that does not parse withholds its whole comparison, and the names its base version defines', () => {
    const entriesOnly = (name: string, ...entries: Array<Record<string, unknown>>): SourceFile => ({
      name,
      text: `externalsecrets:\n${entries.map(entry).join('')}`
    })
    const base = side(file('a.yaml', single()), entriesOnly('b.yaml', single({ secret: 'b1', namespace: 'b' })))
    const broken: SourceFile = { name: 'b.yaml', text: `externalsecrets:\n  - secret: b1\n   namespace: b\n` }
    // b1 also appears in a.yaml of head (moved between files): it must not show up as added.
    const head = side(file('a.yaml', single({ keyvaultsecretname: 'v2' }), single({ secret: 'b1', namespace: 'b2' })), broken)
    const d = diffSides(base, head)
    expect(d.secrets.map((s) => [s.namespace, s.name, s.change])).toEqual([['app', 'db', 'changed']])
    expect(d.stores).toEqual([])
    expect(d.invalid.map((i) => [i.side, i.file, i.scope, i.rule])).toEqual([['head', 'b.yaml', 'file', 'yaml-syntax']])
  })

  it('an error outside any entry (a misspelt top-level key) withholds the file instead of reporting everything removed', () => {
    const base = side(file('v.yaml', single()))
    const head = side({ name: 'v.yaml', text: `${STORE}externalsecret:\n${entry(single())}` })
    const d = diffSides(base, head)
    expect(d.secrets).toEqual([])
    expect(d.invalid.map((i) => [i.scope, i.rule])).toEqual([['file', 'unknown-key']])
  })

  it('a store with an error is not compared; the Secrets reading from it are', () => {
    const base = side(file('v.yaml', single()))
    const badStore = STORE.replace('https://kv-main.vault.azure.net', 'not a url')
    const head = side({ name: 'v.yaml', text: `${badStore}externalsecrets:\n${entry(single({ keyvaultsecretname: 'v2' }))}` })
    const d = diffSides(base, head)
    expect(d.stores).toEqual([])
    expect(d.secrets.map((s) => [s.name, s.change])).toEqual([['db', 'changed']])
    expect(d.invalid.map((i) => [i.scope, i.store, i.rule])).toEqual([['store', 'kv', 'invalid-url']])
  })

  it('an entry broken in the base is withheld on both sides (its description would be a guess)', () => {
    const base = side(file('v.yaml', single({ propery: 'x' })))
    const head = side(file('v.yaml', single({ property: 'x' })))
    const d = diffSides(base, head)
    expect(d.secrets).toEqual([])
    expect(d.invalid.map((i) => [i.side, i.externalSecret])).toEqual([['base', 'db']])
  })

  it('warnings withhold nothing', () => {
    const head = side(file('v.yaml', single({ keyvaultsecretname: 'TODO' })))
    expect(head.findings.map((f) => f.severity)).toEqual(['warning'])
    expect(diffSides(side(), head).secrets.map((s) => s.change)).toEqual(['added'])
  })
})
