import { describeManifests } from '../diff/manifests.js'
import { expandTargets } from '../diff/describe.js'
import { diffRecords } from '../diff/diff.js'
import { formatCommitBody } from '../format/report.js'
import { gitSegmentProblem } from '../git-paths.js'

/**
 * The pure half of `publish`: given the rendered files and what the target
 * directory holds right now, decide what to write and delete. No git, no fs:
 * the git shell (src/gitops) reads the tree, calls `planPublish`, and turns
 * the plan into a commit. Re-planning on every retry is what keeps a
 * concurrent writer's changes to the same directory intact.
 */

/** File this tool owns in DIR: the list of files it wrote, so it only ever deletes its own. */
export const INDEX_FILE = '.secrets-injector-index'
/** Written next to the resources so Argo CD / Flux apply exactly the listed files. */
export const KUSTOMIZATION_FILE = 'kustomization.yaml'

/** Resource file names as `resourceFileName` makes them; anything else is refused. */
const RESOURCE_NAME = /^[a-z0-9][a-z0-9.-]*\.yaml$/
/** Most file systems cap a path segment at 255 bytes. */
const MAX_NAME_LENGTH = 255

/** One rendered resource file, named by `resourceFileName`. Names are untrusted. */
export interface RenderedFile {
  name: string
  content: string
}

/** What a tree entry is; anything but `file` is never read, written through or deleted. */
export type EntryKind = 'file' | 'symlink' | 'dir' | 'other'

/** A direct child of DIR in the current tree. */
export interface DirEntry {
  name: string
  kind: EntryKind
  /** Text of a regular file; the shell supplies it for the names the plan may touch. */
  content?: string
}

/** The target tree as the shell read it from the branch tip. */
export interface TreeState {
  /**
   * Kind of each path prefix of DIR, outermost first, ending with DIR itself;
   * `null` = absent. Empty for the repository root.
   */
  ancestors: Array<EntryKind | null>
  /** Direct children of DIR (empty when DIR is absent). */
  entries: DirEntry[]
}

/**
 * The one default headline of a GitOps commit, whoever publishes (the action,
 * the CLI): it names the source commit when known, so the GitOps history
 * points back at the change that rendered it.
 */
export function defaultCommitHeadline(sourceSha?: string): string {
  const short = sourceSha?.slice(0, 7) ?? ''
  return `secrets-injector: render ${short === '' ? 'manifests' : short}`
}

export interface PlanInput {
  files: RenderedFile[]
  /** Target directory, relative to the repository root ('' or '.' = root). Untrusted. */
  dir: string
  state: TreeState
  /** First line(s) of the commit message. */
  message: string
}

/** What one commit must do, with repository-relative paths. */
export interface Plan {
  /** Normalized DIR ('' for the root). */
  dir: string
  writes: Array<{ path: string; content: string }>
  deletes: string[]
  added: string[]
  removed: string[]
  changed: string[]
  /** False when the tree already holds exactly this output: no commit. */
  hasChanges: boolean
  /** What the commit changes, Secret by Secret, in the words of the PR comment (its body). */
  summary: string
  commitMessage: string
  /** Non-fatal notes, e.g. an indexed file that is no longer a regular file and is left alone. */
  notes: string[]
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: string[] }

/**
 * Validate and normalize DIR: relative, forward slashes, no '.', '..', empty
 * segments, no control characters, and no segment git drops or treats
 * specially (`.git` in any NTFS or HFS+ spelling: git-paths.ts). Returns the segments, or an
 * error message naming the problem.
 */
export function normalizeDir(dir: string): { ok: true; segments: string[] } | { ok: false; error: string } {
  const trimmed = dir.trim()
  if (trimmed === '' || trimmed === '.' || trimmed === './') return { ok: true, segments: [] }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(trimmed))
    return { ok: false, error: `path "${dir}": control characters and backslashes are not allowed` }
  if (trimmed.startsWith('/')) return { ok: false, error: `path "${dir}" must be relative to the repository root` }
  const segments = trimmed.replace(/^\.\//, '').replace(/\/+$/, '').split('/')
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..') return { ok: false, error: `path "${dir}" must not contain empty, "." or ".." segments` }
    const special = gitSegmentProblem(s)
    if (special !== null)
      return { ok: false, error: `path "${dir}": ${special}; git would drop or misread it, so nothing would be published` }
    if (s.length > MAX_NAME_LENGTH) return { ok: false, error: `path "${dir}": segment longer than ${MAX_NAME_LENGTH} characters` }
  }
  return { ok: true, segments }
}

