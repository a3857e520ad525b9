import { describe, expect, it } from 'vitest'
import { parseNamespaceInventory } from '../src/core/diff/index.js'

const NAME = 'kubernetes.io/metadata.name'

describe('parseNamespaceInventory', () => {
  it('reads `kubectl get namespaces -o json`', () => {
    const text = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [{ metadata: { name: 'b', labels: { env: 'prod', [NAME]: 'b' } } }, { metadata: { name: 'a' } }]
    })
    const { inventory, findings } = parseNamespaceInventory(text, 'ns.json')
    expect(findings).toEqual([])
    expect(inventory?.namespaces).toEqual([
      { name: 'a', labels: { [NAME]: 'a' } },
      { name: 'b', labels: { env: 'prod', [NAME]: 'b' } }
    ])
  })

  it('reads a YAML list of {name, labels} and bare names', () => {
    const { inventory, findings } = parseNamespaceInventory(
      '- name: shop\n  labels: {env: prod, critical: true, tier: 1}\n- tools\n',
      'ns.yaml'
    )
    expect(findings).toEqual([])
    expect(inventory?.namespaces).toEqual([
      { name: 'shop', labels: { critical: 'true', env: 'prod', [NAME]: 'shop', tier: '1' } },
      { name: 'tools', labels: { [NAME]: 'tools' } }
    ])
  })

  it('reads a YAML map of name to labels', () => {
    const { inventory } = parseNamespaceInventory('shop: {env: prod}\nempty:\n', 'ns.yaml')
    expect(inventory?.namespaces.map((n) => n.name)).toEqual(['empty', 'shop'])
  })

  it('keeps the first of a duplicated namespace, with a warning', () => {
    const { inventory, findings } = parseNamespaceInventory('- {name: a, labels: {x: "1"}}\n- {name: a}\n', 'ns.yaml')
    expect(inventory?.namespaces).toEqual([{ name: 'a', labels: { [NAME]: 'a', x: '1' } }])
    expect(findings.map((f) => [f.severity, f.rule])).toEqual([['warning', 'namespaces-file']])
  })

  it('reports broken input as findings with positions, never throws', () => {
    const bad: Array<[string, number]> = [
      ['items: [\n', 2],
      ['42\n', 1],
      ['- name: a\n- labels: {x: y}\n', 2],
      ['- name: a\n  labels: [x]\n', 2],
      ['- name: a\n  labels:\n    x: {y: z}\n', 3],
      ['', 1]
    ]
    for (const [text, line] of bad) {
      const { inventory, findings } = parseNamespaceInventory(text, 'ns.yaml')
      expect(inventory, text).toBeNull()
      expect(findings.length, text).toBeGreaterThan(0)
      expect(findings[0]).toMatchObject({ file: 'ns.yaml', severity: 'error', rule: 'namespaces-file', line })
    }
  })
})
