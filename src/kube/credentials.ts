import { parseDocument } from 'yaml'
import { isRecord } from '../core/values.js'

// Kept apart from kubeconfig.ts, which loads the Kubernetes client: a shell
// masks credentials first thing, before it knows whether it will read the
// cluster at all, and must not pay for loading the client to do so.

/** Keys whose values are secrets, in `user`, in an auth-provider's config and in an exec plugin's env. */
const SECRET_KEY = /token|secret|password|passwd|key-data|credential/i

/**
 * Every credential in a kubeconfig's text (`token`, `password`,
 * `client-key-data`, auth-provider tokens and secrets, exec env values with
 * secret-looking names), for a shell to mask in its logs before anything
 * else happens. Read with our own parser so that a kubeconfig the loader
 * refuses is masked too. Names, paths, certificates and commands are not
 * secret and masking them would garble every log line that mentions them.
 */
export function kubeconfigCredentials(text: string): string[] {
  const out = new Set<string>()
  const add = (v: unknown): void => {
    if (typeof v === 'string' && v.trim().length >= 6) out.add(v)
  }
  const doc = parseDocument(text, { prettyErrors: false })
  const root: unknown = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : null
  const users = isRecord(root) && Array.isArray(root.users) ? root.users : []
  for (const u of users) {
    const user = isRecord(u) && isRecord(u.user) ? u.user : null
    if (user === null) continue
    for (const [k, v] of Object.entries(user)) if (SECRET_KEY.test(k)) add(v)
    const provider = isRecord(user['auth-provider']) ? user['auth-provider'] : null
    if (provider !== null && isRecord(provider.config)) {
      for (const [k, v] of Object.entries(provider.config)) if (SECRET_KEY.test(k)) add(v)
    }
    const exec = isRecord(user.exec) ? user.exec : null
    if (exec !== null && Array.isArray(exec.env)) {
      for (const e of exec.env) if (isRecord(e) && typeof e.name === 'string' && SECRET_KEY.test(e.name)) add(e.value)
    }
  }
  return [...out].sort()
}