/**
 * Branch names git and GitHub both accept (the rules of `git check-ref-format
 * --branch`), checked up front so both publish modes refuse the same names.
 */
export function isValidBranchName(name: string): boolean {
  if (name === '' || name === '@' || name.length > 255) return false
  // git accepts these as names, but they mean something else: `HEAD` is the checked-out commit, and
  // `refs/heads/x` would become refs/heads/refs/heads/x, a branch nobody asked for.
  if (name === 'HEAD' || name.startsWith('refs/')) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$|\/\.|\.lock\//.test(name)) return false
  return true
}

/** True when `name` is an acceptable resource file name (one safe path segment). */
export function isResourceFileName(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && RESOURCE_NAME.test(name) && name !== KUSTOMIZATION_FILE
}

/**
 * Join DIR and a validated file name, and check the result once more: exactly
 * one segment below DIR, no traversal. The second check is deliberate defence
 * in depth against a future change to the name rule.
 */
function childPath(dirSegments: string[], name: string): string {
  const path = [...dirSegments, name].join('/')
  const parts = path.split('/')
  const prefix = dirSegments.length === 0 ? '' : `${dirSegments.join('/')}/`
  if (
    parts.length !== dirSegments.length + 1 ||
    parts.some((p) => p === '' || p === '.' || p === '..') ||
    !path.startsWith(prefix) ||
    path.slice(prefix.length) !== name
  ) {
    throw new Error(`internal: path "${path}" escapes the target directory`)
  }
  return path
}

/** Parse the index file we wrote earlier. Anything unexpected = we own nothing (so we delete nothing). */
export function parseIndex(text: string | undefined): string[] {
  if (text === undefined) return []
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return []
  }
  if (typeof value !== 'object' || value === null || !('files' in value)) return []
  const files: unknown = value.files
  if (!Array.isArray(files)) return []
  return files.filter((f): f is string => typeof f === 'string' && (isResourceFileName(f) || f === KUSTOMIZATION_FILE))
}

