import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/io.js'

// The CLI side of the cluster features that need no cluster: flags, usage
// errors, lint first, and a kubeconfig that cannot be used. The cluster
// itself is proven in the e2e suite (cluster.status.e2e.test.ts).

const FIX = '__tests__/fixtures/cli'

async function run(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: process.cwd(), env: {} }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

describe('secrets-injector status', () => {
  it('is listed in the main help and documents its flags and exit codes', async () => {
    expect((await run(['--help'])).stdout).toMatch(/\n {2}status +what a cluster says now/)
    const help = await run(['status', '--help'])
    expect(help.code).toBe(0)
    for (const s of ['--kubeconfig FILE', '--context NAME', '--namespaces-file FILE', '--format text|json', 'not be read at all'])
      expect(help.stdout).toContain(s)
  })

  it('needs --kubeconfig', async () => {
    const r = await run(['status', `${FIX}/clean.yaml`])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('give the cluster with --kubeconfig FILE')
  })

  it('lint errors come first: exit 1, and no cluster is read', async () => {
    const r = await run(['status', '--kubeconfig', 'does-not-exist.yaml', `${FIX}/broken.yaml`])
    expect(r.code).toBe(1)
    expect(r.stderr).not.toContain('Cluster not read')
  })

  it('a namespaces file the reader refuses is that refusal, never a parse of nothing; no cluster is read', async () => {
    const dir = mkdtempSync(join(process.cwd(), '.tmp-status-'))
    try {
      symlinkSync('/etc/hostname', join(dir, 'ns.yaml'))
      const ns = relative(process.cwd(), join(dir, 'ns.yaml'))
      const r = await run(['status', '--kubeconfig', 'does-not-exist.yaml', '--namespaces-file', ns, `${FIX}/clean.yaml`])
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        `${ns}:1:1: error: ${ns} is a symbolic link to a file outside the workspace; ` +
          'values files must be regular files in the repository [unsafe-file]\n'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a kubeconfig that cannot be used: exit 3, one notice, the values still listed as unknown', async () => {
    const r = await run(['status', '--kubeconfig', 'does-not-exist.yaml', '--format', 'json', `${FIX}/clean.yaml`])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe('secrets-injector: Cluster not read: the kubeconfig does-not-exist.yaml: no such file.\n')
    const json = JSON.parse(r.stdout) as { reachable: boolean; notices: string[]; counts: { unknown: number } }
    expect(json.reachable).toBe(false)
    expect(json.notices).toHaveLength(1)
  })
})

describe('secrets-injector diff with cluster flags', () => {
  it('--context needs --kubeconfig', async () => {
    const r = await run(['diff', '--head', `${FIX}/clean.yaml`, '--context', 'prod'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--context needs --kubeconfig')
  })

  it('a kubeconfig that cannot be used is not an error: the diff as without it, plus the notice', async () => {
    const without = await run(['diff', '--head', `${FIX}/clean.yaml`])
    const r = await run(['diff', '--head', `${FIX}/clean.yaml`, '--kubeconfig', 'does-not-exist.yaml'])
    expect(r.code).toBe(0)
    // The same report, plus the one "Cluster now" section that says the cluster was not read.
    const section = /### Cluster now \(context [^\n]*\)\n\n> ⚠️ [^\n]*\n\nThis review is made without the cluster\.\n\n/
    expect(r.stdout).toMatch(section)
    expect(r.stdout.replace(section, '')).toBe(without.stdout)
    expect(r.stdout).toContain('> ⚠️ Cluster not read: the kubeconfig does-not-exist.yaml: no such file.')
    expect(r.stderr).toContain('Cluster not read')
    const json = JSON.parse((await run(['diff', '--format', 'json', '--head', `${FIX}/clean.yaml`, '--kubeconfig', 'x.yaml'])).stdout)
    expect(json.cluster).toMatchObject({ reachable: false, secrets: [], drift: null })
    expect(JSON.parse((await run(['diff', '--format', 'json', '--head', `${FIX}/clean.yaml`])).stdout)).not.toHaveProperty('cluster')
  })
})
