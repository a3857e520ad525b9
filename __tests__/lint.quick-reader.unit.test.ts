import fc from 'fast-check'
import { dump } from 'js-yaml'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { lexerPrescan, parseValuesFile } from '../src/core/parse.js'
import { readBlockValues } from '../src/core/block-values.js'
import { readPlainValues } from '../src/core/plain-values.js'
import { chartValuesYaml } from '../bench/chart-values.mjs'

/**
 * parse.ts reads values files with js-yaml (plain-values.ts) and builds the
 * `yaml` Document only when a position is needed. These tests hold the quick
 * reader to the Document path: whatever it accepts, the Document path reads
 * to the same value without a finding; everything else it declines.
 */

/** Same value, told apart the way JavaScript would: -0 is not 0, prototypes and key order count. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b)
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const ka = Reflect.ownKeys(a)
  const kb = Reflect.ownKeys(b)
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue(Reflect.get(a, k), Reflect.get(b, k)))
}

/** Checks one text; true when the quick reader (or, with `reader`, that one reader) took it. */
function agrees(text: string, reader: (text: string) => { value: unknown } | undefined = readPlainValues): boolean {
  const quick = reader(text)
  if (quick === undefined) return false
  const full = parseValuesFile({ name: 'v.yaml', text }, 'document')
  expect(full.findings, text).toEqual([])
  expect(sameValue(quick.value, full.value), `${text}\nquick: ${JSON.stringify(quick.value)}\nfull: ${JSON.stringify(full.value)}`).toBe(
    true
  )
  return true
}

/** Scalars every YAML reader has an opinion on. */
const SCALARS = [
  'x',
  'payments-api',
  'https://kv.vault.azure.net',
  '5m',
  'on',
  'yes',
  'Y',
  '0755',
  '0x1F',
  '0X1F',
  '0o17',
  '0b101',
  '1e400',
  '1e3',
  '1_000',
  '.inf',
  '-.Inf',
  '.NaN',
  '12:30',
  '2001-12-14',
  '+1',
  '-0',
  '0',
  '007',
  '1.5',
  '1.',
  '123456789012345',
  '1234567890123456789',
  'true',
  'True',
  'tRUE',
  'false',
  'null',
  'NULL',
  'nULL',
  '~',
  '""',
  "''",
  '"a\\nb"',
  '"\\u00e9\\x41\\t"',
  '"\\N\\_\\L\\P"',
  "'it''s'",
  '"{{ .x }}"',
  'a: b',
  'a #b',
  'a#b',
  '-x',
  '?x',
  ':x',
  'é',
  '😀',
  '__proto__',
  'constructor',
  '<<'
]

