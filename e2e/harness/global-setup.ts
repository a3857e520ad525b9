import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { FakeAws } from './aws.js'
import { Cluster, makeWorkDir, tail } from './cluster.js'
import type { KubeConnection } from './kube.js'

declare module 'vitest' {
  export interface ProvidedContext {
    kube: KubeConnection
    clusterDir: string
    /** URL of the AWS stand-in ESO talks to (e2e/harness/aws.ts). */
    awsUrl: string
  }
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Build (or find in the cache) the binaries; returns the bin directory. */
function buildAssets(): { bin: string; crds: string; seconds: number } {
  const t0 = Date.now()
  const res = spawnSync('bash', [join(repo, 'scripts/e2e-build.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`scripts/e2e-build.sh failed (exit ${res.status ?? res.signal})`)
  const bin = res.stdout.trim().split('\n').pop() ?? ''
  return { bin, crds: join(dirname(bin), 'crds/bundle.yaml'), seconds: (Date.now() - t0) / 1000 }
}

/**
 * Vitest global setup: one cluster for all e2e files (they run one after the
 * other), torn down in the returned function and, as a last resort, when the
 * process exits, so no etcd or apiserver survives a failed run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const assets = buildAssets()
  process.stdout.write(`e2e timing: binaries ready in ${assets.seconds.toFixed(1)} s (${assets.bin})\n`)
  const built = readCacheRecord(join(dirname(assets.bin), 'build-times.txt'))
  if (built !== '') process.stdout.write(`e2e timing: cold build of this cache entry (seconds per binary): ${built}\n`)
  const root = join(tmpdir(), 'secrets-injector-e2e')
  mkdirSync(root, { recursive: true })
  const dir = makeWorkDir(root)
  const cluster = new Cluster(assets, dir)
  const onExit = (): void => cluster.killNow()
  const onSignal = (signal: NodeJS.Signals): void => {
    cluster.killNow()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.on('exit', onExit)
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
  // The AWS stand-in must be known to ESO at start (its endpoints come from the environment).
  const aws = new FakeAws(dir)
  await aws.start()
  try {
    await cluster.up({ AWS_STS_ENDPOINT: aws.url, AWS_SECRETSMANAGER_ENDPOINT: aws.url, AWS_EC2_METADATA_DISABLED: 'true' })
  } catch (e) {
    process.stderr.write(`e2e: cluster failed to start; logs in ${dir}\n`)
    for (const n of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'external-secrets']) {
      process.stderr.write(`--- ${n}\n${tail(cluster.logOf(n), 20)}\n`)
    }
    await cluster.stop()
    await aws.stop()
    throw e
  }
  const t = cluster.timings
  process.stdout.write(
    `e2e timing: apiserver ready ${ms(t.apiserverReadyMs)}, CRDs established ${ms(t.crdsMs)}, cluster up ${ms(t.upMs)}\n`
  )
  if (cluster.conn === null) throw new Error('cluster has no connection')
  // A dead apiserver or controller would only show up as one wait timing out
  // after another; end the run at once instead, with the log tail above.
  cluster.onCrash = (name) => {
    process.stderr.write(`e2e: ${name} died during the tests; stopping the run\n`)
    cluster.killNow()
    process.exit(1)
  }
  project.provide('kube', cluster.conn)
  project.provide('clusterDir', dir)
  project.provide('awsUrl', aws.url)
  return async () => {
    await cluster.stop()
    await aws.stop()
    process.off('exit', onExit)
    process.off('SIGTERM', onSignal)
    process.off('SIGINT', onSignal)
    // Failures print log tails themselves; keep the directory only on request.
    if (process.env.SECRETS_INJECTOR_E2E_KEEP) process.stderr.write(`e2e: cluster state and logs kept in ${dir}\n`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

/** `name seconds` lines written by scripts/e2e-build.sh when it built the cache entry. */
function readCacheRecord(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').join(', ')
  } catch {
    return ''
  }
}

function ms(v: number | undefined): string {
  return v === undefined ? '?' : `${(v / 1000).toFixed(1)} s`
}
