import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { changelogNotes } from '../scripts/changelog-notes.js'

// The release workflow publishes the notes of the tagged version from
// CHANGELOG.md with `node scripts/changelog-notes.ts X.Y.Z` (plain Node 24,
// no build step) and refuses a tag whose version has no notes.

const changelog = readFileSync('CHANGELOG.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

describe('CHANGELOG.md', () => {
  it('keeps an Unreleased section first and a dated section for the version in package.json', () => {
    const headings = changelog.split('\n').filter((l) => l.startsWith('## '))
    expect(headings[0]).toBe('## [Unreleased]')
    expect(
      headings.slice(1).every((h) => /^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/.test(h)),
      headings.join('\n')
    ).toBe(true)
    expect(changelogNotes(changelog, pkg.version)).toMatch(/^### Added\n/m)
  })
})

describe('changelogNotes', () => {
  const text = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.1.0] - 2026-12-01',
    '',
    '### Fixed',
    '',
    '- a bug',
    '',
    '## [1.0.0] - 2026-11-29',
    '',
    '- first',
    '',
    '[1.1.0]: https://example.com/compare',
    ''
  ].join('\n')
  it('returns one version section, without the next one or link definitions', () => {
    expect(changelogNotes(text, '1.1.0')).toBe('### Fixed\n\n- a bug\n')
    expect(changelogNotes(text, '1.0.0')).toBe('- first\n')
  })
  it('returns null for a version without a section, and for an empty one', () => {
    expect(changelogNotes(text, '2.0.0')).toBeNull()
    expect(changelogNotes(text, '1.0')).toBeNull()
    expect(changelogNotes('## [3.0.0] - 2027-01-01\n\n## [2.0.0] - 2026-01-01\n- x\n', '3.0.0')).toBeNull()
  })
})

describe('node scripts/changelog-notes.ts (as the release workflow runs it)', () => {
  it('prints the notes of a version, with or without the v of the tag', () => {
    for (const arg of [pkg.version, `v${pkg.version}`]) {
      const res = spawnSync(process.execPath, ['scripts/changelog-notes.ts', arg], { encoding: 'utf8' })
      expect(res.status, res.stderr).toBe(0)
      expect(res.stdout).toBe(changelogNotes(changelog, pkg.version))
    }
  })
  it('fails for a version that has no notes', () => {
    const res = spawnSync(process.execPath, ['scripts/changelog-notes.ts', '99.0.0'], { encoding: 'utf8' })
    expect(res.status).toBe(1)
    expect(res.stderr).toContain('CHANGELOG.md has no notes for version "99.0.0"')
  })
})
