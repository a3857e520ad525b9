import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAllDocuments } from 'yaml'
import type { KubeObject } from './kube.js'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The original chart (GPL-3.0), outside the repository: compared with, never
 * copied. `shared/` sits beside the clone (CI), or beside the directory of
 * worktrees (development).
 */
export function seedChart(): string {
  const candidates = [resolve(repo, '..', 'shared'), resolve(repo, '..', '..', 'shared')].map((d) => join(d, 'seed-chart', 'chart'))
  const found = candidates.find((c) => existsSync(join(c, 'Chart.yaml')))
  if (found === undefined) throw new Error(`the original chart is not at ${candidates.join(' or ')}`)
  return found
}

/** `helm template` of the original chart with these values: what a chart user has applied. */
export function helmTemplate(
  values: string,
  release = 'secretsinjector',
  namespace = 'external-secrets'
): Array<KubeObject & { apiVersion: string; kind: string }> {
  const tool = spawnSync('bash', [join(repo, 'scripts/go-tool.sh'), 'helm'], { encoding: 'utf8' })
  const helm = tool.stdout.trim().split('\n').pop() ?? ''
  if (tool.status !== 0 || helm === '') throw new Error(`scripts/go-tool.sh helm failed: ${tool.stderr}`)
  const dir = mkdtempSync(join(tmpdir(), 'si-chart-'))
  writeFileSync(join(dir, 'values.yaml'), values)
  const run = spawnSync(helm, ['template', release, seedChart(), '-f', join(dir, 'values.yaml'), '--namespace', namespace], {
    encoding: 'utf8'
  })
  if (run.status !== 0) throw new Error(`helm template failed: ${run.stderr}`)
  const out: Array<KubeObject & { apiVersion: string; kind: string }> = []
  for (const doc of parseAllDocuments(run.stdout)) {
    const obj: unknown = doc.toJS()
    if (typeof obj !== 'object' || obj === null) continue
    const o = obj as KubeObject & { apiVersion: string; kind: string }
    if (typeof o.kind === 'string' && typeof o.apiVersion === 'string') out.push(o)
  }
  return out
}
