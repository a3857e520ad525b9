/**
 * Kubernetes name rules (apimachinery validation), as predicates that return
 * the fix to tell the user, or null when the name is fine.
 */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/

/** DNS-1123 label (namespaces): at most 63 of [a-z0-9-], alphanumeric at both ends. */
export function dnsLabelProblem(v: string): string | null {
  if (v.length <= 63 && LABEL.test(v)) return null
  return 'use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit'
}

/** DNS-1123 subdomain (ClusterExternalSecret, Secret and store names): at most 253, dot-separated labels. */
export function dnsSubdomainProblem(v: string): string | null {
  if (v.length <= 253 && SUBDOMAIN.test(v)) return null
  return 'use at most 253 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit'
}

/** Key inside a Secret's data. */
export function secretKeyProblem(v: string): string | null {
  if (v.length <= 253 && SECRET_KEY.test(v) && v !== '.' && !v.startsWith('..')) return null
  return 'use only letters, digits, "-", "_" and "." (at most 253, not "." and not starting with "..")'
}

/** Label key: optional DNS-subdomain prefix and "/", then a name of at most 63. */
export function labelKeyProblem(k: string): string | null {
  const slash = k.lastIndexOf('/')
  const prefix = slash >= 0 ? k.slice(0, slash) : null
  const name = slash >= 0 ? k.slice(slash + 1) : k
  if (prefix !== null && (prefix.length === 0 || prefix.length > 253 || !SUBDOMAIN.test(prefix))) {
    return 'the prefix before "/" must be a DNS subdomain (lowercase letters, digits, "-" and ".")'
  }
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
    return 'the name part must be at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit'
  }
  return null
}

/** Label value: empty, or at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends. */
export function labelValueProblem(v: string): string | null {
  if (v.length <= 63 && LABEL_VALUE.test(v)) return null
  return 'use at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit (or leave it empty)'
}

/** Go `time.ParseDuration` syntax, non-negative: "0", "1m", "1h30m", "1.5h". */
export function isGoDuration(v: string): boolean {
  return /^(0|([0-9]+(\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$/.test(v)
}