describe('the quick reader agrees with the Document path', () => {
  it('on text made of YAML tokens, valid or not (property)', () => {
    const token = fc.constantFrom(
      ...SCALARS,
      ': ',
      ':',
      '\n',
      '\n  ',
      '\n    ',
      '- ',
      '\n- ',
      '\n  - ',
      ', ',
      '[',
      ']',
      '{',
      '}',
      ' #c',
      '#',
      '\t',
      ' ',
      '? ',
      '&a ',
      '*a',
      '!!str ',
      '!!int ',
      '!foo ',
      '! ',
      '%YAML 1.1\n---\n',
      '---\n',
      '...\n',
      '|\n  x\n   y\n',
      '>-\n  a\n\n  b\n',
      '|+\n  k\n\n',
      '"multi\n  line"',
      'plain\n  continued',
      '\r\n',
      '\r',
      '\ufeff',
      '\u0085',
      '\u2028',
      '\u00a0'
    )
    // Block mappings and lists nested like a values file's, with raw scalar text (or a few tokens) as leaves; or tokens alone.
    type Block = string | { map: Array<[string, Block]> } | { seq: Block[] }
    const key = fc.oneof({ arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9_.-]{0,8}$/), weight: 3 }, fc.constantFrom(...SCALARS))
    const leaf = fc.oneof(
      { arbitrary: fc.constantFrom(...SCALARS), weight: 4 },
      { arbitrary: fc.array(token, { maxLength: 4 }).map((t) => t.join('')), weight: 1 }
    )
    const { map } = fc.letrec<{ block: Block; map: { map: Array<[string, Block]> }; seq: { seq: Block[] } }>((tie) => ({
      block: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('map'), tie('seq')),
      map: fc.array(fc.tuple(key, tie('block')), { minLength: 1, maxLength: 4 }).map((pairs) => ({ map: pairs })),
      seq: fc.array(tie('block'), { minLength: 1, maxLength: 4 }).map((items) => ({ seq: items }))
    }))
    const write = (b: Block, indent: string): string => {
      if (typeof b === 'string') return ` ${b}\n`
      if ('map' in b) return '\n' + b.map.map(([k, v]) => `${indent}${k}:${write(v, indent + '  ')}`).join('')
      return '\n' + b.seq.map((v) => `${indent}-${write(v, indent + '  ')}`).join('')
    }
    const texts = fc.oneof(
      map.map((m) => write(m, '').slice(1)),
      fc.array(token, { maxLength: 24 }).map((parts) => parts.join(''))
    )
    let accepted = 0
    fc.assert(
      fc.property(texts, (text) => {
        agrees(text, readBlockValues)
        if (agrees(text)) accepted++
      }),
      { numRuns: 4000 }
    )
    // Not vacuous: a good share of these texts are valid YAML the quick reader takes.
    expect(accepted).toBeGreaterThan(200)
  })

  /** Any tree of values, keys included, built from the scalars above and arbitrary strings. */
  const text = fc.oneof(fc.constantFrom(...SCALARS.map((s) => s.replace(/^["']|["']$/g, ''))), fc.string({ maxLength: 10 }))
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('tree'), { maxLength: 4 }),
      fc.dictionary(text, tie('tree'), { maxKeys: 4 })
    )
  }))

  it('on values written by two serializers in their styles: block and flow, every quoting style (property)', () => {
    const style = fc.record({
      flow: fc.boolean(),
      quote: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      indent: fc.constantFrom(2, 4),
      jsYaml: fc.boolean(),
      indentSeq: fc.boolean()
    })
    let accepted = 0
    fc.assert(
      fc.property(fc.dictionary(text, tree, { minKeys: 1, maxKeys: 5 }), style, (value, s) => {
        const out = s.jsYaml
          ? dump(value, { indent: s.indent, flowLevel: s.flow ? 0 : -1, forceQuotes: s.quote !== 'PLAIN', lineWidth: 20 })
          : stringify(value, {
              indent: s.indent,
              collectionStyle: s.flow ? 'flow' : 'block',
              defaultStringType: s.quote as 'PLAIN',
              defaultKeyType: 'PLAIN',
              indentSeq: s.indentSeq,
              lineWidth: 20,
              minContentWidth: 0
            })
        agrees(out, readBlockValues)
        if (agrees(out)) accepted++
      }),
      { numRuns: 3000 }
    )
    expect(accepted).toBeGreaterThan(1000)
  })
})

