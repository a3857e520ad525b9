import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { Kube, waitFor, type KubeConnection, type KubeObject } from './kube.js'
import { makePki, writeKubeconfig } from './pki.js'

/** Binaries and CRDs made by scripts/e2e-build.sh. */
export interface Assets {
  bin: string
  crds: string
}

interface Proc {
  name: string
  child: ChildProcess
  log: string
}

/** A free loopback TCP port (closed again before the process that uses it starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/** Last lines of a log file, for failure messages. */
export function tail(path: string, lines = 40): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/**
 * etcd + kube-apiserver + kube-controller-manager (garbage collector) + the
 * ESO controller, each a process in its own process group on loopback, so
 * `stop()` can end each group and nothing outlives the run.
 */
export class Cluster {
  private readonly procs: Proc[] = []
  /** Set once stop() begins, so expected exits are not reported as crashes. */
  private stopping = false
  /** Called when a process exits on its own (after its log tail is printed). */
  onCrash: ((name: string) => void) | null = null
  conn: KubeConnection | null = null
  kubeconfig = ''
  readonly timings: Record<string, number> = {}

  constructor(
    private readonly assets: Assets,
    readonly dir: string
  ) {}

  private start(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Proc {
    const log = join(this.dir, `${name}.log`)
    const fd = openSync(log, 'a')
    const child = spawn(join(this.assets.bin, name), args, {
      cwd: this.dir,
      detached: true, // own process group: stop() kills the whole group
      stdio: ['ignore', fd, fd],
      env: { ...process.env, ...env }
    })
    closeSync(fd)
    const proc = { name, child, log }
    child.on('error', (err) => process.stderr.write(`e2e: cannot run ${name}: ${err.message}\n`))
    child.on('exit', (code, signal) => {
      if (this.stopping) return
      process.stderr.write(`e2e: ${name} exited (${code ?? signal}); log tail:\n${tail(log)}\n`)
      this.onCrash?.(name)
    })
    this.procs.push(proc)
    return proc
  }

  private alive(p: Proc): void {
    if (p.child.exitCode !== null || p.child.signalCode !== null) {
      throw new Error(`${p.name} exited early (${p.child.exitCode ?? p.child.signalCode}):\n${tail(p.log)}`)
    }
  }

  /** Start everything and install ESO's CRDs; resolves when ESO runs. `esoEnv` adds to ESO's environment. */
  async up(esoEnv: NodeJS.ProcessEnv = {}): Promise<Kube> {
    const t0 = Date.now()
    const pki = makePki(this.dir)
    const [etcdPort, peerPort, apiPort] = [await freePort(), await freePort(), await freePort()]
    const etcd = this.start('etcd', [
      '--name=e2e',
      `--data-dir=${join(this.dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
      `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-cluster=e2e=http://127.0.0.1:${peerPort}`,
      '--unsafe-no-fsync',
      '--log-level=warn'
    ])
    const server = `https://127.0.0.1:${apiPort}`
    const api = this.start('kube-apiserver', [
      `--etcd-servers=http://127.0.0.1:${etcdPort}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--cert-dir=${join(this.dir, 'apiserver-certs')}`,
      `--tls-cert-file=${pki.serverCert}`,
      `--tls-private-key-file=${pki.serverKey}`,
      `--client-ca-file=${pki.caCert}`,
      `--token-auth-file=${pki.tokenFile}`,
      '--authorization-mode=RBAC',
      '--service-account-issuer=https://kubernetes.default.svc',
      `--service-account-key-file=${pki.saPub}`,
      `--service-account-signing-key-file=${pki.saKey}`,
      '--service-cluster-ip-range=10.0.0.0/24',
      '--endpoint-reconciler-type=none',
      '--enable-priority-and-fairness=false',
      '--profiling=false',
      '-v=1'
    ])
    this.conn = { server, ca: readFileSync(pki.caCert, 'utf8'), token: pki.adminToken }
    const kube = new Kube(this.conn)
    await waitFor(
      'kube-apiserver /readyz',
      180_000,
      async () => {
        this.alive(etcd)
        this.alive(api)
        const r = await kube.raw('GET', '/readyz')
        return r.status === 200 ? true : undefined
      },
      500
    )
    this.timings.apiserverReadyMs = Date.now() - t0

    this.kubeconfig = join(this.dir, 'admin.kubeconfig')
    writeKubeconfig(this.kubeconfig, server, pki)
    const t1 = Date.now()
    await installCrds(kube, this.assets.crds)
    this.timings.crdsMs = Date.now() - t1

    // Only the controllers the scenarios rely on: the garbage collector deletes
    // ExternalSecrets and Secrets through their owner references. Started after
    // the CRDs so its first discovery already knows ESO's kinds (it only
    // rediscovers every 30 s, which would delay the first deletions).
    this.start('kube-controller-manager', [
      `--kubeconfig=${this.kubeconfig}`,
      '--controllers=garbage-collector-controller,namespace-controller',
      '--leader-elect=false',
      '--secure-port=0',
      '--use-service-account-credentials=false',
      '-v=1'
    ])

    this.start(
      'external-secrets',
      [
        '--metrics-addr=0',
        '--concurrent=1',
        '--loglevel=info',
        '--zap-time-encoding=iso8601',
        '--enable-push-secret-reconciler=false',
        '--enable-cluster-push-secret-reconciler=false',
        '--store-requeue-interval=10s'
      ],
      { ...esoEnv, KUBECONFIG: this.kubeconfig }
    )
    this.timings.upMs = Date.now() - t0
    return kube
  }

  /** Log file of one process, for failure messages. */
  logOf(name: string): string {
    return join(this.dir, `${name}.log`)
  }

  /** TERM each process group, then KILL what is left; synchronous-safe. */
  async stop(): Promise<void> {
    this.stopping = true
    for (const p of [...this.procs].reverse()) signalGroup(p, 'SIGTERM')
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline && this.procs.some((p) => p.child.exitCode === null && p.child.signalCode === null)) {
      await new Promise((r) => setTimeout(r, 100))
    }
    for (const p of this.procs) signalGroup(p, 'SIGKILL')
  }

