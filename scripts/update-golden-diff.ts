/**
 * Regenerate the diff golden files (__tests__/golden/diff/) from the
 * fixtures in __tests__/fixtures/diff/. Run only on purpose, then review the
 * git diff of the golden files like code:
 *
 *   npx tsx scripts/update-golden-diff.ts
 *
 * The tests never write golden files; they only compare.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GOLDEN_DIR, goldenOutputs, loadCases } from '../__tests__/fixtures/diff/cases.js'

mkdirSync(GOLDEN_DIR, { recursive: true })
const written = new Set<string>()
for (const c of loadCases()) {
  for (const [file, text] of Object.entries(goldenOutputs(c))) {
    writeFileSync(join(GOLDEN_DIR, file), text)
    written.add(file)
  }
}
// Goldens of cases that no longer exist would otherwise linger unchecked.
for (const f of readdirSync(GOLDEN_DIR)) if (!written.has(f)) rmSync(join(GOLDEN_DIR, f))
process.stdout.write(`wrote ${written.size} golden files to ${GOLDEN_DIR}\n`)
