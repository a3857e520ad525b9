import { statSync } from 'node:fs'
import { devNull } from 'node:os'
import path from 'node:path'
import { parseNamespaceInventory, type NamespaceInventory } from '../core/diff/index.js'
import { finding } from '../core/lint/rules.js'
import type { Finding, SourceFile } from '../core/types.js'
import { MissingFileError, readValuesFile } from '../files/values-file.js'
import { UsageError } from './io.js'

/**
 * Read values files for the core. Names stay as the user typed them (they
 * appear in findings); a file that does not exist is a usage error naming it.
 *
 * The workspace a file must stay in is the working directory; a path the user
 * wrote outside it (`../other/values.yaml`, an absolute path) is their own
 * choice, and then its directory is the workspace. Either way a symbolic link
 * planted in a checkout cannot lead the read anywhere else (values-file.ts).
 */
export function readSources(paths: readonly string[], cwd: string): SourceFile[] {
  if (paths.length === 0) throw new UsageError('no values files given')
  return paths.map((p) => readSource(p, cwd))
}

/** Read one file; `/dev/null` is the conventional empty file (diff uses it for "no file on this side"). */
export function readSource(file: string, cwd: string): SourceFile {
  if (file === devNull) return { name: file, text: '' }
  const absolute = path.resolve(cwd, file)
  const fromCwd = path.relative(cwd, absolute)
  const outside = fromCwd === '..' || fromCwd.startsWith(`..${path.sep}`) || path.isAbsolute(fromCwd)
  // A directory on the command line is a mistake in the call, as before; everything else is judged by the reader.
  if (statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true)
    throw new UsageError(`${file}: is a directory, not a values file`)
  try {
    return readValuesFile(file, absolute, outside ? path.dirname(absolute) : cwd)
  } catch (error) {
    if (error instanceof MissingFileError) throw new UsageError(error.message)
    throw error
  }
}

/**
 * Read a `--namespaces-file` (diff, status). A file the reader refuses (a
 * link out of the workspace, a device, too large) is that refusal as a
 * finding: its text is never parsed or quoted.
 */
export function readNamespacesFile(file: string, cwd: string): { inventory: NamespaceInventory | null; findings: Finding[] } {
  const source = readSource(file, cwd)
  if (source.refused !== undefined)
    return { inventory: null, findings: [finding(source.refused.rule, file, { line: 1, column: 1 }, source.refused.reason)] }
  return parseNamespaceInventory(source.text, file)
}
