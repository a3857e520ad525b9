import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../src/cli/commands/diff.js'
import { UsageError, type CliIO } from '../src/cli/io.js'

const dir = mkdtempSync(join(tmpdir(), 'si-diff-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const STORE = `clustersecretstore:
  name: kv
  azurekv:
    vaulturl: https://kv-main.vault.azure.net
    identityid: 22222222-2222-2222-2222-222222222222
`
const entry = (ns: string, key = 'password') => `  - secret: db
    clustersecstore: kv
    namespace: ${ns}
    namespacesecretname: db
    keyvaultsecretname: db-pass
    namespacesecretkeyname: ${key}
`
function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text)
  return name
}
file('base.yaml', `${STORE}externalsecrets:\n${entry('app')}`)
file('head.yaml', `${STORE}externalsecrets:\n${entry('app', 'pw')}${entry('other').replace('secret: db', 'secret: db-other')}`)
file('broken.yaml', `${STORE}externalsecrets:\n  - secret: x\n`)
file('empty.yaml', '')
/** One entry `s` with this target. */
const targeted = (target: string) =>
  `${STORE}externalsecrets:\n  - {secret: s, clustersecstore: kv, ${target}, ` +
  'namespacesecretname: s, keyvaultsecretname: r, namespacesecretkeyname: k}\n'
file('selector.yaml', targeted('namespaceSelector: {env: prod}'))
file(
  'second.yaml',
  `externalsecrets:\n  - {secret: t, clustersecstore: kv, namespace: ops, ` +
    `namespacesecretname: t, keyvaultsecretname: r, namespacesecretkeyname: k}\n`
)
file('named-p1.yaml', targeted('namespace: p1'))
file('named-d1.yaml', targeted('namespace: d1'))
file('ns.yaml', '- {name: p1, labels: {env: prod}}\n- {name: d1, labels: {env: dev}}\n')
file('ns-bad.yaml', '- {labels: {env: prod}}\n')
file('unparsable.yaml', `${STORE}externalsecrets:\n  - secret: [db\n`)
symlinkSync('/etc/passwd', join(dir, 'outside.yaml'))

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, env: {} }
  const code = await run(argv, io)
  return { code, out, err }
}

describe('secrets-injector diff', () => {
  it('prints Markdown by default and exits 0 (a diff is not a failure)', async () => {
    const r = await cli('--base', 'base.yaml', '--head', 'head.yaml')
    expect(r.code).toBe(0)
    expect(r.out).toContain('## Secrets diff')
    expect(r.out).toContain('keys: +`pw`, -`password`')
    expect(r.out).toContain('➕ `db` added')
  })

  it('prints the documented JSON with --format json', async () => {
    const r = await cli('--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json')
    expect(r.code).toBe(0)
    expect(r.out.startsWith('{\n  "version": 2,\n  "counts": {\n    "added": 1,\n    "removed": 0,\n    "changed": 1,')).toBe(true)
  })

  it('a missing or empty side diffs against nothing', async () => {
    const added = await cli('--head', 'head.yaml', '--format', 'json')
    expect(added.out).toContain('"added": 2')
    const deleted = await cli('--base', 'base.yaml', '--head', 'empty.yaml', '--format', 'json')
    expect(deleted.code).toBe(0)
    expect(deleted.out).toContain('"removed": 1')
  })

  it('repeats --base and --head for several files', async () => {
    const ok = await cli('--base', 'base.yaml', '--head', 'base.yaml', '--head', 'second.yaml', '--format', 'json')
    expect(ok.err).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('"namespace": "ops"')
    const r = await cli('--base', 'base.yaml', '--head', 'base.yaml', '--head', 'selector.yaml', '--format', 'json')
    // Both head files define store kv: a cross-file lint error.
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/selector\.yaml:\d+:\d+: error/)
  })

  it('expands selectors with --namespaces-file', async () => {
    const without = await cli('--head', 'selector.yaml', '--format', 'json')
    expect(without.out).toContain('"selector": "env=prod"')
    const withNs = await cli('--head', 'selector.yaml', '--namespaces-file', 'ns.yaml', '--format', 'json')
    expect(withNs.out).toContain('"namespace": "p1"')
    expect(withNs.out).not.toContain('"namespace": "d1"')
  })

  it('a switch from a named namespace to a selector is one selector change, per namespace with --namespaces-file', async () => {
    const r = await cli('--base', 'named-p1.yaml', '--head', 'selector.yaml')
    expect(r.err).toBe('')
    expect(r.out).toContain('**Secrets:** 0 added, 0 removed, 1 changed in 1 selector.')
    expect(r.out).toContain(
      [
        '#### selector `env=prod` (0 added, 0 removed, 1 changed)',
        '',
        '- ✏️ `s` changed',
        '  - selector: `kubernetes.io/metadata.name=p1` → `env=prod`',
        '  - ⚠️ in namespace `p1` unless it matches `env=prod`: deleted from the cluster by ESO (creationPolicy Owner)'
      ].join('\n')
    )
    expect(r.out).not.toContain('removed (was')
    // p1 carries env=prod: its Secret stays, nothing is removed or added.
    const kept = await cli('--base', 'named-p1.yaml', '--head', 'selector.yaml', '--namespaces-file', 'ns.yaml', '--format', 'json')
    expect(JSON.parse(kept.out)).toMatchObject({ counts: { added: 0, removed: 0, changed: 0 }, secrets: [] })
    // d1 does not: its Secret is deleted, and p1 gains one.
    const lost = await cli('--base', 'named-d1.yaml', '--head', 'selector.yaml', '--namespaces-file', 'ns.yaml')
    expect(lost.out).toContain(
      '- ➖ `s` removed (was single value from store `kv`)\n  - ⚠️ deleted from the cluster by ESO (creationPolicy Owner)'
    )
    expect(lost.out).toContain('#### `p1` (1 added, 0 removed, 0 changed)')
  })

  it('lint errors go to stderr with exit 1; the diff of the valid part is still printed, the broken entry withheld', async () => {
    const r = await cli('--base', 'base.yaml', '--head', 'broken.yaml')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^broken\.yaml:\d+:\d+: error: /m)
    // base's db is gone from head, but head's broken entry x is neither added nor described.
    expect(r.out.split('\n').slice(0, 3)).toEqual([
      '## Secrets diff',
      '',
      '❌ **5 lint errors: the entries they are in are not compared.** `broken.yaml:7`'
    ])
    expect(r.out).toContain('Not compared: ClusterExternalSecret `x` (`broken.yaml`).')
    expect(r.out).toContain('➖ `db` removed')
    expect(r.out).not.toContain('`x` added')
    const json = await cli('--base', 'base.yaml', '--head', 'broken.yaml', '--format', 'json')
    expect(json.code).toBe(1)
    const doc = JSON.parse(json.out) as { invalid: unknown[]; secrets: Array<{ name: string }> }
    expect(doc.invalid).toEqual([
      {
        side: 'head',
        file: 'broken.yaml',
        line: 7,
        column: 5,
        scope: 'entry',
        externalSecret: 'x',
        store: null,
        rule: 'entry-required',
        message: expect.stringMatching(/^externalsecrets\[0\] \("x"\): "clustersecstore" is required/)
      }
    ])
    expect(doc.secrets.map((s) => s.name)).toEqual(['db'])
  })

  it('a head file that cannot be read withholds its base version given in the same position: nothing is reported removed', async () => {
    for (const head of ['unparsable.yaml', 'outside.yaml']) {
      const r = await cli('--base', 'base.yaml', '--head', head)
      expect(r.code, head).toBe(1)
      expect(r.out.split('\n')[2], head).toMatch(/^❌ \*\*1 lint error: the file it is in is not compared\.\*\* /)
      expect(r.out, head).toContain(`Not compared: all of \`${head}\` (it cannot be read as a values file).`)
      expect(r.out, head).toContain('No Secret changes among the entries compared.')
      expect(r.out, head).not.toContain('removed')
    }
    const refused = await cli('--base', 'base.yaml', '--head', 'outside.yaml', '--format', 'json')
    expect(refused.err).toMatch(/^outside\.yaml:1:1: error: .*\[unsafe-file\]$/m)
    // The refused file's target is never read, so nothing of it can be quoted.
    expect(refused.err + refused.out).not.toContain('root:')
    const doc = JSON.parse(refused.out) as { invalid: Array<{ scope: string; rule: string }>; secrets: unknown[]; stores: unknown[] }
    expect(doc.invalid.map((i) => [i.scope, i.rule])).toEqual([['file', 'unsafe-file']])
    expect(doc.secrets).toEqual([])
    expect(doc.stores).toEqual([])
  })

  it('with unequal numbers of --base and --head files, versions are matched by path only', async () => {
    const r = await cli('--base', 'base.yaml', '--base', 'second.yaml', '--head', 'unparsable.yaml')
    expect(r.code).toBe(1)
    // base.yaml has no head version with its path, so its Secret really is gone from what is compared.
    expect(r.out).toContain('➖ `db` removed')
  })

  it('a broken namespaces file is reported with its position, exit 1', async () => {
    const r = await cli('--head', 'selector.yaml', '--namespaces-file', 'ns-bad.yaml')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^ns-bad\.yaml:1:\d+: error: .*\[namespaces-file\]/m)
  })

  it('usage errors are UsageErrors (exit 2 in main)', async () => {
    await expect(cli()).rejects.toBeInstanceOf(UsageError)
    await expect(cli('--base', 'base.yaml', '--format', 'yaml')).rejects.toThrow(/--format must be one of markdown, json/)
    await expect(cli('base.yaml')).rejects.toThrow(/unexpected argument/)
    await expect(cli('--head', 'missing.yaml')).rejects.toThrow(/missing\.yaml: cannot read/)
    await expect(cli('--bogus')).rejects.toBeInstanceOf(UsageError)
  })

  it('--help', async () => {
    const r = await cli('--help')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Usage: secrets-injector diff')
  })
})
