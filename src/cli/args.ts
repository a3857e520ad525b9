import { parseArgs, type ParseArgsConfig } from 'node:util'
import { didYouMean } from '../core/lint/suggest.js'
import { UsageError } from './io.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Check every option the user wrote against the command's options, in our
 * error style: an unknown flag names the closest known one, a string option
 * needs a value, a switch takes none. node:util reads the arguments
 * (non-strict, so it never throws its own messages); the checks are ours.
 */
function checkOptions(argv: string[], options: Options): void {
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true })
  const known = Object.keys(options)
  for (const t of tokens) {
    if (t.kind !== 'option') continue
    const spec = Object.hasOwn(options, t.name) ? options[t.name] : undefined
    if (spec === undefined) {
      const guess = didYouMean(t.name, known)
      throw new UsageError(`unknown option ${t.rawName}${guess === undefined ? '' : `; did you mean --${guess}?`}`)
    }
    // As the user wrote it: `--output` or its short alias `-o`.
    const name = t.rawName
    if (spec.type === 'string') {
      // A value that looks like an option was most likely meant as one: say so rather than swallow it.
      if (t.value === undefined || (t.inlineValue !== true && t.value.startsWith('-'))) {
        throw new UsageError(
          `${name} needs a value${t.value === undefined ? '' : ` (got the option ${t.value}; write ${name}=${t.value} if you mean it)`}`
        )
      }
    } else if (t.inlineValue === true) {
      throw new UsageError(`${name} takes no value`)
    }
  }
}

/**
 * The one parser of the CLI's flags: node:util parseArgs after our own
 * checks, so every mistake is a UsageError naming the flag (with a
 * did-you-mean for a typo), never a raw parseArgs message or a stack trace.
 */
export function parseCommandArgs<T extends Options>(argv: string[], options: T) {
  checkOptions(argv, options)
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    // Unreachable after checkOptions; kept so a parseArgs rule we did not foresee is still a usage error.
    throw new UsageError(`cannot read the options (${err instanceof Error ? err.message.split('.')[0] : String(err)})`)
  }
}

/** Validate a choice-valued flag; a near miss gets a did-you-mean. */
export function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  const hit = allowed.find((a) => a === value)
  if (hit !== undefined) return hit
  const guess = didYouMean(value, allowed)
  throw new UsageError(
    `--${flag} must be one of ${allowed.join(', ')}; got "${value}"${guess === undefined ? '' : ` (did you mean ${guess}?)`}`
  )
}