describe('the line reader (block-values.ts) agrees with the Document path', () => {
  /** Keys as people write them, and keys every YAML reader has an opinion on. */
  const key = fc.oneof(
    { arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9_./-]{0,12}$/), weight: 12 },
    { arbitrary: fc.constantFrom(...SCALARS, '...', '..x', '-', '1', 'a b', 'x:y', 'NULL', 'False', '0o7', '.5', '/x'), weight: 2 },
    { arbitrary: fc.string({ maxLength: 6 }).map((k) => `'${k.replaceAll("'", "''")}'`), weight: 1 },
    { arbitrary: fc.string({ maxLength: 6 }).map((k) => `"${k}"`), weight: 1 }
  )
  /** Values as written: plain words, the scalars above, any text raw or in either quoting, with a comment or trailing spaces. */
  const value = fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.stringMatching(/^[a-z][a-z0-9./:-]{0,16}$/), weight: 8 },
        { arbitrary: fc.constantFrom(...SCALARS, '-1', '--x', 'a,b', 'a[0]', '{x}', "it's", 'x #', 'x  # c: d', '~'), weight: 4 },
        { arbitrary: fc.string({ maxLength: 8 }), weight: 2 },
        { arbitrary: fc.string({ maxLength: 4, unit: 'binary' }), weight: 1 },
        { arbitrary: fc.string({ maxLength: 8 }).map((v) => `'${v.replaceAll("'", "''")}'`), weight: 1 },
        { arbitrary: fc.string({ maxLength: 4, unit: 'binary' }).map((v) => `'${v.replaceAll("'", "''")}'`), weight: 1 },
        { arbitrary: fc.string({ maxLength: 8 }).map((v) => `"${v}"`), weight: 1 }
      ),
      fc.constantFrom('', '', '', '', '', '', ' ', '  # note', ' #: x', '#x')
    )
    .map(([v, tail]) => v + tail)
  type Tree = { value: string } | { map: Array<[string, Tree]> } | { seq: Tree[] }
  const { tree } = fc.letrec<{ tree: Tree; map: { map: Array<[string, Tree]> }; seq: { seq: Tree[] } }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      value.map((v) => ({ value: v })),
      tie('map'),
      tie('seq')
    ),
    map: fc.array(fc.tuple(key, tie('tree')), { minLength: 0, maxLength: 4 }).map((pairs) => ({ map: pairs })),
    seq: fc.array(tie('tree'), { minLength: 0, maxLength: 4 }).map((items) => ({ seq: items }))
  }))
  /** How the tree is written: indentation, lists under or beside their key, mappings on the item's line or below, noise lines. */
  const layout = fc.record({
    step: fc.constantFrom(1, 2, 2, 4),
    besideKey: fc.boolean(),
    compactItems: fc.boolean(),
    afterColon: fc.constantFrom(' ', ' ', '  '),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    noise: fc.array(fc.constantFrom('', '   ', '# c', '    # deeper comment', '  #', ' '), { maxLength: 3 }),
    noiseEvery: fc.integer({ min: 2, max: 7 })
  })
  type Layout = typeof layout extends fc.Arbitrary<infer L> ? L : never

  function write(root: { map: Array<[string, Tree]> }, l: Layout): string {
    const lines: string[] = []
    const pad = (n: number): string => ' '.repeat(n)
    const writeValue = (prefix: string, t: Tree, indent: number, isKey: boolean): void => {
      if ('value' in t) return void lines.push(`${prefix}${isKey ? l.afterColon : ''}${t.value}`)
      if ('map' in t) {
        if (t.map.length === 0) return void lines.push(prefix)
        lines.push(prefix)
        return writeMap(t.map, indent + l.step)
      }
      if (t.seq.length === 0) return void lines.push(prefix)
      lines.push(prefix)
      writeSeq(t.seq, isKey && l.besideKey ? indent : indent + l.step)
    }
    const writeMap = (pairs: Array<[string, Tree]>, indent: number, first?: string): void => {
      pairs.forEach(([k, v], i) => {
        if (lines.length % l.noiseEvery === 0) lines.push(...l.noise)
        writeValue(`${i === 0 && first !== undefined ? first : pad(indent)}${k}:`, v, indent, true)
      })
    }
    const writeSeq = (items: Tree[], indent: number): void => {
      for (const item of items) {
        if ('map' in item && item.map.length > 0 && l.compactItems) writeMap(item.map, indent + 2, `${pad(indent)}- `)
        else if ('value' in item) lines.push(`${pad(indent)}- ${item.value}`)
        else writeValue(`${pad(indent)}-`, item, indent, false)
      }
    }
    writeMap(root.map, 0)
    return lines.join(l.eol) + l.eol
  }

  it('on values files written every way the reader takes, and many it must decline (property)', () => {
    let accepted = 0
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 }).map((pairs) => ({ map: pairs })),
        layout,
        (root, l) => {
          const text = write(root, l)
          if (!agrees(text, readBlockValues)) return
          accepted++
          // Its count is at least the prescan's, which finds no flow collection: a file it reads needs no prescan.
          expect(lexerPrescan(text, { nodes: readBlockValues(text)!.nodes, depth: 0 })).toBeNull()
        }
      ),
      { numRuns: 6000 }
    )
    // Not vacuous: a good share of these files are ones the line reader takes.
    expect(accepted).toBeGreaterThan(1000)
  })

  it.each([
    ['a list beside its key', 'a:\n- x\n- y: 1\n  z: 2\nb: 3\n', { a: ['x', { y: 1, z: 2 }], b: 3 }],
    ['a list under its key, items on their own lines', 'a:\n  -\n    b: 1\n  -\n  - - 1\n', undefined],
    ['an empty item and an empty value', 'a:\n  -\n  - x\nb:\nc: # none\n', { a: [null, 'x'], b: null, c: null }],
    ['quoted keys and values', `'k''s': 'it''s'\n"x y": "a: b # c"\n`, { "k's": "it's", 'x y': 'a: b # c' }],
    ['comments and blank lines anywhere', '# top\na:\n\n  # in\n  b: 1 # one\n      # deep comment\n  c: x#y\n', { a: { b: 1, c: 'x#y' } }],
    ['Windows line ends', 'a:\r\n  - x\r\n  - y\r\n', { a: ['x', 'y'] }],
    ['core schema words and numbers', 'a: ~\nb: True\nc: -0\nd: 007x\ne: on\n', { a: null, b: true, c: -0, d: '007x', e: 'on' }],
    ['keys YAML reads as strings', `...: a\n'': b\n"<<": c\n`, { '...': 'a', '': 'b', '<<': 'c' }]
  ])('reads %s', (_what, text, expected) => {
    expect(readBlockValues(text)?.value).toEqual(expected)
    if (expected !== undefined) expect(agrees(text, readBlockValues)).toBe(true)
  })

  it.each([
    ['a flow collection', 'a: [x]\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n'],
    ['a multi-line quoted scalar', 'a: "x\n  y"\n'],
    ['a line deeper than a value', '- x\n  y\n'],
    ['an escape in double quotes', 'a: "x\\ty"\n'],
    ['a nested list on the item line', 'a:\n  - - x\n'],
    ['a key that is a number', '1: x\n'],
    ['a key that is a boolean', 'true: x\n'],
    ['a key with a space', 'a b: x\n'],
    ['text after a quoted value', "a: 'x' y\n"],
    ['a mapping in value position', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a list at the top', '- a\n'],
    ['an indented top', '  a: 1\n'],
    ['a __proto__ key', '__proto__: x\n'],
    ['a character outside the Basic Multilingual Plane', 'a: 😀\n'],
    ['a document start', '---\na: 1\n'],
    ['a list indicator after a key', 'a: - x\n'],
    ['an empty list indicator after a key', 'a: -\n'],
    ["a plain key past YAML's 1,024 characters", `${'k'.repeat(1025)}: x\n`],
    ["a quoted key past YAML's 1,024 characters", `'${'k'.repeat(1025)}': x\n`]
  ])('declines %s', (_what, text) => {
    expect(readBlockValues(text)).toBeUndefined()
  })
})

