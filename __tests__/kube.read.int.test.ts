import { execFileSync } from 'node:child_process'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCluster } from '../src/kube/index.js'

// The Kubernetes wrapper against a local HTTP server that answers list calls
// the way an API server does, so every fault a real cluster cannot be made
// to show on demand (a hang, a 503, a 403 on one list, an old ESO) is tried.

type Handler = (req: IncomingMessage, res: ServerResponse) => void

let server: Server
let port = 0
let handler: Handler = () => undefined
const seen: string[] = []
const dir = mkdtempSync(join(tmpdir(), 'si-kube-'))

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`)
    handler(req, res)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const addr = server.address()
  port = typeof addr === 'object' && addr !== null ? addr.port : 0
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

function kubeconfig(token = 'sekret-token-123', server = `http://127.0.0.1:${port}`): string {
  const path = join(dir, `kc-${Math.random().toString(36).slice(2)}.yaml`)
  writeFileSync(
    path,
    `apiVersion: v1
kind: Config
clusters:
- name: local
  cluster: {server: '${server}', insecure-skip-tls-verify: true}
users:
- name: u
  user: {token: ${token}}
contexts:
- name: local
  context: {cluster: local, user: u}
- name: other
  context: {cluster: local, user: u}
current-context: local
`
  )
  return path
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

const list = (items: unknown[], cont?: string) => ({ kind: 'List', apiVersion: 'v1', metadata: cont ? { continue: cont } : {}, items })

const NS = list([{ metadata: { name: 'shop', labels: { tier: 'web' } } }])
const STORES = list([
  {
    metadata: { name: 'kv', labels: { 'app.kubernetes.io/managed-by': 'secrets-injector' } },
    spec: { provider: {} },
    status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Valid', message: 'ok' }] }
  }
])
const CES = list([
  {
    metadata: { name: 'app' },
    spec: { refreshTime: '1m' },
    status: { provisionedNamespaces: ['shop'], failedNamespaces: [{ namespace: 'locked', reason: 'no' }] }
  }
])
const ES = list([
  {
    metadata: { name: 'app', namespace: 'shop', generation: 2, ownerReferences: [{ kind: 'ClusterExternalSecret', name: 'app' }] },
    spec: { target: { name: 'app-creds' } },
    status: {
      syncedResourceVersion: '2-abc',
      binding: { name: 'app-creds' },
      refreshTime: '2025-01-01T00:00:00Z',
      conditions: [{ type: 'Ready', status: 'False', reason: 'SecretSyncedError', message: 'boom' }]
    }
  }
])

/** A healthy API server with ESO v1; `over` answers chosen paths differently. */
function apiServer(over: Record<string, Handler> = {}): Handler {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? ''
    const o = over[path]
    if (o) return o(req, res)
    if (path === '/api/v1/namespaces') return send(res, 200, NS)
    if (path === '/apis/external-secrets.io/v1/clustersecretstores') return send(res, 200, STORES)
    if (path === '/apis/external-secrets.io/v1/clusterexternalsecrets') return send(res, 200, CES)
    if (path === '/apis/external-secrets.io/v1/externalsecrets') return send(res, 200, ES)
    send(res, 404, { kind: 'Status', code: 404 })
  }
}

