// Regenerate docs/action-usage.md (the README's "Inputs and outputs" section)
// from action.yml, so the docs cannot drift from the action.
// Run: npx tsx scripts/gen-action-docs.ts   (--check: exit 1 when stale)
// __tests__/action.docs.unit.test.ts fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

interface Field {
  name: string
  description: string
  required: boolean
  default: string | null
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function fields(section: unknown, what: string): Field[] {
  if (!isRecord(section)) throw new Error(`action.yml: '${what}' must be a map`)
  return Object.entries(section).map(([name, raw]) => {
    if (!isRecord(raw) || typeof raw['description'] !== 'string') throw new Error(`action.yml: ${what}.${name} needs a description`)
    const def = raw['default']
    return {
      name,
      description: raw['description'].trim(),
      required: raw['required'] === true,
      default: def === undefined || def === '' ? null : String(def)
    }
  })
}

/** Escape text for a Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

/** The usage section for action.yml's text. Pure, for the test. */
export function renderActionUsage(actionYml: string): string {
  const doc: unknown = parse(actionYml)
  if (!isRecord(doc)) throw new Error('action.yml must be a map')
  const inputs = fields(doc['inputs'], 'inputs')
  const outputs = fields(doc['outputs'], 'outputs')
  const runs = isRecord(doc['runs']) ? doc['runs'] : {}
  const lines = [
    '# Action inputs and outputs',
    '',
    `<!-- Generated from action.yml by scripts/gen-action-docs.ts; do not edit by hand. -->`,
    '',
    `Runs on \`${String(runs['using'])}\`. Every input is optional except those marked required.`,
    '',
    '## Inputs',
    '',
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...inputs.map(
      (i) =>
        `| \`${i.name}\`${i.required ? ' (required)' : ''} | ` +
        `${i.default === null ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`
    ),
    '',
    '## Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
    ''
  ]
  return lines.join('\n')
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const next = renderActionUsage(readFileSync(join(root, 'action.yml'), 'utf8'))
  const target = join(root, 'docs', 'action-usage.md')
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {
      // missing counts as stale
    }
    if (current !== next) {
      console.error('docs/action-usage.md is out of date: run npx tsx scripts/gen-action-docs.ts')
      process.exit(1)
    }
  } else {
    writeFileSync(target, next)
    console.log('wrote docs/action-usage.md')
  }
}
