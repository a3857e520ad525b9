import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs'
import path from 'node:path'
import { isGitDirName } from '../core/git-paths.js'
import { LIMITS } from '../core/limits.js'
import type { SourceFile } from '../core/types.js'

/**
 * Reading a values file that a pull request may have planted. The file can
 * be a symbolic link to `.git/config` (where actions/checkout keeps the
 * token), to /dev/zero, to a FIFO that never answers, or a file that grows
 * while it is read. Only a regular file whose real path stays inside the
 * workspace, outside `.git`, is read, and never more than LIMITS.fileBytes of
 * it. Anything else becomes a refused SourceFile: the core turns it into an
 * `unsafe-file` (or `limit-exceeded`) finding that names the path and never
 * its content. Both shells read values files through here.
 */

/** A file that does not exist (or a dangling link): the shells report it their own way. */
export class MissingFileError extends Error {
  override name = 'MissingFileError'
  constructor(
    readonly file: string,
    readonly code: string,
    /** The name exists but is a link that leads nowhere: `<(...)` is one (/dev/fd/63 -> pipe:[...]). */
    dangling = false
  ) {
    super(
      `${file}: cannot read (${
        dangling
          ? 'a link to no file: a pipe such as <(...) or a dangling link; give a regular file'
          : code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
              ? 'permission denied'
              : code
      })`
    )
  }
}

/**
 * Read `file` (as the user named it, shown in findings) at `absolute`, which
 * must resolve inside `workspace`. Throws MissingFileError when there is no
 * such file; every other refusal is returned as data.
 */
export function readValuesFile(file: string, absolute: string, workspace: string): SourceFile {
  const refuse = (rule: 'unsafe-file' | 'limit-exceeded', reason: string): SourceFile => ({
    name: file,
    text: '',
    refused: { rule, reason }
  })
  let link: Stats | undefined
  let real: string
  try {
    link = lstatSync(absolute)
    real = realpathSync(absolute)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ELOOP') return refuse('unsafe-file', `${file} is a symbolic link that loops; values files must be regular files`)
    throw new MissingFileError(file, code, code === 'ENOENT' && link?.isSymbolicLink() === true)
  }
  const viaLink = link.isSymbolicLink() || real !== absolute
  const root = realRoot(workspace)
  const inside = path.relative(root, real)
  if (inside === '' || inside.startsWith(`..${path.sep}`) || inside === '..' || path.isAbsolute(inside)) {
    return refuse(
      'unsafe-file',
      viaLink
        ? `${file} is a symbolic link to a file outside the workspace; values files must be regular files in the repository`
        : `${file} is outside the workspace`
    )
  }
  if (inside.split(path.sep).some(isGitDirName)) {
    return refuse(
      'unsafe-file',
      `${file} ${viaLink ? 'is a symbolic link into' : 'is inside'} .git; values files must be regular files in the repository`
    )
  }

  let fd: number
  try {
    // O_NOFOLLOW: a link swapped in after realpath is not followed; O_NONBLOCK: opening a FIFO does not wait for a writer.
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ELOOP') return refuse('unsafe-file', `${file} was replaced by a symbolic link while it was read`)
    if (code === 'ENXIO') return refuse('unsafe-file', `${file} is a ${kindOf(link)}, not a regular file`)
    throw new MissingFileError(file, code, code === 'ENOENT' && viaLink)
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return refuse('unsafe-file', `${file} is a ${kindOf(st)}, not a regular file; values files must be regular files`)
    // Read until end of file and never past the limit: the size fstat reports may be a lie (a file still growing, /proc).
    let buffer = Buffer.allocUnsafe(Math.min(LIMITS.fileBytes + 1, Math.max(st.size + 1, 64 * 1024)))
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > LIMITS.fileBytes) break
        const bigger = Buffer.allocUnsafe(Math.min(LIMITS.fileBytes + 1, buffer.length * 2))
        buffer.copy(bigger, 0, 0, length)
        buffer = bigger
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
    }
    if (length > LIMITS.fileBytes)
      return refuse('limit-exceeded', `${file} is larger than ${LIMITS.fileBytes} bytes (limit); not a values file`)
    // Decoding with fatal: false turns invalid UTF-8 into U+FFFD, which the parser reports as binary input.
    return { name: file, text: new TextDecoder('utf-8', { fatal: false }).decode(buffer.subarray(0, length)) }
  } finally {
    closeSync(fd)
  }
}

const roots = new Map<string, string>()
/** The workspace's real path (it may itself sit behind a link, like /tmp on macOS). */
function realRoot(workspace: string): string {
  let r = roots.get(workspace)
  if (r === undefined) {
    r = realpathSync(workspace)
    roots.set(workspace, r)
  }
  return r
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'directory'
  if (st.isFIFO()) return 'FIFO'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device'
  if (st.isSocket()) return 'socket'
  if (st.isSymbolicLink()) return 'symbolic link'
  return 'special file'
}

function errorCode(error: unknown): string {
  const code: unknown = error !== null && typeof error === 'object' ? Reflect.get(error, 'code') : undefined
  return typeof code === 'string' ? code : 'unknown error'
}
