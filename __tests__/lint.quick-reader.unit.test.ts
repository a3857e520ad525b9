import fc from 'fast-check'
import { dump } from 'js-yaml'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseValuesFile } from '../src/core/parse.js'
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

/** Checks one text; true when the quick reader took it. */
function agrees(text: string): boolean {
  const quick = readPlainValues(text)
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
      jsYaml: fc.boolean()
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
              lineWidth: 20,
              minContentWidth: 0
            })
        if (agrees(out)) accepted++
      }),
      { numRuns: 3000 }
    )
    expect(accepted).toBeGreaterThan(1000)
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
    ['nesting deeper than 100', `a: ${'['.repeat(120)}${']'.repeat(120)}\n`]
  ])('%s', (_what, text) => {
    expect(readPlainValues(text)).toBeUndefined()
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
