import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parse, parseAllDocuments } from 'yaml'
import type { Resource } from '../src/core/render/index.js'
import { needsQuotes, resourceFileName, resourceToYaml, toYaml, toYamlChunks } from '../src/core/render/yaml.js'
import { referenceYaml } from './helpers/yaml-reference.js'

/** Strings a YAML 1.1 reader (go-yaml v2, sigs.k8s.io/yaml) would not read back as the same string if unquoted. */
const TRAPS = [
  'on',
  'off',
  'On',
  'OFF',
  'yes',
  'no',
  'Yes',
  'NO',
  'y',
  'n',
  'Y',
  'N',
  'true',
  'False',
  'null',
  'Null',
  '~',
  '0755',
  'e0',
  'E12',
  'e-9',
  '0o17',
  '0x1F',
  '0b101',
  '1e3',
  '1E3',
  '123',
  '-123',
  '+12',
  '1_000',
  '12:30',
  '190:20:30',
  '1.5',
  '.5',
  '0.',
  '.inf',
  '-.inf',
  '.NaN',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '',
  ' ',
  ' a',
  'a ',
  '#x',
  'a #b',
  'a: b',
  'a:',
  '- x',
  '-',
  '? x',
  '?',
  ':x',
  '@x',
  '`x',
  '!x',
  '&x',
  '*x',
  '|',
  '>',
  '%x',
  '{a}',
  '[a]',
  ',',
  '"q',
  "'q",
  '=',
  '<<',
  '---',
  '...',
  'a\nb',
  'a\tb',
  '\t',
  'line\r',
  'x\u0085y',
  'x\u2028y',
  'x\u2029y',
  'del\u007f',
  'c1\u0090',
  'bom\ufeff',
  'a:b',
  'https://vault.local:8200/v1',
  'a:1',
  '+1',
  '-1',
  '0o17',
  '2001-12-14 21:59:43.10 -5',
  '2002-12-14',
  '1:20',
  '.Inf',
  'NULL',
  'TRUE',
  'x: y',
  'x #y',
  'x#y',
  '-x',
  '- ',
  '?x',
  '|x',
  '>x',
  '%',
  '@',
  '`',
  '~x',
  '  both  ',
  '\u0000',
  '\u001f',
  '\u0085',
  '\u2028',
  '\ud800',
  '__proto__',
  'é',
  'naïve',
  '日本',
  '😀',
  '{{ .clusterName }}',
  '{{ dict "a" .b | toJson }}',
  'it\'s "x"'
]

function resourceWith(values: string[]): Resource {
  const labels: Record<string, string> = {}
  values.forEach((v, i) => (labels[`k${i}`] = v))
  const keyed: Record<string, string> = {}
  values.forEach((v, i) => (keyed[v] = `v${i}`))
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ClusterExternalSecret',
    metadata: { name: 'x', labels },
    spec: { keyed, list: values }
  }
}

/** Parse a stream in both YAML versions and return the documents as plain data. */
function readBoth(text: string): { v11: unknown[]; v12: unknown[] } {
  const read = (version: '1.1' | '1.2'): unknown[] =>
    parseAllDocuments(text, { version }).map((d) => {
      expect(d.errors).toEqual([])
      return d.toJS()
    })
  return { v11: read('1.1'), v12: read('1.2') }
}