  /** Last-resort cleanup from a process 'exit' handler (no awaiting there). */
  killNow(): void {
    this.stopping = true
    for (const p of this.procs) signalGroup(p, 'SIGKILL')
  }
}

function signalGroup(p: Proc, signal: NodeJS.Signals): void {
  if (p.child.pid === undefined || p.child.exitCode !== null || p.child.signalCode !== null) return
  try {
    process.kill(-p.child.pid, signal)
  } catch {
    // already gone
  }
}

/** Server-side apply every CRD of ESO's bundle, then wait until each is Established. */
async function installCrds(kube: Kube, bundlePath: string): Promise<void> {
  const docs = parseAllDocuments(readFileSync(bundlePath, 'utf8'))
  const crds: Array<KubeObject & { apiVersion: string; kind: string }> = []
  for (const doc of docs) {
    const obj: unknown = doc.toJS()
    if (isCrd(obj)) crds.push(obj)
  }
  if (crds.length === 0) throw new Error(`no CRD found in ${bundlePath}`)
  for (const crd of crds) await kube.apply(crd)
  for (const crd of crds) {
    await waitFor(`CRD ${crd.metadata.name} Established`, 60_000, async () => {
      const got = await kube.get(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.metadata.name}`)
      const conds = (got?.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? []
      return conds.some((c) => c.type === 'Established' && c.status === 'True') ? true : undefined
    })
  }
}

function isCrd(obj: unknown): obj is KubeObject & { apiVersion: string; kind: string } {
  if (typeof obj !== 'object' || obj === null) return false
  const o = obj as Record<string, unknown>
  const md = o.metadata as Record<string, unknown> | undefined
  return o.kind === 'CustomResourceDefinition' && typeof o.apiVersion === 'string' && typeof md?.name === 'string'
}

/** Make a fresh directory for one cluster's state and logs. */
export function makeWorkDir(root: string): string {
  const dir = join(root, `cluster-${process.pid}-${Date.now()}`)
  mkdirSync(dir, { recursive: true })
  return dir
}
