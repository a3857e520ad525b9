import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseNamespaceInventory } from '../src/core/diff/inventory.js'
import { readBlockValues } from '../src/core/block-values.js'
import { LIMITS } from '../src/core/limits.js'
import { hasErrors, lintFiles } from '../src/core/lint/index.js'
import { lexerPrescan, prescan, provablyWithinPrescanLimits } from '../src/core/parse.js'
import type { Finding } from '../src/core/types.js'

/**
 * Hostile values files (issue 14 items 7 and 11, issue 8 item 9): every
 * dimension has a bound with a finding that names it, anchors are bounded by
 * what they produce, and a duplicate key neither hides other findings nor
 * goes unnamed.
 */

const lint = (text: string): { findings: Finding[]; releases: number } => {
  const r = lintFiles([{ name: 'values.yaml', text }])
  return { findings: r.findings, releases: r.releases.length }
}
const STORE =
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
  '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n'
const entry = (name: string, extra = ''): string =>
  `  - secret: ${name}\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: ${name}\n` +
  `    keyvaultsecretname: ${name}\n    namespacesecretkeyname: password\n${extra}`

describe('duplicate keys', () => {
  it('name the key and both lines, use the last value, and keep linting', () => {
    const text = `${STORE}externalsecrets:\n${entry('db', '    secret: db2\n')}${entry('cache', '    namespaceselector: {a: b}\n')}`
    const { findings, releases } = lint(text)
    const dup = findings.find((f) => f.rule === 'yaml-duplicate-key')
    expect(dup).toMatchObject({ line: 13, column: 5, severity: 'error' })
    expect(dup?.message).toContain('duplicate key "secret" (lines 7 and 13)')
    expect(dup?.message).toContain('uses the last one (line 13)')
    // The other findings of the file are still there: the typo in the second entry, and the last value of "secret".
    expect(findings.map((f) => f.rule)).toContain('unknown-key')
    expect(releases).toBe(1)
    expect(lintFiles([{ name: 'v.yaml', text }]).releases[0]?.entries[0]?.name).toBe('db2')
  })

  it('are found when they differ only by how they are written ("1" and 1)', () => {
    const { findings } = lint(`${STORE}externalsecrets:\n${entry('db', '    labels:\n      "1": a\n      1: b\n')}`)
    const dup = findings.find((f) => f.rule === 'yaml-duplicate-key')
    expect(dup?.message).toContain('duplicate key "1" (lines 14 and 15) (written "1" and 1, which read as the same key)')
    expect(hasErrors(findings)).toBe(true)
  })

  it('a key merged with << and then set explicitly is not a duplicate', () => {
    const { findings } = lint(`${STORE}defaults: &d {refreshTime: 1m}\nexternalsecrets:\n  - <<: *d\n${entry('db').slice(4)}`)
    expect(findings.filter((f) => f.rule === 'yaml-duplicate-key')).toEqual([])
  })
})

describe('anchors are bounded by what they produce, not by how often they are used', () => {
  it('101 entries that merge one shared block lint clean', () => {
    const lines = [
      STORE.trimEnd(),
      'x-common: &common',
      '  clustersecstore: kv',
      '  keyvaultsecretname: shared',
      '  namespacesecretkeyname: value'
    ]
    lines.push('externalsecrets:')
    for (let i = 0; i < 101; i++)
      lines.push(`  - <<: *common`, `    secret: s${i}`, `    namespace: ns${i}`, `    namespacesecretname: s${i}`)
    // x-common is not a values key: one unknown-key error, nothing about aliases.
    const { findings, releases } = lint(`${lines.join('\n')}\n`)
    expect(findings.map((f) => f.rule)).toEqual(['unknown-key'])
    expect(releases).toBe(1)
  })

  it('a bomb is refused at the alias that crosses the bound', () => {
    const row = (name: string, item: string): string => `${name}[${Array(32).fill(item).join(', ')}]`
    const text = [row('a: &a ', 'x'), row('b: &b ', '*a'), row('c: &c ', '*b'), row('d: ', '*c')].join('\n') + '\n'
    const { findings } = lint(text)
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'yaml-alias-bomb', line: 4, column: 117, message: expect.stringContaining('the alias *c') })
    ])
  })

  it('an alias inside the node it names is refused, not followed forever', () => {
    expect(lint('a: &x [1, *x]\n').findings).toEqual([
      expect.objectContaining({ rule: 'yaml-alias-bomb', line: 1, column: 11, message: 'the alias *x refers to a node that contains it' })
    ])
  })

  it('an alias without an anchor is a syntax error with its place', () => {
    expect(lint('a: 1\nb: *nope\n').findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 2, column: 4 })])
  })
})

