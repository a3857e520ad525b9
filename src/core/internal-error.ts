/**
 * What a user sees of a bug of ours: that it is one, and a short id to quote
 * in a report, never the exception's text or stack. Those can hold anything
 * the failing code held (a path, a value from the file, a token) and end up
 * in annotations, PR comments and logs. The id is a hash of the class and
 * message, so the same bug gets the same id on every run; the shells print
 * the stack only when debugging is asked for.
 */
export function internalErrorText(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name || 'Error' : typeof error
  const message = error instanceof Error ? error.message : String(error)
  return `internal error, please report it (${name} #${shortHash(`${name}:${message}`)})`
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two reports apart, not a secret. */
function shortHash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}
