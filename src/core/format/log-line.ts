/**
 * One line of plain text that a terminal or a CI runner shows as it is.
 *
 * GitHub's runner reads every line a step prints and runs a line that starts
 * with `::` (after leading blanks) as a workflow command, and the legacy form
 * `##[command]` anywhere in a line; a terminal runs escape sequences. File
 * names, messages from servers and anything else from a pull request may
 * hold line breaks, control characters or such markers, so every plain line
 * the action logs and every finding line the CLI prints goes through here.
 */

// Line breaks (the runner splits on CR and LF), other C0/C1 controls (terminal escapes) and Unicode line separators.
// eslint-disable-next-line no-control-regex -- control characters are exactly what the class finds
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' }
const ZWSP = '\u200b'

/**
 * `text` as one inert line: line breaks and control characters shown as
 * escapes (`\n`, `\u001b`), a leading `::` and every `##[` broken by a
 * zero-width space, so neither a runner nor a terminal finds a command in it.
 */
export function plainLogText(text: string): string {
  const oneLine = text.replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return oneLine.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replaceAll('##[', `##${ZWSP}[`)
}
