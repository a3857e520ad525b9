import * as core from '@actions/core'
import type { Finding } from '../core/types.js'

/**
 * Lint findings as workflow annotations on file and line, titled with the
 * rule id; they appear on the run and in the PR's "Files changed" tab.
 */
export function emitAnnotations(findings: Finding[]): void {
  for (const f of findings) {
    const props: core.AnnotationProperties = { file: f.file, startLine: f.line, startColumn: f.column, title: f.rule }
    if (f.severity === 'error') core.error(f.message, props)
    else if (f.severity === 'warning') core.warning(f.message, props)
    else core.notice(f.message, props)
  }
}