describe('readCluster', () => {
  it('reads the four lists, only with GET list calls, and turns them into the snapshot', async () => {
    seen.length = 0
    handler = apiServer()
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap).toEqual({
      context: 'local',
      reachable: true,
      namespaces: [{ name: 'shop', labels: { tier: 'web' } }],
      stores: [
        {
          name: 'kv',
          labels: { 'app.kubernetes.io/managed-by': 'secrets-injector' },
          spec: { provider: {} },
          ready: { type: 'Ready', status: 'True', reason: 'Valid', message: 'ok' }
        }
      ],
      clusterExternalSecrets: [
        {
          name: 'app',
          labels: {},
          spec: { refreshTime: '1m' },
          provisionedNamespaces: ['shop'],
          failedNamespaces: [{ namespace: 'locked', reason: 'no' }],
          ready: null
        }
      ],
      externalSecrets: [
        {
          namespace: 'shop',
          name: 'app',
          owner: 'app',
          targetName: 'app-creds',
          generation: 2,
          syncedGeneration: 2,
          ready: { type: 'Ready', status: 'False', reason: 'SecretSyncedError', message: 'boom' },
          boundSecret: 'app-creds',
          refreshTime: '2025-01-01T00:00:00Z'
        }
      ],
      notices: []
    })
    expect(seen.map((s) => s.split('?')[0])).toEqual([
      'GET /api/v1/namespaces',
      'GET /apis/external-secrets.io/v1/clustersecretstores',
      'GET /apis/external-secrets.io/v1/clusterexternalsecrets',
      'GET /apis/external-secrets.io/v1/externalsecrets'
    ])
    expect(seen.every((s) => s.endsWith('Bearer sekret-token-123'))).toBe(true)
    expect(seen.some((s) => s.includes('secrets?') && !s.includes('externalsecrets'))).toBe(false)
  })

  it('follows `continue` across pages', async () => {
    handler = apiServer({
      '/api/v1/namespaces': (req, res) => {
        const cont = new URL(req.url ?? '', 'http://x').searchParams.get('continue')
        if (cont === null) return send(res, 200, list([{ metadata: { name: 'a' } }], 'page-2'))
        send(res, 200, list([{ metadata: { name: 'b' } }]))
      }
    })
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap.namespaces?.map((n) => n.name)).toEqual(['a', 'b'])
  })

  it('a list longer than the bound is not used, with a notice', async () => {
    handler = apiServer()
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null, { maxItems: 0 })
    expect(snap.namespaces).toBeNull()
    expect(snap.notices[0]).toMatch(/^Namespaces not used: more than 0;/)
  })

  it('retries a 503 and a reset connection, then succeeds', async () => {
    let n = 0
    handler = apiServer({
      '/api/v1/namespaces': (req, res) => {
        n++
        if (n === 1) return send(res, 503, { kind: 'Status' }, { 'retry-after': '1' })
        if (n === 2) return req.socket.destroy()
        send(res, 200, NS)
      }
    })
    const waits: number[] = []
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null, { sleep: async (ms) => void waits.push(ms) })
    expect(n).toBe(3)
    expect(waits).toEqual([1000, 1000])
    expect(snap.namespaces).toHaveLength(1)
  })

  it('a 403 on one list: a notice naming the permission, the others still read', async () => {
    handler = apiServer({
      '/apis/external-secrets.io/v1/externalsecrets': (_req, res) => send(res, 403, { kind: 'Status', message: 'forbidden: User "x"' })
    })
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap.reachable).toBe(true)
    expect(snap.externalSecrets).toBeNull()
    expect(snap.namespaces).toHaveLength(1)
    expect(snap.notices).toEqual([
      'ExternalSecrets not read (context "local"): permission denied (HTTP 403): the credentials may not ' +
        '"list externalsecrets.external-secrets.io" at cluster scope (docs/cluster.md).'
    ])
  })

  it('an ESO that serves only v1beta1 is read through v1beta1', async () => {
    handler = (req, res) => {
      const path = (req.url ?? '').split('?')[0] ?? ''
      if (path === '/api/v1/namespaces') return send(res, 200, NS)
      if (path.startsWith('/apis/external-secrets.io/v1beta1/')) return send(res, 200, list([]))
      send(res, 404, { kind: 'Status' })
    }
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap.notices).toEqual([])
    expect(snap.stores).toEqual([])
    expect(snap.externalSecrets).toEqual([])
  })

  it('no ESO at all: one notice per ESO list, namespaces still read', async () => {
    handler = (req, res) => ((req.url ?? '').startsWith('/api/v1/namespaces') ? send(res, 200, NS) : send(res, 404, { kind: 'Status' }))
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap.namespaces).toHaveLength(1)
    expect(snap.notices[0]).toContain("ClusterSecretStores not read: ESO's API (external-secrets.io v1 or v1beta1) is not served")
    expect(snap.notices).toHaveLength(3)
  })

  it('a 404 for namespaces is no API server at that address, not a cluster without ESO', async () => {
    seen.length = 0
    handler = (_req, res) => send(res, 404, { message: 'page not found' })
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap.reachable).toBe(false)
    expect(snap.notices).toEqual([
      'Cluster not read (context "local"): list namespaces failed: ' +
        'not served (HTTP 404); the server of the kubeconfig does not serve the Kubernetes API at that address.'
    ])
    expect(seen).toHaveLength(1)
  })

  it('a server that never answers: one notice, within the bound, nothing more tried', async () => {
    seen.length = 0
    handler = () => undefined
    const t0 = Date.now()
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null, { callTimeoutMs: 300 })
    expect(Date.now() - t0).toBeLessThan(3000)
    expect(snap.reachable).toBe(false)
    expect(snap.notices).toEqual(['Cluster not read (context "local"): list namespaces failed: no answer within 300 ms.'])
    expect(seen).toHaveLength(1)
  })

  it('the whole read is bounded too', async () => {
    handler = apiServer({ '/apis/external-secrets.io/v1/clusterexternalsecrets': () => undefined })
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null, { callTimeoutMs: 5000, totalTimeoutMs: 400 })
    expect(snap.reachable).toBe(true)
    expect(snap.namespaces).toHaveLength(1)
    expect(snap.clusterExternalSecrets).toBeNull()
    expect(snap.notices[0]).toMatch(
      /^Cluster not read \(context "local"\): list clusterexternalsecrets.external-secrets.io failed: .* The rest was not read\.$/
    )
  })

  it('a 401 ends the read at once with one notice, and never echoes the token', async () => {
    seen.length = 0
    handler = (_req, res) => send(res, 401, { kind: 'Status', message: 'Unauthorized' })
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap.reachable).toBe(false)
    expect(snap.notices).toEqual([
      'Cluster not read (context "local"): list namespaces failed: ' +
        'the API server refused the credentials (HTTP 401); the token may have expired.'
    ])
    expect(seen).toHaveLength(1)
    expect(JSON.stringify(snap)).not.toContain('sekret-token-123')
  })

  it('an answer that is not a list (a proxy sign-in page) is no cluster, not an empty one', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<html><body>Sign in</body></html>')
    }
    const snap = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(snap.reachable).toBe(false)
    expect(snap.namespaces).toBeNull()
    expect(snap.notices).toEqual([
      'Cluster not read (context "local"): list namespaces failed: ' +
        'the answer is not a Kubernetes list; is the server of the kubeconfig a Kubernetes API server?'
    ])
    handler = apiServer({ '/apis/external-secrets.io/v1/clustersecretstores': (_req, res) => send(res, 200, { kind: 'Status' }) })
    const later = await readCluster({ path: kubeconfig(), cwd: dir }, null)
    expect(later.namespaces).toHaveLength(1)
    expect(later.stores).toBeNull()
    expect(later.notices).toEqual([
      'Cluster not read (context "local"): list clustersecretstores.external-secrets.io failed: ' +
        'the answer is not a Kubernetes list; is the server of the kubeconfig a Kubernetes API server? The rest was not read.'
    ])
  })

  it("a credential plugin's failure is told without its output, which may hold the token; local failures are not connections", async () => {
    const withUser = (user: string, server = `http://127.0.0.1:${port}`) =>
      `apiVersion: v1\nkind: Config\nclusters:\n- name: l\n  cluster: {server: '${server}', insecure-skip-tls-verify: true}\n` +
      `users:\n- name: u\n  user: ${user}\ncontexts:\n- name: l\n  context: {cluster: l, user: u}\ncurrent-context: l\n`
    const exec = (command: string, args: string[] = []) =>
      withUser(`{exec: {apiVersion: client.authentication.k8s.io/v1, command: '${command}', args: ${JSON.stringify(args)}}}`)
    handler = apiServer()
    // A plugin that prints a bare token instead of an ExecCredential: the parse error would quote it.
    const plain = await readCluster({ content: exec('/bin/echo', ['ya29.sekret-token-123']) }, null)
    expect(plain.notices).toEqual([
      'Cluster not read (context "l"): list namespaces failed: ' +
        "the kubeconfig's credential plugin failed (its output is not repeated: it may hold a credential)."
    ])
    const stderr = await readCluster({ content: exec('/bin/sh', ['-c', 'echo token=sekret-token-123 >&2; exit 1']) }, null)
    expect(JSON.stringify(stderr)).not.toContain('sekret')
    const missing = await readCluster({ content: exec('/nonexistent/kubelogin') }, null)
    expect(missing.notices).toEqual([
      'Cluster not read (context "l"): list namespaces failed: the kubeconfig\'s exec credential plugin could not be run (ENOENT).'
    ])
    const files = await readCluster(
      { content: withUser('{client-certificate: /nonexistent/c.crt, client-key: /nonexistent/c.key}', 'https://127.0.0.1:1') },
      null
    )
    expect(files.notices).toEqual([
      'Cluster not read (context "l"): list namespaces failed: a certificate or key file the kubeconfig names cannot be read (ENOENT).'
    ])
    // No plugin: the client's own words about the kubeconfig, not a word about credentials.
    const ftp = await readCluster({ content: withUser('{token: abcdefgh}', 'ftp://127.0.0.1') }, null)
    expect(ftp.notices).toEqual([
      'Cluster not read (context "l"): list namespaces failed: the request could not be made: ' +
        'You need to define an absolute base url for the server.'
    ])
  })

  it('a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const addr = closed.address()
    await new Promise((r) => closed.close(r))
    const snap = await readCluster(
      { path: kubeconfig('t0ken-abc', `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 1}`), cwd: dir },
      null
    )
    expect(snap.notices).toEqual(['Cluster not read (context "local"): list namespaces failed: connection refused.'])
  })
})