describe('render: YAML output', () => {
  it('every trap string round-trips as the same string in YAML 1.1 and 1.2, as value, key and list item', () => {
    const r = resourceWith(TRAPS)
    const text = toYaml([r])
    // Raw NEL / LS / PS are line breaks to YAML 1.1 readers; DEL and C1 controls are not printable there.
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029\ufeff]/)
    const { v11, v12 } = readBoth(text)
    expect(v11).toEqual([r])
    expect(v12).toEqual([r])
  })

  it('quotes the traps the issue names and leaves ordinary names plain', () => {
    const text = resourceToYaml(
      resourceWith([
        'on',
        'off',
        'yes',
        'no',
        'y',
        'n',
        'true',
        'null',
        '~',
        '0755',
        '0x1F',
        '1e3',
        '123',
        '1_000',
        '12:30',
        '.inf',
        '.nan',
        ''
      ])
    )
    for (const line of text.split('\n').filter((l) => /^ {4}k\d+:/.test(l))) expect(line).toMatch(/: "/)
    expect(needsQuotes('payments')).toBe(false)
    expect(needsQuotes('kubernetes.io/metadata.name')).toBe(false)
    expect(needsQuotes('https://kv.vault.azure.net')).toBe(false)
    expect(needsQuotes('5m')).toBe(false)
    expect(needsQuotes('1h30m')).toBe(false)
    expect(needsQuotes('0')).toBe(true)
  })

  it('templates with double quotes are single-quoted (readable) and still exact', () => {
    const code = '{{ dict "bearerToken" .bearerToken | toJson }}'
    const text = resourceToYaml({ apiVersion: 'v', kind: 'ClusterExternalSecret', metadata: { name: 'x' }, spec: { config: code } })
    expect(text).toContain(`config: '${code}'`)
    expect(parse(text, { version: '1.1' })).toMatchObject({ spec: { config: code } })
  })

  it('no line folding, 2-space indent, `---` before every document, no anchors for repeated objects', () => {
    const long = 'a'.repeat(300)
    const shared = { team: 'a' }
    const r: Resource = {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: long },
      spec: { a: shared, b: shared }
    }
    const text = toYaml([r, r])
    expect(text.startsWith('---\napiVersion: external-secrets.io/v1\nkind: ClusterSecretStore\nmetadata:\n  name: ')).toBe(true)
    expect(text.split('\n').filter((l) => l === '---')).toHaveLength(2)
    expect(text).toContain(`  name: ${long}\n`)
    expect(text).not.toMatch(/[&*]a\d/)
    expect(toYaml([])).toBe('')
  })

  it('keys keep the order the renderer wrote (apiVersion, kind, metadata, spec)', () => {
    const text = resourceToYaml({ apiVersion: 'v', kind: 'ClusterSecretStore', metadata: { name: 'b' }, spec: { z: '1m', a: 'x' } })
    expect(text).toBe('apiVersion: v\nkind: ClusterSecretStore\nmetadata:\n  name: b\nspec:\n  z: 1m\n  a: x\n')
  })

  it('arbitrary strings round-trip in YAML 1.1 and 1.2 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 6 }), (values) => {
        const r = resourceWith(values)
        const { v11, v12 } = readBoth(toYaml([r]))
        expect(v11).toEqual([r])
        expect(v12).toEqual([r])
      }),
      { numRuns: 300 }
    )
  })

  it('short strings over number/boolean/timestamp characters round-trip (property)', () => {
    const unit = fc.constantFrom(...'eE0123456789.-+_:xobyYnNtTfF~ #'.split(''))
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (values) => {
        const r = resourceWith(values)
        const { v11, v12 } = readBoth(toYaml([r]))
        expect(v11).toEqual([r])
        expect(v12).toEqual([r])
      }),
      { numRuns: 400 }
    )
  })

  it('resourceFileName: stable, safe names', () => {
    const r = (kind: Resource['kind'], name: string): Resource => ({ apiVersion: 'v', kind, metadata: { name }, spec: {} })
    expect(resourceFileName(r('ClusterSecretStore', 'azure-backend'))).toBe('clustersecretstore-azure-backend.yaml')
    expect(resourceFileName(r('ClusterExternalSecret', 'db.creds'))).toBe('clusterexternalsecret-db.creds.yaml')
    expect(resourceFileName(r('ClusterExternalSecret', '../../etc/passwd'))).toBe('clusterexternalsecret--..-etc-passwd.yaml')
    expect(resourceFileName(r('ClusterExternalSecret', ''))).toBe('clusterexternalsecret-unnamed.yaml')
  })
})

/** Characters that mean something somewhere in YAML 1.1 or 1.2, to build strings near the quoting rule's edges. */
const YAML_CHARS = [
  ...'-?:,[]{}#&*!|>\'"%@`~ \t\n\r\\/._+0123456789eExXoObByYnNtTfFlL',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u0090',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  'é',
  '😀'
]

