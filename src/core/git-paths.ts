/**
 * Path segments that git drops or treats specially. git refuses to check out
 * or commit a path whose segment is `.git` as NTFS or HFS+ would see it
 * (`verify_path` with core.protectNTFS / core.protectHFS, on by default on
 * hosting services): case variants, trailing dots and spaces, the 8.3 short
 * name `GIT~1`, and Unicode code points HFS+ ignores. A publish into such a
 * directory would report success while git silently leaves the files out, so
 * these segments are refused up front, with the same rules for every
 * segment, not only the ones that spell `.git` today.
 */

/** Code points HFS+ ignores in file names (git's utf8.c `next_hfs_char`): `.g\u200cit` is `.git` there. */
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/

/** Names git gives a meaning to, compared without case (NTFS and HFS+ are case-insensitive). */
const GIT_NAMES = new Set(['.git', '.gitmodules', '.gitattributes', '.gitignore', '.mailmap'])

/** A Windows 8.3 short name (`GIT~1`, `GITMOD~1`): on NTFS it can stand for `.git` or any other long name. */
const SHORT_NAME = /^[^~]{1,6}~[0-9]+$/

/**
 * Why git would drop or treat `segment` specially, or null when it is an
 * ordinary name. `segment` is one path component (no slashes).
 */
export function gitSegmentProblem(segment: string): string | null {
  const shown = JSON.stringify(segment)
  if (HFS_IGNORED.test(segment)) return `${shown} contains an invisible Unicode character that macOS (HFS+) ignores in file names`
  if (segment.includes(':')) return `${shown} contains ":", which names a data stream on Windows (NTFS)`
  if (/[. ]$/.test(segment)) return `${shown} ends with "." or a space, which Windows (NTFS) drops`
  if (GIT_NAMES.has(segment.toLowerCase())) return `${shown} is a name git reserves`
  if (SHORT_NAME.test(segment)) return `${shown} looks like a Windows short name (like GIT~1, which stands for .git)`
  return null
}

/** True when `segment` is git's own directory as NTFS or HFS+ would read it (`.git`, `.GIT.`, `git~1`, `.g\u200cit`). */
export function isGitDirName(segment: string): boolean {
  const plain = segment
    .replace(new RegExp(HFS_IGNORED.source, 'g'), '')
    .replace(/[. ]+$/, '')
    .toLowerCase()
  return plain === '.git' || /^git~[0-9]+$/.test(plain)
}