describe('a kubeconfig that cannot be used is a notice that never quotes it', () => {
  const read = (text: string, context: string | null = null) => {
    const path = join(dir, 'bad.yaml')
    writeFileSync(path, text)
    return readCluster({ path: 'bad.yaml', cwd: dir }, context)
  }

  it('missing file', async () => {
    const snap = await readCluster({ path: 'nope.yaml', cwd: dir }, null)
    expect(snap.notices).toEqual(['Cluster not read: the kubeconfig nope.yaml: no such file.'])
  })

  it('a FIFO or a device: refused at once, never read', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')])
    const fifo = await readCluster({ path: 'fifo.yaml', cwd: dir }, null)
    expect(fifo.notices).toEqual(['Cluster not read: the kubeconfig fifo.yaml: not a regular file.'])
    const zero = await readCluster({ path: '/dev/zero', cwd: dir }, null)
    expect(zero.notices).toEqual(['Cluster not read: the kubeconfig /dev/zero: not a regular file.'])
  })

  it('broken YAML: the line, never the text', async () => {
    const snap = await read('users:\n- user: {token: "sekret-token-123\n')
    expect(snap.notices[0]).toMatch(/^Cluster not read: the kubeconfig bad.yaml: not valid YAML \(line \d+\)\.$/)
    expect(snap.notices[0]).not.toContain('sekret')
  })

  it('an unknown context lists the ones there are; content given directly works the same', async () => {
    const snap = await readCluster(
      { content: '{apiVersion: v1, kind: Config, clusters: [], users: [], contexts: [{name: a, context: {cluster: c, user: u}}]}' },
      'b'
    )
    expect(snap).toMatchObject({ reachable: false, context: 'b' })
    expect(snap.notices).toEqual(['Cluster not read: the kubeconfig: context "b" is not in it (contexts: "a").'])
  })

  it('no current-context and none given', async () => {
    const snap = await read('apiVersion: v1\nkind: Config\nclusters: []\nusers: []\ncontexts: []\n')
    expect(snap.notices).toEqual([
      'Cluster not read: the kubeconfig bad.yaml: it sets no current-context; name one of its contexts (none).'
    ])
  })

  it('a context whose cluster is missing', async () => {
    const snap = await read(
      'apiVersion: v1\nclusters: []\nusers: []\ncontexts: [{name: a, context: {cluster: gone, user: u}}]\ncurrent-context: a\n'
    )
    expect(snap.notices).toEqual(['Cluster not read: the kubeconfig bad.yaml: context "a" names cluster "gone", which is not in it.'])
  })
})
