import { plainLogText } from '../format/log-line.js'
import type { Finding } from '../types.js'

/** How many findings there are of each severity: an info is a note, counted neither as an error nor as a warning. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 }
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++
    else if (f.severity === 'warning') counts.warnings++
    else counts.infos++
  }
  return counts
}

/**
 * One finding per line: `file:line:col: severity: message [rule-id]`,
 * newline-terminated ('' when none). A file name or message can hold a line
 * break or a workflow command (`a\n::add-mask::x.yaml`); each line is made
 * inert, so a CI log or terminal shows it and runs nothing.
 */
export function formatFindingsText(findings: Finding[]): string {
  return findings
    .map((f) => `${plainLogText(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${oneLine(f.message)} [${f.rule}]`)}\n`)
    .join('')
}

/**
 * JSON array of findings with a fixed key order (file, line, column,
 * severity, rule, message, and `fix` when the rule knows the exact
 * correction: `{line, text}`, the new text of that line), newline-terminated.
 */
export function formatFindingsJson(findings: Finding[]): string {
  const stable = findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    ...(f.fix === undefined ? {} : { fix: { line: f.fix.line, text: f.fix.text } })
  }))
  return `${JSON.stringify(stable, null, 2)}\n`
}

/** A message never breaks the one-finding-per-line format (YAML library messages can hold newlines). */
function oneLine(s: string): string {
  return s.replace(/\r?\n/g, ' ')
}
