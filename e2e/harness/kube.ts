import { request } from 'node:https'

/** Where the test cluster's API server is and how to talk to it. */
export interface KubeConnection {
  server: string
  ca: string
  token: string
}

export class KubeError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string
  ) {
    super(`${what}: HTTP ${status}: ${body.slice(0, 600)}`)
  }
}

/** The parts of an object the tests read; the rest stays unknown. */
export interface KubeObject {
  apiVersion?: string
  kind?: string
  metadata: {
    name: string
    namespace?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
    ownerReferences?: Array<{ kind: string; name: string; controller?: boolean }>
    deletionTimestamp?: string
  }
  [field: string]: unknown
}

export interface SecretObject extends KubeObject {
  type?: string
  data?: Record<string, string>
}

const PLURALS: Record<string, string> = {
  ClusterSecretStore: 'clustersecretstores',
  ClusterExternalSecret: 'clusterexternalsecrets',
  ExternalSecret: 'externalsecrets',
  CustomResourceDefinition: 'customresourcedefinitions',
  Namespace: 'namespaces',
  Secret: 'secrets',
  ServiceAccount: 'serviceaccounts',
  ClusterRole: 'clusterroles',
  ClusterRoleBinding: 'clusterrolebindings'
}

/** API path of a (possibly not yet existing) object: `/api/v1/...` or `/apis/group/version/...`. */
export function objectPath(apiVersion: string, kind: string, name: string, namespace?: string): string {
  const plural = PLURALS[kind]
  if (plural === undefined) throw new Error(`e2e kube client: unknown kind ${kind}`)
  const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`
  const ns = namespace === undefined ? '' : `/namespaces/${namespace}`
  return `${base}${ns}/${plural}/${encodeURIComponent(name)}`
}

/**
 * A minimal Kubernetes client over node:https with a bearer token: only the
 * calls the scenarios make (server-side apply, get, list, delete, label).
 */
export class Kube {
  constructor(private readonly conn: KubeConnection) {}

  /** One HTTP call; resolves with status and body text, never throws on HTTP errors. */
  raw(method: string, path: string, body?: string, contentType = 'application/json'): Promise<{ status: number; body: string }> {
    const url = new URL(path, this.conn.server)
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          ca: this.conn.ca,
          headers: {
            authorization: `Bearer ${this.conn.token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
          }
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
          res.on('error', reject)
        }
      )
      req.on('error', reject)
      req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${path}`)))
      if (body !== undefined) req.write(body)
      req.end()
    })
  }

  async json<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
    const res = await this.raw(method, path, body === undefined ? undefined : JSON.stringify(body), contentType)
    if (res.status < 200 || res.status >= 300) throw new KubeError(res.status, res.body, `${method} ${path}`)
    return JSON.parse(res.body) as T
  }

  /** Server-side apply (as `kubectl apply --server-side --force-conflicts`). */
  apply(obj: KubeObject & { apiVersion: string; kind: string }): Promise<KubeObject> {
    const path = objectPath(obj.apiVersion, obj.kind, obj.metadata.name, obj.metadata.namespace)
    return this.json('PATCH', `${path}?fieldManager=secrets-injector-e2e&force=true`, obj, 'application/apply-patch+yaml')
  }

  async get<T extends KubeObject = KubeObject>(path: string): Promise<T | null> {
    const res = await this.raw('GET', path)
    if (res.status === 404) return null
    if (res.status !== 200) throw new KubeError(res.status, res.body, `GET ${path}`)
    return JSON.parse(res.body) as T
  }

  async list<T extends KubeObject = KubeObject>(path: string): Promise<T[]> {
    const res = await this.json<{ items: T[] }>('GET', path)
    return res.items
  }

  /** Delete; a missing object is fine. Background propagation, as kubectl does. */
  async delete(path: string): Promise<void> {
    const res = await this.raw('DELETE', path, JSON.stringify({ propagationPolicy: 'Background' }))
    if (res.status !== 200 && res.status !== 202 && res.status !== 404) throw new KubeError(res.status, res.body, `DELETE ${path}`)
  }

  /** Create or relabel a namespace (labels merged, as `kubectl label`). */
  async namespace(name: string, labels: Record<string, string> = {}): Promise<void> {
    await this.json(
      'PATCH',
      `/api/v1/namespaces/${name}?fieldManager=secrets-injector-e2e-${name}&force=true`,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } },
      'application/apply-patch+yaml'
    )
  }

  secrets(namespace: string): Promise<SecretObject[]> {
    return this.list<SecretObject>(`/api/v1/namespaces/${namespace}/secrets`)
  }
}

/** Poll `check` until it returns a value that is not undefined, or fail with the last reason. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const v = await check()
      if (v !== undefined) return v
      last = 'condition not met'
    } catch (e) {
      last = e instanceof Error ? e.message : String(e)
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: ${String(last)}`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
