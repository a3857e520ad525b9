import { hasErrors, lintFiles } from '../../core/lint/index.js'
import { formatFindingsJson, formatFindingsText } from '../../core/lint/format.js'
import { choice, parseCommandArgs } from '../args.js'
import { readSources } from '../files.js'
import { EXIT, type CliIO } from '../io.js'

export const HELP = `Usage: secrets-injector lint [--format text|json] <values files...>

Check Secrets Injector values files: YAML syntax, the JSON Schema
(schema/values.schema.json) and the rules of docs/lint-rules.md. Several files
are several releases checked together (duplicate names across files, store
references).

Options:
  --format text|json  text: one finding per line, file:line:col: severity: message [rule-id]
                      (default); json: an array of findings, each with "fix": {line, text}
                      (the corrected line) when the rule knows the exact correction
  -h, --help          show this help

Exit status: 0 clean or only warnings and infos, 1 any error, 2 usage error.
`

/** `secrets-injector lint`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout(HELP)
    return EXIT.ok
  }
  const format = choice('format', values.format, ['text', 'json'] as const, 'text')
  const { findings } = lintFiles(readSources(positionals, io.cwd))
  if (format === 'json') io.stdout(formatFindingsJson(findings))
  else if (findings.length > 0) io.stdout(formatFindingsText(findings))
  return hasErrors(findings) ? EXIT.findings : EXIT.ok
}
