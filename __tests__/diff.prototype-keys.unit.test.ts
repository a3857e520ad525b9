import { describe, expect, it } from 'vitest'
import { diffReleases, diffToJson } from '../src/core/diff/index.js'
import { formatCliMarkdown } from '../src/core/format/report.js'
import type { DiffResult } from '../src/core/diff/index.js'
import { lintFiles } from '../src/core/lint/index.js'
import { renderReleases } from '../src/core/render/index.js'
import { toYaml } from '../src/core/render/yaml.js'

/**
 * Issue 14 item 9: labels named like Object's properties. Before, the
 * Markdown diff printed `function Object() { [native code] }` for them and
 * lost their removal; `__proto__` vanished. User keys now index objects
 * without a prototype, from the parsed values to the formatter.
 */

const values = (labels: string): string =>
  'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.vault.azure.net\n' +
  '    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\nexternalsecrets:\n  - secret: db\n    clustersecstore: kv\n' +
  '    namespace: payments\n    namespacesecretname: db\n    keyvaultsecretname: db\n    namespacesecretkeyname: password\n' +
  `    labels:\n${labels}`
const releases = (text: string) => {
  const r = lintFiles([{ name: 'values.yaml', text }])
  expect(r.findings).toEqual([])
  return r.releases
}
const formatDiffMarkdown = (diff: DiffResult): string => formatCliMarkdown({ title: 'Secrets diff', findings: [], diff })
const SPECIAL = '      constructor: a\n      toString: b\n      valueOf: c\n      hasOwnProperty: d\n'

describe('labels named like Object properties', () => {
  it('removed: each removal is listed with its value', () => {
    const diff = diffReleases(releases(values(`${SPECIAL}      team: x\n`)), releases(values('      team: x\n')))
    const md = formatDiffMarkdown(diff)
    expect(md).not.toContain('native code')
    expect(md).not.toContain('function')
    for (const l of ['constructor=a', 'toString=b', 'valueOf=c', 'hasOwnProperty=d']) expect(md).toContain(`-\`${l}\``)
    const json = JSON.parse(diffToJson(diff)) as { secrets: Array<{ changes: Array<{ field: string; before: Record<string, string> }> }> }
    expect(json.secrets[0]?.changes[0]?.before).toEqual({ constructor: 'a', hasOwnProperty: 'd', team: 'x', toString: 'b', valueOf: 'c' })
  })

  it('added and changed: shown as such', () => {
    const before = releases(values('      constructor: a\n      team: x\n'))
    const after = releases(values('      constructor: z\n      team: x\n      valueOf: v\n'))
    const md = formatDiffMarkdown(diffReleases(before, after))
    expect(md).toContain('`constructor`: `a` → `z`')
    expect(md).toContain('+`valueOf=v`')
    expect(md).not.toContain('native code')
  })

  it('rendered: every label reaches the manifest', () => {
    const yaml = toYaml(renderReleases(releases(values(SPECIAL))))
    for (const l of ['constructor: a', 'toString: b', 'valueOf: c', 'hasOwnProperty: d']) expect(yaml).toContain(l)
  })

  it('__proto__ as a key is kept as data (and refused as a label key by lint)', () => {
    const r = lintFiles([{ name: 'values.yaml', text: values('      __proto__: e\n') }])
    expect(r.findings.map((f) => f.rule)).toEqual(['invalid-label'])
    expect(Object.keys(r.releases[0]?.entries[0]?.labels ?? {})).toEqual(['__proto__'])
  })
})