/** Names, keys and values: every trap, strings over YAML's special characters, any Unicode, and ordinary names. */
const text = fc.oneof(
  fc.constantFrom(...TRAPS),
  fc.string({ unit: fc.constantFrom(...YAML_CHARS), maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}$/)
)

/** Any tree of the kinds of values a rendered resource holds (strings, lists, maps), plus the scalars JSON has. */
const { value: anyValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(null, true, false, 0, -0, 1, -7, 1.5, 1e21, 2 ** 53),
    tie('list'),
    tie('map')
  ),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(text, tie('value'), { maxKeys: 4 })
}))

const anyResource: fc.Arbitrary<Resource> = fc.record({
  apiVersion: text,
  kind: fc.constantFrom('ClusterSecretStore' as const, 'ClusterExternalSecret' as const),
  metadata: fc.record({ name: text, labels: fc.dictionary(text, text, { maxKeys: 4 }) }, { requiredKeys: ['name'] }),
  spec: fc.dictionary(text, anyValue, { maxKeys: 5 })
})

describe('render: the hand-written writer', () => {
  it('writes what the general serializer wrote, byte for byte, and YAML 1.1 and 1.2 read back the same objects (property)', () => {
    fc.assert(
      fc.property(fc.array(anyResource, { maxLength: 3 }), (resources) => {
        const text = toYaml(resources)
        expect(text).toBe(resources.map((r) => '---\n' + referenceYaml(r)).join(''))
        expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029\ufeff]/)
        const { v11, v12 } = readBoth(text)
        expect(v11).toEqual(resources)
        expect(v12).toEqual(resources)
      }),
      { numRuns: 1000 }
    )
  })

  it("keys at YAML's 1,024-character limit on implicit keys take the explicit form exactly when they must (property)", () => {
    // Lengths around the limit, plain or quoted (a quote, a space, a line break or a YAML 1.1 word in front).
    const longKey = fc
      .tuple(fc.constantFrom('', '"', ' ', '\n', '\u2028', "'", 'on'), fc.integer({ min: 1015, max: 1030 }))
      .map(([head, n]) => head + 'a'.repeat(n))
    fc.assert(
      fc.property(longKey, anyValue, (key, value) => {
        const r: Resource = {
          apiVersion: 'v1',
          kind: 'ClusterSecretStore',
          metadata: { name: 'x' },
          spec: { [key]: value, list: [{ [key]: value }] }
        }
        const text = resourceToYaml(r)
        expect(text).toBe(referenceYaml(r))
        const { v11, v12 } = readBoth(text)
        expect(v11).toEqual([r])
        expect(v12).toEqual([r])
      }),
      { numRuns: 200 }
    )
  })

  it('writes the stream in pieces of whole documents that join to the whole stream', () => {
    const resources: Resource[] = Array.from({ length: 300 }, (_, i) => ({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterExternalSecret',
      metadata: { name: `app-${i}` },
      spec: { refreshTime: '1m', list: ['on', `x${i}`] }
    }))
    const chunks = [...toYamlChunks(resources, 1000)]
    expect(chunks.join('')).toBe(toYaml(resources))
    expect(chunks.length).toBeGreaterThan(5)
    for (const c of chunks) expect(c.startsWith('---\n') && c.endsWith('\n')).toBe(true)
    expect([...toYamlChunks([])]).toEqual([])
  })

  it('leaves out undefined map values and writes undefined list items as null, as the general serializer did', () => {
    const r: Resource = {
      apiVersion: 'v1',
      kind: 'ClusterExternalSecret',
      metadata: { name: 'x', labels: { a: 'b' } },
      spec: { gone: undefined, empty: { gone: undefined }, list: ['a', undefined, { gone: undefined, kept: 'k' }], nested: [[], {}, [[]]] }
    }
    expect(resourceToYaml(r)).toBe(referenceYaml(r))
    expect(resourceToYaml(r)).toContain('  empty: {}\n  list:\n    - a\n    - null\n    - kept: k\n')
  })
})