describe('every dimension has a bound that names itself', () => {
  const over = (text: string): Finding | undefined => lint(text).findings.find((f) => f.rule === 'limit-exceeded')

  it('keys of one mapping', () => {
    const keys = Array.from({ length: LIMITS.keysPerMapping + 1 }, (_, i) => `  k${i}: v`)
    expect(over(`x:\n${keys.join('\n')}\n`)).toMatchObject({
      line: LIMITS.keysPerMapping + 2,
      column: 3,
      message: 'a mapping of more than 1,000 keys (limit)'
    })
  })

  it('keys of one mapping, counting those its merge keys bring in', () => {
    const half = (name: string): string =>
      `${name}: &${name}\n${Array.from({ length: LIMITS.keysPerMapping / 2 + 1 }, (_, i) => `  ${name}${i}: v`).join('\n')}\n`
    const text = `${half('a')}${half('b')}x:\n  own: v\n  <<: [*a, *b]\n`
    expect(over(text)).toMatchObject({
      line: 2 * (LIMITS.keysPerMapping / 2 + 2) + 3,
      column: 3,
      message: 'a mapping of more than 1,000 keys (limit), counting the keys its merge keys (<<) bring in'
    })
    // Merged first, then one own key too many.
    const full = `a: &a\n${Array.from({ length: LIMITS.keysPerMapping }, (_, i) => `  a${i}: v`).join('\n')}\n`
    expect(over(`${full}x:\n  <<: *a\n  own: v\n`)).toMatchObject({
      line: LIMITS.keysPerMapping + 4,
      column: 3,
      message: 'a mapping of more than 1,000 keys (limit), counting the keys its merge keys (<<) bring in'
    })
  })

  it('items of one list', () => {
    const text = `x: [${Array(LIMITS.itemsPerList + 1)
      .fill('a')
      .join(',')}]\n`
    expect(over(text)?.message).toBe('a list of more than 20,000 items (limit)')
  })

  it('length of a string and of a key', () => {
    const long = 'a'.repeat(LIMITS.stringLength + 1)
    expect(over(`x: ${long}\n`)).toMatchObject({ line: 1, column: 4, message: 'a string of 16,385 characters (limit 16,384)' })
    // A plain key is at most 1,024 characters in YAML; an explicit key (?) is not.
    expect(over(`? ${long}\n: x\n`)?.message).toBe('a key of 16,385 characters (limit 16,384)')
  })

  it('nesting, in flow and in block style, without a stack overflow', () => {
    expect(over(`x: ${'['.repeat(65)}${']'.repeat(65)}\n`)?.message).toBe('values are nested deeper than 64 levels (limit)')
    expect(over(`x:\n${'- '.repeat(65)}a\n`)?.message).toBe('values are nested deeper than 64 levels (limit)')
    expect(over(`x:\n${'- '.repeat(50_000)}a\n`)?.message).toBe('values are nested deeper than 64 levels (limit)')
    expect(over(`x: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`)?.message).toBe('values are nested deeper than 64 levels (limit)')
  })

  it('nodes of the file, counted before any tree is built', () => {
    const lists = Array.from({ length: 13 }, (_, i) => `l${i}: [${Array(19_300).fill('a').join(',')}]`)
    expect(over(`${lists.join('\n')}\n`)?.message).toBe('the file has more than 250,000 YAML nodes (limit)')
  })

  it('nodes of a block-style file, which the line reader stops reading at the limit', () => {
    const lists = Array.from({ length: 13 }, (_, i) => `l${i}:\n${'  - a\n'.repeat(9_700)}`)
    expect(readBlockValues(lists.join(''), LIMITS.nodes)).toBeUndefined()
    expect(readBlockValues(lists.join(''))?.nodes).toBe(13 + 13 * 9_700 * 2)
    expect(over(lists.join(''))).toMatchObject({ line: 125_007, column: 5, message: 'the file has more than 250,000 YAML nodes (limit)' })
  })

  it('size of the file', () => {
    expect(over(`# ${'x'.repeat(LIMITS.fileBytes)}\n`)?.message).toContain('larger than 16777216 bytes')
  })

  it('labels of one entry', () => {
    const labels = Array.from({ length: LIMITS.labels + 1 }, (_, i) => `      l${i}: v`).join('\n')
    const f = over(`${STORE}externalsecrets:\n${entry('db', `    labels:\n${labels}\n`)}`)
    expect(f).toMatchObject({ line: 14 + LIMITS.labels, column: 7 })
    expect(f?.message).toContain('101 labels (limit 100)')
  })

  it('a file at every limit at once lints without any limit finding', () => {
    const parts = [
      `deep: ${'['.repeat(63)}${']'.repeat(63)}`,
      `long: ${'a'.repeat(LIMITS.stringLength)}`,
      `wide:\n${Array.from({ length: LIMITS.keysPerMapping }, (_, i) => `  k${i}: v`).join('\n')}`,
      `list: [${Array(LIMITS.itemsPerList).fill('a').join(',')}]`
    ]
    const { findings } = lint(`${parts.join('\n')}\n`)
    expect(findings.filter((f) => f.rule === 'limit-exceeded' || f.rule.startsWith('yaml'))).toEqual([])
  })
})

