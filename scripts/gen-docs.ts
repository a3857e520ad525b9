// `npm run docs`: regenerate the reference pages of docs/ from the code they
// describe, so they cannot drift from it:
//   docs/values-reference.md  from schema/values.schema.json
//   docs/lint-rules.md        from the rule registry (src/core/lint/rules.ts)
//   docs/action-usage.md      from action.yml
// and one generated source file, for the same reason:
//   src/core/lint/schema-validator.generated.ts  the schemas compiled by ajv
//   src/action/report-bundle-validator.generated.ts  (scripts/schema-validator.ts)
// `npm run docs -- --check` writes nothing and exits 1 naming every stale
// page (.ci/run and CI run it). The unit tests compare the same pages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintRulesMarkdown, valuesReferenceMarkdown } from '../src/core/lint/docs.js'
import { renderActionUsage } from './gen-action-docs.js'
import { bundleValidatorSource, schemaValidatorSource } from './schema-validator.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Every generated page: path relative to the repository root -> its content. */
export function generatedDocs(): Record<string, string> {
  return {
    'docs/values-reference.md': valuesReferenceMarkdown(),
    'docs/lint-rules.md': lintRulesMarkdown(),
    'docs/action-usage.md': renderActionUsage(readFileSync(join(root, 'action.yml'), 'utf8')),
    'src/core/lint/schema-validator.generated.ts': schemaValidatorSource(),
    'src/action/report-bundle-validator.generated.ts': bundleValidatorSource()
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check')
  const stale: string[] = []
  for (const [file, text] of Object.entries(generatedDocs())) {
    const path = join(root, file)
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null
    if (current === text) continue
    if (check) stale.push(file)
    else {
      writeFileSync(path, text)
      console.log(`wrote ${file}`)
    }
  }
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}; run npm run docs and commit the result`)
    process.exit(1)
  }
  if (check) console.log('generated docs are up to date')
}
