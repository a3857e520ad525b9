/**
 * Which lines of a pull request file a review comment may target. GitHub
 * accepts inline comments only on lines inside the diff hunks, so we parse the
 * unified-diff `patch` that `pulls.listFiles` returns. Lines are head-side
 * (RIGHT) line numbers: added lines and unchanged context lines.
 */

const HUNK_RE = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/** Head-side line numbers that appear in the patch (added or context lines). */
export function commentableLines(patch: string | null | undefined): Set<number> {
  const lines = new Set<number>()
  if (patch === null || patch === undefined || patch === '') return lines
  let next = 0
  let inHunk = false
  for (const raw of patch.split('\n')) {
    const hunk = HUNK_RE.exec(raw)
    if (hunk !== null) {
      next = Number(hunk[1])
      inHunk = true
      continue
    }
    if (!inHunk) continue
    const tag = raw.charAt(0)
    // '-' lines exist only on the base side; '\' is "No newline at end of file".
    if (tag === '+' || tag === ' ') lines.add(next++)
  }
  return lines
}
