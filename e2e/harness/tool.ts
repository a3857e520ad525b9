import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { main } from '../../src/cli/main.js'
import type { EsoResource } from './eso.js'

/** What one CLI run printed. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Run `secrets-injector <argv>` in-process (the same `main` the bundled CLI calls). */
export async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    env
  })
  return { code, stdout, stderr }
}

/** A scratch directory for one scenario's values files. */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `si-e2e-${name}-`))
}

/** Write values files into `dir`; returns their names (relative to dir). */
export function writeValues(dir: string, files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return Object.keys(files)
}

/**
 * `secrets-injector render <files>`: the YAML a user would apply, parsed.
 * Fails the test with the tool's findings when lint rejects the files.
 */
export async function render(dir: string, files: string[]): Promise<EsoResource[]> {
  const run = await cli(['render', ...files], dir)
  if (run.code !== 0) throw new Error(`render failed (exit ${run.code}):\n${run.stderr}`)
  const out: EsoResource[] = []
  for (const doc of parseAllDocuments(run.stdout)) {
    if (doc.errors.length > 0) throw new Error(`rendered YAML does not parse: ${doc.errors[0]?.message ?? ''}`)
    const obj: unknown = doc.toJS()
    if (obj === null || obj === undefined) continue
    if (!isEsoResource(obj)) throw new Error(`unexpected rendered document: ${JSON.stringify(obj).slice(0, 200)}`)
    out.push(obj)
  }
  return out
}

function isEsoResource(obj: unknown): obj is EsoResource {
  if (typeof obj !== 'object' || obj === null) return false
  const o = obj as Record<string, unknown>
  const md = o.metadata as Record<string, unknown> | undefined
  return (
    (o.kind === 'ClusterSecretStore' || o.kind === 'ClusterExternalSecret') &&
    typeof o.apiVersion === 'string' &&
    typeof md?.name === 'string' &&
    typeof o.spec === 'object' &&
    o.spec !== null
  )
}

/**
 * `secrets-injector diff --format json --base ... --head ... --namespaces-file ...`:
 * the diff JSON the tool predicts between two sets of values files, with the
 * namespaces of `inventoryFile` (the cluster's `GET /api/v1/namespaces`
 * output) used to expand selectors.
 */
export async function predictDiff(dir: string, base: string[], head: string[], inventoryFile: string): Promise<string> {
  const run = await cli(
    [
      'diff',
      '--format',
      'json',
      ...base.flatMap((f) => ['--base', f]),
      ...head.flatMap((f) => ['--head', f]),
      '--namespaces-file',
      inventoryFile
    ],
    dir
  )
  if (run.code !== 0) throw new Error(`diff failed (exit ${run.code}):\n${run.stderr}`)
  return run.stdout
}
