import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { SourceFile } from '../core/types.js'
import { MAX_FILE_BYTES } from '../core/parse.js'
import { UsageError } from './io.js'

/**
 * Read values files for the core. Names stay as the user typed them (they
 * appear in findings); a file that cannot be read is a usage error naming it.
 */
export function readSources(paths: readonly string[], cwd: string): SourceFile[] {
  if (paths.length === 0) throw new UsageError('no values files given')
  return paths.map((p) => readSource(p, cwd))
}

/** Read one text file, refusing directories and files too large to be values. */
export function readSource(path: string, cwd: string): SourceFile {
  const full = resolve(cwd, path)
  let size: number
  try {
    const st = statSync(full)
    if (st.isDirectory()) throw new UsageError(`${path}: is a directory, not a values file`)
    size = st.size
  } catch (err) {
    if (err instanceof UsageError) throw err
    throw new UsageError(`${path}: cannot read (${describeFsError(err)})`)
  }
  if (size > MAX_FILE_BYTES) throw new UsageError(`${path}: larger than ${MAX_FILE_BYTES} bytes; not a values file`)
  try {
    // Decoding with fatal: false turns invalid UTF-8 into U+FFFD, which the parser reports as binary input.
    return { name: path, text: new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(full)) }
  } catch (err) {
    throw new UsageError(`${path}: cannot read (${describeFsError(err)})`)
  }
}

function describeFsError(err: unknown): string {
  const code = err !== null && typeof err === 'object' && 'code' in err ? String(err.code) : ''
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES') return 'permission denied'
  return code || (err instanceof Error ? err.message : String(err))
}