/** The index file text: sorted, stable, one name per line for readable diffs. */
export function formatIndex(names: string[]): string {
  const sorted = [...new Set(names)].sort()
  const body = {
    generator: 'secrets-injector',
    note: 'Files in this directory written by secrets-injector publish; it deletes only these.',
    version: 1,
    files: sorted
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** kustomization.yaml listing the resources in render order (stores first). */
export function formatKustomization(names: string[]): string {
  const lines = [
    '# Generated by secrets-injector publish. Do not edit: the next publish rewrites this file.',
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization'
  ]
  // Names are validated to [a-z0-9.-], so they need no YAML quoting.
  if (names.length === 0) lines.push('resources: []')
  else lines.push('resources:', ...names.map((n) => `  - ${n}`))
  return `${lines.join('\n')}\n`
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`
}

/**
 * Plan one publish. Refuses (errors, nothing written) when a name is unsafe,
 * DIR is not a directory, or a file we would write exists and was not written
 * by us (unless it already has exactly our content, then we adopt it).
 */
export function planPublish(input: PlanInput): PlanResult {
  const errors: string[] = []
  const notes: string[] = []
  const nd = normalizeDir(input.dir)
  if (!nd.ok) return { ok: false, errors: [nd.error] }
  const dirSegments = nd.segments
  const dir = dirSegments.join('/')

  // DIR and every parent must be a real directory or absent (then all below it absent).
  if (input.state.ancestors.length !== dirSegments.length) {
    return { ok: false, errors: [`internal: expected ${dirSegments.length} ancestor kinds, got ${input.state.ancestors.length}`] }
  }
  for (const [i, kind] of input.state.ancestors.entries()) {
    if (kind !== null && kind !== 'dir') {
      const p = dirSegments.slice(0, i + 1).join('/')
      errors.push(`"${p}" is a ${kind}, not a directory; refusing to publish through it`)
    }
  }

  const seen = new Set<string>()
  for (const f of input.files) {
    if (!isResourceFileName(f.name)) {
      errors.push(`unsafe resource file name ${JSON.stringify(f.name)}: expected one path segment matching [a-z0-9][a-z0-9.-]*.yaml`)
    } else if (seen.has(f.name)) {
      errors.push(`two resources map to the same file name "${f.name}"`)
    }
    seen.add(f.name)
  }
  if (errors.length > 0) return { ok: false, errors }

  const current = new Map(input.state.entries.map((e) => [e.name, e]))
  const indexEntry = current.get(INDEX_FILE)
  if (indexEntry !== undefined && indexEntry.kind !== 'file') {
    return {
      ok: false,
      errors: [`"${childPath(dirSegments, INDEX_FILE)}" is a ${indexEntry.kind}, not our index file; refusing to publish`]
    }
  }
  const owned = new Set(parseIndex(indexEntry?.content))

  const desired: RenderedFile[] = input.files.map((f) => ({ name: f.name, content: withNewline(f.content) }))
  desired.push({ name: KUSTOMIZATION_FILE, content: formatKustomization(input.files.map((f) => f.name)) })
  const desiredNames = new Set(desired.map((f) => f.name))

  const writes: Plan['writes'] = []
  const added: string[] = []
  const changed: string[] = []
  for (const f of desired) {
    const path = childPath(dirSegments, f.name)
    const cur = current.get(f.name)
    if (cur === undefined) {
      writes.push({ path, content: f.content })
      added.push(path)
    } else if (cur.kind !== 'file') {
      errors.push(`"${path}" exists as a ${cur.kind}; refusing to replace it`)
    } else if (cur.content === undefined) {
      errors.push(`cannot compare "${path}": its content could not be read (binary or too large); refusing to replace it`)
    } else if (cur.content !== f.content) {
      if (owned.has(f.name)) {
        writes.push({ path, content: f.content })
        changed.push(path)
      } else {
        errors.push(`"${path}" exists and was not written by secrets-injector (not in ${INDEX_FILE}); refusing to overwrite it`)
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors }

  const deletes: string[] = []
  for (const name of [...owned].sort()) {
    if (desiredNames.has(name)) continue
    const cur = current.get(name)
    if (cur === undefined) continue
    const path = childPath(dirSegments, name)
    if (cur.kind === 'file') deletes.push(path)
    else notes.push(`"${path}" is listed in ${INDEX_FILE} but is now a ${cur.kind}; left alone`)
  }

  const indexText = formatIndex([...desiredNames])
  const indexPath = childPath(dirSegments, INDEX_FILE)
  if (indexEntry === undefined) {
    writes.push({ path: indexPath, content: indexText })
    added.push(indexPath)
  } else if (indexEntry.content !== indexText) {
    writes.push({ path: indexPath, content: indexText })
    changed.push(indexPath)
  }

  const summary = summarize(input.files, input.state.entries, owned)
  const headline = input.message.trim() === '' ? defaultCommitHeadline() : input.message.trim()
  const commitMessage = summary === '' ? `${headline}\n` : `${headline}\n\n${summary}\n`

  return {
    ok: true,
    plan: {
      dir,
      writes,
      deletes,
      added,
      removed: deletes,
      changed,
      hasChanges: writes.length > 0 || deletes.length > 0,
      summary,
      commitMessage,
      notes
    }
  }
}

/**
 * The commit body: the Secrets the branch held before (the files this tool
 * owns or is about to write) compared with the rendered files, read back
 * from the manifests themselves, so the body is right whatever commit the
 * branch was at, and formatted by the same formatter as the PR comment.
 */
function summarize(files: RenderedFile[], entries: DirEntry[], owned: Set<string>): string {
  const desired = new Set(files.map((f) => f.name))
  const old = entries.flatMap((e) =>
    e.kind === 'file' && e.content !== undefined && (owned.has(e.name) || desired.has(e.name)) ? [{ name: e.name, content: e.content }] : []
  )
  const before = describeManifests(old)
  const after = describeManifests(files)
  return formatCommitBody(diffRecords(expandTargets(before.secrets), expandTargets(after.secrets), before.stores, after.stores))
}
