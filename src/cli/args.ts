import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * node:util parseArgs with our error style: an unknown flag or a missing
 * value is a UsageError naming the flag, never a stack trace.
 */
export function parseCommandArgs<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    throw new UsageError(msg.replace(/\. To specify a positional argument.*$/s, ''))
  }
}

/** Validate a choice-valued flag. */
export function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`)
}
