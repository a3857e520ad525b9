import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { KubeConfig } from '@kubernetes/client-node'
import { isMap, LineCounter, parseDocument } from 'yaml'
import { isRecord } from '../core/values.js'
import { MAX_KUBECONFIG_BYTES } from './kubeconfig-limits.js'

/** Where the kubeconfig comes from: a file, or the file's content (a secret passed to the action). */
export type KubeconfigSource = { path: string; cwd: string } | { content: string }

/** A kubeconfig loaded and pointed at one context. */
export interface LoadedKubeconfig {
  config: KubeConfig
  context: string
}

/** Why a kubeconfig cannot be used; the message never quotes the file's content. */
export class KubeconfigError extends Error {
  override name = 'KubeconfigError'
}

/**
 * Load a kubeconfig and select `context` (or the file's current-context).
 * The YAML is checked with our own parser first: the loader's parser quotes
 * the offending lines in its errors, and those lines may hold a token. Paths
 * inside a kubeconfig file (certificate-authority, client-key) are relative
 * to the file, as kubectl reads them.
 */
export function loadKubeconfig(source: KubeconfigSource, context: string | null): LoadedKubeconfig {
  const text = 'content' in source ? source.content : readKubeconfigFile(resolve(source.cwd, source.path))
  if (Buffer.byteLength(text) > MAX_KUBECONFIG_BYTES)
    throw new KubeconfigError(`larger than ${MAX_KUBECONFIG_BYTES} bytes; not a kubeconfig`)
  checkYaml(text)
  const config = new KubeConfig()
  try {
    config.loadFromString(text)
  } catch (err) {
    // The loader's own messages name fields (`clusters[0].cluster.server is missing`), never values.
    throw new KubeconfigError(`not a usable kubeconfig: ${err instanceof Error ? err.message : String(err)}`)
  }
  if ('path' in source) config.makePathsAbsolute(dirname(resolve(source.cwd, source.path)))
  const names = config.getContexts().map((c) => c.name)
  const wanted = context ?? config.getCurrentContext()
  if (wanted === '' || wanted === undefined) {
    throw new KubeconfigError(`it sets no current-context; name one of its contexts (${list(names)})`)
  }
  const ctx = config.getContextObject(wanted)
  if (ctx === null) throw new KubeconfigError(`context "${wanted}" is not in it (contexts: ${list(names)})`)
  config.setCurrentContext(wanted)
  if (config.getCurrentCluster() === null)
    throw new KubeconfigError(`context "${wanted}" names cluster "${ctx.cluster}", which is not in it`)
  return { config, context: wanted }
}

/**
 * Read a kubeconfig file; a FIFO or a device (a mistyped path, /dev/zero) is
 * refused before it is read: reading one would wait for a writer or never end.
 */
function readKubeconfigFile(path: string): string {
  let fd: number | undefined
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer; the type is judged on what was opened.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const st = fstatSync(fd)
    if (!st.isFile()) throw new KubeconfigError('not a regular file')
    if (st.size > MAX_KUBECONFIG_BYTES) throw new KubeconfigError(`larger than ${MAX_KUBECONFIG_BYTES} bytes; not a kubeconfig`)
    return readFileSync(fd, 'utf8')
  } catch (err) {
    if (err instanceof KubeconfigError) throw err
    const code = isRecord(err) && typeof err.code === 'string' ? err.code : ''
    throw new KubeconfigError(code === 'ENOENT' ? 'no such file' : `cannot read it (${code || 'error'})`)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function checkYaml(text: string): void {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const err = doc.errors[0]
  if (err !== undefined) throw new KubeconfigError(`not valid YAML (line ${lineCounter.linePos(err.pos[0]).line})`)
  if (!isMap(doc.contents)) throw new KubeconfigError('not a kubeconfig (expected a YAML map with clusters, users and contexts)')
}

function list(names: string[]): string {
  return names.length === 0 ? 'none' : names.map((n) => `"${n}"`).join(', ')
}
