import { lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs'
import path from 'node:path'
import { isGitDirName } from '../core/git-paths.js'

/**
 * Writing rendered files into a directory that a pull request may have
 * prepared: links planted in it (`x.yaml -> ~/.bashrc`, or dangling, to
 * create a file elsewhere), a link as one of its parents, a FIFO or a
 * directory where a file goes. Nothing is ever written through a link: every
 * file is created (O_EXCL) in a fresh directory next to DIR and then renamed
 * into place, and a rename replaces a link instead of following it. When
 * anything fails before the renames, DIR is untouched: no partial render.
 */

export interface OutputFile {
  /** One path segment (resource file names are validated by the renderer; checked again here). */
  name: string
  text: string
}

/** A refusal or failure of the write, with a message naming the path. */
export class OutputError extends Error {
  override name = 'OutputError'
}

export interface WriteOptions {
  /**
   * `replace`: DIR ends up holding exactly these files (the action's
   * manifests-dir). `merge`: other files in DIR are left alone (`render -o`).
   */
  mode: 'replace' | 'merge'
  /** Below this directory no parent of DIR may be a link (a checkout's content is not trusted); above it they may. */
  workspace: string
}

/**
 * Why `dir` must not be replaced, or null. Replacing deletes what DIR held:
 * the workspace itself (`.`), a directory holding it (`..`) or a place in
 * `.git` would take the checkout, its history or its credentials with it.
 */
export function replaceProblem(dir: string, workspace: string): string | null {
  const root = path.resolve(workspace)
  const target = path.resolve(root, dir)
  // `from` itself or below it: the relative path does not climb (a name like `..x` is no climb).
  const within = (from: string, to: string): string[] | null => {
    const rel = path.relative(from, to)
    const parts = rel === '' ? [] : rel.split(path.sep)
    return path.isAbsolute(rel) || parts[0] === '..' ? null : parts
  }
  if (within(target, root) !== null) return 'is the workspace or a directory holding it'
  if (within(root, target)?.some(isGitDirName) === true) return 'is inside .git'
  return null
}

/** Write `files` into `dir` as described above. Throws OutputError. */
export function writeOutputFiles(dir: string, files: readonly OutputFile[], opts: WriteOptions): void {
  const target = path.resolve(dir)
  const refused = opts.mode === 'replace' ? replaceProblem(target, opts.workspace) : null
  if (refused !== null) throw new OutputError(`${dir} ${refused}; it is replaced on every run`)
  for (const f of files) {
    if (f.name === '' || f.name === '.' || f.name === '..' || /[/\\\0]/.test(f.name))
      throw new OutputError(`unsafe file name ${JSON.stringify(f.name)}`)
  }
  const parent = path.dirname(target)
  makeParents(parent, path.resolve(opts.workspace))
  const existing = lstatOrNull(target)
  if (existing?.isSymbolicLink()) throw new OutputError(`${dir} is a symbolic link; refusing to write through it`)
  if (existing !== null && !existing.isDirectory()) throw new OutputError(`${dir} exists and is not a directory`)

  let stage: string
  try {
    stage = mkdtempSync(path.join(parent, `.${path.basename(target)}.tmp-`))
  } catch (error) {
    throw new OutputError(`cannot write next to ${dir}: ${describe(error)}`)
  }
  try {
    for (const f of files) writeFileSync(path.join(stage, f.name), f.text, { flag: 'wx', mode: 0o644 })
    if (existing === null) {
      renameSync(stage, target)
      return
    }
    if (opts.mode === 'replace') {
      const old = `${stage}.old`
      renameSync(target, old)
      renameSync(stage, target)
      // rm does not follow links: whatever was planted in the old directory goes, and only that.
      rmSync(old, { recursive: true, force: true })
      return
    }
    // Merge: every target must be a file or a link (the link itself is replaced); checked before the first rename.
    for (const f of files) {
      const st = lstatOrNull(path.join(target, f.name))
      if (st !== null && !st.isFile() && !st.isSymbolicLink())
        throw new OutputError(`${path.join(dir, f.name)} exists and is a ${kindOf(st)}; refusing to replace it`)
    }
    for (const f of files) renameSync(path.join(stage, f.name), path.join(target, f.name))
  } catch (error) {
    rmSync(stage, { recursive: true, force: true })
    if (error instanceof OutputError) throw error
    throw new OutputError(`cannot write to ${dir}: ${describe(error)}`)
  }
  rmSync(stage, { recursive: true, force: true })
}

/**
 * `mkdir -p` one level at a time. Node's recursive mkdir never returns for
 * some paths (`/proc/x`); and below the workspace a link among the parents
 * would carry the write elsewhere, so it is refused.
 */
function makeParents(dir: string, workspace: string): void {
  const { root } = path.parse(dir)
  const parts = dir
    .slice(root.length)
    .split(path.sep)
    .filter((p) => p !== '')
  let at = root
  for (const part of parts) {
    at = path.join(at, part)
    const st = lstatOrNull(at)
    const below = at !== workspace && !path.relative(workspace, at).startsWith('..') && !path.isAbsolute(path.relative(workspace, at))
    if (st === null) {
      try {
        mkdirSync(at)
      } catch (error) {
        // Created meanwhile (the action writes its diff JSON into the same work directory at the same time): fine if it is a directory.
        const now = Reflect.get(Object(error), 'code') === 'EEXIST' ? lstatOrNull(at) : null
        if (now === null || !now.isDirectory()) throw new OutputError(`cannot create ${at}: ${describe(error)}`)
      }
    } else if (st.isSymbolicLink()) {
      if (below) throw new OutputError(`${at} is a symbolic link; refusing to write through it`)
      if (!(statOrNull(at)?.isDirectory() ?? false)) throw new OutputError(`${at} is not a directory`)
    } else if (!st.isDirectory()) {
      throw new OutputError(`${at} is not a directory`)
    }
  }
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p, { throwIfNoEntry: false }) ?? null
  } catch (error) {
    throw new OutputError(`cannot inspect ${p}: ${describe(error)}`)
  }
}
function statOrNull(p: string): Stats | null {
  try {
    return statSync(p, { throwIfNoEntry: false }) ?? null
  } catch {
    return null
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'directory'
  if (st.isFIFO()) return 'FIFO'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device'
  return 'special file'
}

function describe(error: unknown): string {
  const code: unknown = error !== null && typeof error === 'object' ? Reflect.get(error, 'code') : undefined
  if (code === 'ENOENT') return 'no such directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (typeof code === 'string') return code
  return error instanceof Error ? error.message : String(error)
}
