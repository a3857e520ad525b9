import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** What one helm command printed. */
export interface HelmRun {
  status: number
  stdout: string
  stderr: string
}

/**
 * The original Secrets Injector chart (GPL-3.0), used by path and never
 * copied into this repository: SECRETS_INJECTOR_SEED_CHART, else the shared
 * folder beside the checkout (where CI puts it), else the one on the
 * development machines. `none` (the GitHub workflow without a chart source)
 * or no chart outside CI: a reason to skip. No chart with CI=true: an error,
 * so CI never passes by not running the scenario.
 */
export function seedChart(): { path: string } | { skip: string } {
  const env = process.env.SECRETS_INJECTOR_SEED_CHART
  if (env === 'none') return { skip: 'SECRETS_INJECTOR_SEED_CHART=none: the original Helm chart is not available here' }
  const candidates = env !== undefined && env !== '' ? [env] : [join(repo, '../shared/seed-chart/chart'), '/work/shared/seed-chart/chart']
  const found = candidates.find((c) => existsSync(join(c, 'Chart.yaml')))
  if (found !== undefined) return { path: found }
  const where = candidates.join(' or ')
  if (process.env.CI === 'true') throw new Error(`the original Helm chart is missing (looked in ${where}); set SECRETS_INJECTOR_SEED_CHART`)
  return { skip: `the original Helm chart is not at ${where} (set SECRETS_INJECTOR_SEED_CHART to its folder)` }
}

/** Real helm (helm.sh/helm/v3, built from Go modules by scripts/go-tool.sh) against the test cluster. */
export class Helm {
  private readonly env: NodeJS.ProcessEnv

  private constructor(
    readonly bin: string,
    kubeconfig: string,
    home: string
  ) {
    // Helm's own state (repositories, cache, plugins) stays in the scenario's directory.
    this.env = {
      ...process.env,
      KUBECONFIG: kubeconfig,
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_CONFIG_HOME: join(home, 'config'),
      HELM_DATA_HOME: join(home, 'data')
    }
  }

  /** Build (once, cached) helm with scripts/go-tool.sh and point it at the cluster's kubeconfig. */
  static build(kubeconfig: string, home: string): Helm {
    const res = spawnSync('bash', [join(repo, 'scripts/go-tool.sh'), 'helm'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    if (res.status !== 0) throw new Error(`scripts/go-tool.sh helm failed (exit ${res.status ?? res.signal})`)
    mkdirSync(home, { recursive: true })
    return new Helm(res.stdout.trim().split('\n').pop() ?? '', kubeconfig, home)
  }

  run(args: string[]): HelmRun {
    const res = spawnSync(this.bin, args, { encoding: 'utf8', env: this.env, timeout: 240_000 })
    return { status: res.status ?? -1, stdout: res.stdout, stderr: res.stderr }
  }

  /** Run and fail the test with helm's output on a non-zero exit. */
  ok(args: string[]): string {
    const r = this.run(args)
    if (r.status !== 0) throw new Error(`helm ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}${r.stdout}`)
    return r.stdout
  }
}

/**
 * A helm post-renderer that replaces the provider of every rendered
 * ClusterSecretStore by ESO's fake provider with `data`, as the other
 * scenarios do with the tool's stores: the chart's store would point at a
 * real Azure Key Vault. The ClusterExternalSecrets pass through unchanged.
 */
export function fakeProviderPostRenderer(dir: string, data: Array<{ key: string; value: string }>): string {
  const path = join(dir, 'fake-provider-post-renderer.cjs')
  const yamlModule = join(repo, 'node_modules/yaml')
  writeFileSync(
    path,
    `#!${process.execPath}
const { parseAllDocuments, stringify } = require(${JSON.stringify(yamlModule)})
const chunks = []
process.stdin.on('data', (c) => chunks.push(c))
process.stdin.on('end', () => {
  const out = []
  for (const doc of parseAllDocuments(Buffer.concat(chunks).toString('utf8'))) {
    const obj = doc.toJS()
    if (obj === null || obj === undefined) continue
    if (obj.kind === 'ClusterSecretStore') obj.spec.provider = { fake: { data: ${JSON.stringify(data)} } }
    out.push(stringify(obj))
  }
  process.stdout.write(out.map((d) => '---\\n' + d).join(''))
})
`
  )
  chmodSync(path, 0o755)
  return path
}
