// Prints the release notes of one version from CHANGELOG.md (Keep a
// Changelog: a `## [X.Y.Z] - YYYY-MM-DD` heading, then the notes up to the
// next `## ` heading). The release workflow publishes them as the GitHub
// release text. Plain TypeScript that Node 24 runs without a build step:
//   node scripts/changelog-notes.ts 1.2.3
// Exits 1 when the version has no section or the section is empty.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The notes of `version` in a Keep a Changelog text, or null when there is no non-empty section for it. */
export function changelogNotes(changelog: string, version: string): string | null {
  const lines = changelog.split('\n')
  const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`)
  const start = lines.findIndex((l) => heading.test(l))
  if (start < 0) return null
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  if (end < 0) end = lines.length
  // Link reference definitions at the end of the file belong to no section.
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !/^\[[^\]]+\]: \S+$/.test(l))
    .join('\n')
    .trim()
  return body === '' ? null : `${body}\n`
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const version = (process.argv[2] ?? '').replace(/^v/, '')
  const notes = changelogNotes(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), version)
  if (notes === null) {
    process.stderr.write(`CHANGELOG.md has no notes for version "${version}" (a "## [${version}] - YYYY-MM-DD" section)\n`)
    process.exit(1)
  }
  process.stdout.write(notes)
}
