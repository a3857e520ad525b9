// docs/action-usage.md (the action's inputs and outputs) from action.yml, so
// the docs cannot drift from the action. Written by `npm run docs`
// (scripts/gen-docs.ts); __tests__/action.docs.unit.test.ts fails when the
// committed file is stale.
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
    `<!-- Generated from action.yml by scripts/gen-action-docs.ts; do not edit by hand (npm run docs). -->`,
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
