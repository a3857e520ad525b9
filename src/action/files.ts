import * as glob from '@actions/glob'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SourceFile } from '../core/types.js'
import { writeOutputFiles } from '../files/output-dir.js'
import { MissingFileError, readValuesFile } from '../files/values-file.js'

/**
 * The action's file-system side: expand the `values` input, read the files,
 * write rendered manifests and the diff JSON. Paths handed to the core and to
 * GitHub are relative to the workspace with POSIX separators, because that is
 * what annotations, review comments and the contents API expect.
 */

/** `abs` relative to `root`, POSIX separators. */
export function toRepoPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/')
}

function normalizePattern(p: string): string {
  return p.replace(/^\.\//, '')
}

/**
 * True when a repository path matches the `values` patterns (the last
 * matching pattern decides, `!pattern` excludes), the way @actions/glob reads them.
 */
export function matchesValues(file: string, patterns: string[]): boolean {
  let hit = false
  for (const raw of patterns) {
    const negate = raw.startsWith('!')
    const pattern = normalizePattern(negate ? raw.slice(1) : raw)
    if (path.posix.matchesGlob(file, pattern)) hit = !negate
  }
  return hit
}

export interface ResolvedValues {
  files: string[]
  /** Patterns that matched no file (probably a typo). */
  unmatched: string[]
}

/** Expand the patterns in input order (each pattern's hits sorted), without duplicates. */
export async function resolveValues(patterns: string[], root: string): Promise<ResolvedValues> {
  const files: string[] = []
  const seen = new Set<string>()
  const unmatched: string[] = []
  const excludes = patterns.filter((p) => p.startsWith('!'))
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const globber = await glob.create([pattern, ...excludes].join('\n'), {
      matchDirectories: false,
      implicitDescendants: false,
      // A linked directory (`values -> /`) would make `**` walk the whole disk.
      followSymbolicLinks: false
    })
    const hits = (await globber.glob()).map((abs) => toRepoPath(root, abs)).sort()
    if (hits.length === 0) unmatched.push(pattern)
    for (const h of hits) {
      if (seen.has(h)) continue
      seen.add(h)
      files.push(h)
    }
  }
  return { files, unmatched }
}

/**
 * Read repository-relative files as core sources. A file that is not a
 * regular file inside the workspace (a planted link to .git/config or
 * /dev/zero) comes back refused, and lint reports it without its content.
 */
export function readSources(files: string[], root: string): SourceFile[] {
  return files.map((name) => {
    try {
      return readValuesFile(name, path.join(root, name), root)
    } catch (error) {
      // Listed by the glob a moment ago and gone now (or unreadable): a finding, not a crash.
      if (error instanceof MissingFileError) return { name, text: '', refused: { rule: 'unsafe-file', reason: error.message } }
      throw error
    }
  })
}

/**
 * Replace the contents of `dir` with the given files (name -> text): staged
 * next to it and swapped in, never written through a link (output-dir.ts).
 */
export async function writeDir(dir: string, files: Array<{ name: string; text: string }>, workspace: string): Promise<void> {
  await Promise.resolve()
  writeOutputFiles(dir, files, { mode: 'replace', workspace })
}

/** Write one file, creating its directory. */
export async function writeFileIn(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, text, 'utf8')
}