describe('the quick reader declines what the readers could read differently, and what the Document path must report', () => {
  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'base: {x: 1}\nc:\n  <<: {x: 2}\n'],
    ['a tag', 'a: !!str 12\n'],
    ['an unknown tag', 'a: !foo x\n'],
    ['a %YAML 1.1 directive (scalars would resolve by YAML 1.1)', '%YAML 1.1\n---\na: on\n'],
    ['a null key', '~: a\n'],
    ['an empty key', ': a\n'],
    ['a collection as key', '[a]: b\n'],
    ['an explicit collection key', '? {a: b}\n: c\n'],
    ['a float', 'a: 1.5\n'],
    ['a float beyond double range', 'a: 1e400\n'],
    ['a hexadecimal number', 'a: 0x1F\n'],
    ['an integer beyond 15 digits', 'a: 1234567890123456\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', '...\nx: 1\n'],
    ['an indented document start marker', ' ---\nx: 1\n'],
    ['an empty file', ''],
    ['a list', '- a\n'],
    ['a single value', 'x\n'],
    ['only a comment', '# nothing\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys equal only as property names', '1: a\n"1": b\n'],
    ['a tab as indentation', 'a:\n\tb: c\n'],
    ['a tab anywhere', 'a:\tb\n'],
    ['a carriage return without a line feed', 'a: b\rc: d\n'],
    ['a NEL', 'a: b\u0085c\n'],
    ['a Unicode line separator', 'a: b\u2028c\n'],
    ['a byte order mark past the start', 'a: b\n\ufeffc: d\n'],
    ['a syntax error', 'a: "open\n'],
    ['nesting deeper than 100', `a: ${'['.repeat(120)}${']'.repeat(120)}\n`],
    ["a key longer than YAML's 1,024 characters for an implicit key", `a: [${'k'.repeat(1025)}: x]\n`],
    ['a quoted one', `a: {"${'k'.repeat(1025)}": x}\n`]
  ])('%s', (_what, text) => {
    expect(readPlainValues(text)).toBeUndefined()
  })

  it('so a key past 1,024 characters is the syntax error the Document path reports', () => {
    const text = `labels:\n  ${'k'.repeat(1025)}: x\n`
    expect(parseValuesFile({ name: 'v.yaml', text }).findings.map((f) => f.rule)).toEqual(['yaml-syntax'])
  })

  it('takes a values file of plain data, the common case, with Unix or Windows line ends', () => {
    const text = chartValuesYaml(50)
    expect(readPlainValues(text)?.value).toEqual(parseValuesFile({ name: 'v.yaml', text }, 'document').value)
    const crlf = text.replaceAll('\n', '\r\n')
    expect(readPlainValues(crlf)?.value).toEqual(readPlainValues(text)?.value)
  })
})

