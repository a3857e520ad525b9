// Regenerate docs/values-reference.md (from schema/values.schema.json) and
// docs/lint-rules.md (from the rule registry). Run: npx tsx scripts/gen-docs.ts
// __tests__/lint.docs.unit.test.ts fails when the committed files are stale.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintRulesMarkdown, valuesReferenceMarkdown } from '../src/core/lint/docs.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
mkdirSync(join(root, 'docs'), { recursive: true })
writeFileSync(join(root, 'docs', 'values-reference.md'), valuesReferenceMarkdown())
writeFileSync(join(root, 'docs', 'lint-rules.md'), lintRulesMarkdown())
console.log('wrote docs/values-reference.md and docs/lint-rules.md')
