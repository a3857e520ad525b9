import { isRecord } from '../core/values.js'

/**
 * A nested field of JSON GitHub sent (a webhook payload, a GraphQL answer, a
 * report bundle another run wrote), or undefined when any step of the path is
 * not an object. Callers check the type of what they get: nothing is cast.
 */
export function field(value: unknown, ...path: string[]): unknown {
  let cur = value
  for (const key of path) cur = isRecord(cur) && Object.hasOwn(cur, key) ? cur[key] : undefined
  return cur
}
