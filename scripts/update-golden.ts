/**
 * Regenerates the render golden files:
 *   npx tsx scripts/update-golden.ts
 * Each fixture values file __tests__/fixtures/render/<name>.yaml renders to
 * __tests__/golden/render/<name>.yaml. Run it only on purpose, then review
 * the diff: the golden test (__tests__/render.golden.unit.test.ts) compares
 * against these files and never writes them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { normalizeRelease } from '../src/core/normalize.js'
import { renderReleases, toYaml, type Resource } from '../src/core/render/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const FIXTURE_DIR = join(ROOT, '__tests__', 'fixtures', 'render')
export const GOLDEN_DIR = join(ROOT, '__tests__', 'golden', 'render')

/** Fixture file names, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
}

/**
 * Render one fixture. Parsed with the `yaml` package and normalized directly
 * (not through lint), so the golden files depend on the renderer only.
 */
export function renderFixture(name: string): { resources: Resource[]; yaml: string } {
  const values: unknown = parse(readFileSync(join(FIXTURE_DIR, name), 'utf8'))
  const resources = renderReleases([normalizeRelease(name, values)])
  return { resources, yaml: toYaml(resources) }
}

function main(): void {
  mkdirSync(GOLDEN_DIR, { recursive: true })
  for (const name of fixtureNames()) {
    writeFileSync(join(GOLDEN_DIR, name), renderFixture(name).yaml)
    console.log(`wrote __tests__/golden/render/${basename(name)}`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