describe('the node and nesting count skips the lexer only where it could find nothing', () => {
  /** Pieces of YAML that make the lexer count: indicators, scalars of every style, aliases, flow and block collections, and junk. */
  const piece = fc.constantFrom(
    ...['-', '- ', '-:', '-x', ':', ': ', ':x', ',', '[', ']', '{', '}', '?', '? ', '|', '>', '|-', '*a', '*', '&a ', '!t ', '#c'],
    ...[' ', '\n', '\r\n', '\r', '\t', 'a', 'b c', '"q"', "'s'", '"', "'", '---', '...', '%Y', '\ufeff', '.', '&', '!']
  )
  const text = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
    fc.string({ unit: fc.constantFrom(...'-:,[]{}?|>*&!# \n\ra\'"'), maxLength: 30 })
  )
  const opens = (t: string): number => [...t].filter((c) => c === '[' || c === '{').length

  it('the lexer never counts more nodes than characters, nor nests deeper than the brackets (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(lexerPrescan(t, { nodes: t.length, depth: opens(t) })).toBeNull()
      }),
      { numRuns: 20_000 }
    )
  })

  it('with the limits of a run, the shortcut and the lexer agree (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 }), (t, nodes, depth) => {
        expect(prescan(t, { nodes, depth })).toEqual(lexerPrescan(t, { nodes, depth }))
      }),
      { numRuns: 5_000 }
    )
  })

  it('the shortcut takes a small file without brackets, and leaves a long one or a bracketed one to the lexer', () => {
    expect(provablyWithinPrescanLimits('a: 1\n'.repeat(1000), LIMITS)).toBe(true)
    expect(provablyWithinPrescanLimits(`l: [${'a,'.repeat(LIMITS.nodes / 2)}a]\n`, LIMITS)).toBe(false)
    expect(provablyWithinPrescanLimits(`x: ${'['.repeat(LIMITS.depth + 1)}${']'.repeat(LIMITS.depth + 1)}\n`, LIMITS)).toBe(false)
    expect(provablyWithinPrescanLimits(`x: ${'['.repeat(LIMITS.depth)}${']'.repeat(LIMITS.depth)}\n`, LIMITS)).toBe(true)
  })
})

describe('parser messages never repeat unbounded source text', () => {
  it('a long unexpected token is cut', () => {
    const secret = `AUTHORIZATION: basic ${'A'.repeat(200)}`
    const { findings } = lint(`[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = ${secret}\n`)
    for (const f of findings) expect(f.message.length).toBeLessThanOrEqual(200)
    expect(findings.some((f) => f.message.includes('A'.repeat(61)))).toBe(false)
  })

  it('a file a shell refused is a finding that never looks at its text', () => {
    const r = lintFiles([
      { name: 'values/x.yaml', text: 'token: ghs_secret', refused: { rule: 'unsafe-file', reason: 'values/x.yaml is a link' } }
    ])
    expect(r.findings).toEqual([
      { file: 'values/x.yaml', line: 1, column: 1, severity: 'error', rule: 'unsafe-file', message: 'values/x.yaml is a link' }
    ])
  })
})

describe('the namespaces file has the same bounds', () => {
  it('a list past the node limit is one finding, before any tree is built', () => {
    const r = parseNamespaceInventory(
      `[${Array(LIMITS.nodes + 1)
        .fill('a')
        .join(',')}]\n`,
      'ns.yaml'
    )
    expect(r.inventory).toBeNull()
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'namespaces-file', message: 'the file has more than 250,000 YAML nodes (limit)' })
    ])
  })
})