describe('a file read quickly still has positions', () => {
  it('from the Document, built when first asked, equal to the Document path', () => {
    const text = 'externalsecrets:\n  - secret: db\n    namespace: team-a\n  - secret: cache\n    namespace: "on"\n'
    const quick = parseValuesFile({ name: 'v.yaml', text })
    const full = parseValuesFile({ name: 'v.yaml', text }, 'document')
    expect(quick.value).toEqual(full.value)
    expect(quick.findings).toEqual([])
    for (const path of [[], ['externalsecrets'], ['externalsecrets', 1, 'namespace'], ['externalsecrets', 0, 'secret'], ['nope']]) {
      expect(quick.positionOf(path)).toEqual(full.positionOf(path))
      expect(quick.keyPositionOf(path)).toEqual(full.keyPositionOf(path))
      expect(quick.tokenAt(path, 'value')).toEqual(full.tokenAt(path, 'value'))
      expect(quick.tokenAt(path, 'key')).toEqual(full.tokenAt(path, 'key'))
    }
    expect(quick.text).toBe(text)
    expect(quick.tokenAt(['externalsecrets', 1, 'namespace'], 'value')).not.toBeNull()
    expect(quick.positionOf(['externalsecrets', 1, 'namespace'])).toEqual({ line: 5, column: 16 })
    const all = (): boolean => true
    expect(quick.plainScalars(all)).toEqual(full.plainScalars(all))
  })
})
