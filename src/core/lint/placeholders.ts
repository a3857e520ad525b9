import { isRecord } from '../values.js'
import type { FileLint } from './context.js'
import { quote, subject } from './wording.js'

/**
 * Text that is still a placeholder from a template or a README. Exact words
 * are matched whole; markers like TODO only in capitals, so a remote secret
 * called "todo-api" is not flagged.
 */
const PLACEHOLDER_WORD = /^(changeme|change[-_ ]me|replaceme|replace[-_ ]me|placeholder|dummy|tbd|todo|fixme|x{3,}|\.\.\.)$/i
const PLACEHOLDER_MARK =
  /<[^<>\s][^<>]*>|\b(TODO|FIXME|CHANGEME|CHANGE_ME|REPLACE_ME|TBD)\b|^[xX]{3,}(-[xX]+)+$|^0{8}-0{4}-0{4}-0{4}-0{12}$/
/** Documentation domains (RFC 2606), only in URLs: `example.com/owner` is a fine label prefix. */
const PLACEHOLDER_URL = /^[a-z][a-z0-9+.-]*:\/\/([^/@]*@)?([^/:]*\.)?example\.(com|org|net)(?=$|[:/?#])/i
/** Go template delimiters: ESO evaluates templates with text/template and escapes nothing. */
const TEMPLATE = /\{\{|\}\}/

const MAX_DEPTH = 64

function placeholder(v: string): boolean {
  return PLACEHOLDER_WORD.test(v) || PLACEHOLDER_MARK.test(v) || PLACEHOLDER_URL.test(v)
}

/**
 * One pass over every key and string of the file: template delimiters
 * (error) and leftover placeholders (warning). The path is kept as a stack
 * and only copied when something is found.
 */
export function checkPlaceholders(lint: FileLint): void {
  const stack: Array<string | number> = []
  const visit = (v: unknown): void => {
    // Values files are shallow; a deeper structure is not ours to read (and must not blow the stack).
    if (stack.length > MAX_DEPTH) return
    if (typeof v === 'string') {
      if (TEMPLATE.test(v)) {
        lint.report(
          'template-syntax',
          [...stack],
          `${subject(lint.root, stack)}: ${quote(v)} contains "{{" or "}}"; ESO templates are Go ` +
            `templates and would evaluate it. Remove the braces`
        )
      } else if (placeholder(v)) {
        lint.report(
          'placeholder-value',
          [...stack],
          `${subject(lint.root, stack)}: ${quote(v)} looks like a placeholder; replace it with the real value`
        )
      }
      return
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        stack.push(i)
        visit(v[i])
        stack.pop()
      }
      return
    }
    if (isRecord(v)) {
      for (const [k, child] of Object.entries(v)) {
        // Helm globals belong to other charts (which may template them on purpose); we never read them.
        if (stack.length === 0 && k === 'global') continue
        stack.push(k)
        if (TEMPLATE.test(k)) {
          lint.report(
            'template-syntax',
            [...stack],
            `${subject(lint.root, stack)}: the key ${quote(k)} contains "{{" or "}}"; ESO templates ` +
              `are Go templates and would evaluate it. Remove the braces`,
            'key'
          )
        }
        visit(child)
        stack.pop()
      }
    }
  }
  visit(lint.root)
}
