import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { MAX_BUNDLE_BYTES } from '../src/action/report-bundle.js'
import { MAX_REVIEW_COMMENTS } from '../src/action/review-comments.js'
import { GITHUB_COMMENT_LIMIT, GITHUB_SUMMARY_LIMIT_BYTES } from '../src/core/format/report.js'
import { LIMITS } from '../src/core/limits.js'
import { DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_RETRIES } from '../src/github/client.js'
import { LOCAL_TIMEOUT_MS, MAX_OUTPUT, NETWORK_LIMITS } from '../src/git/git.js'
import { MAX_ATTEMPTS, MAX_BACKOFF_MS } from '../src/gitops/publish.js'
import { MAX_KUBECONFIG_BYTES } from '../src/kube/kubeconfig-limits.js'
import { DEFAULTS as CLUSTER_READ } from '../src/kube/read-cluster.js'
import { STORE_TIMEOUT_MS } from '../src/verify/runner.js'

/**
 * The limits docs/threat-model.md names are the ones the code enforces:
 * each row of its table is checked against the constant it quotes.
 */

const doc = readFileSync('docs/threat-model.md', 'utf8')
const rows = new Map(
  doc
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| What |'))
    .map((l) => {
      const [what = '', limit = '', rule = ''] = l.slice(2, -2).split(' | ')
      return [what, `${limit} | ${rule}`] as const
    })
)
const row = (what: string): string => {
  const r = rows.get(what)
  if (r === undefined) throw new Error(`docs/threat-model.md has no row '${what}'`)
  return r
}
const n = (v: number): string => v.toLocaleString('en-US')
const schema: unknown = JSON.parse(readFileSync('schema/report-bundle.schema.json', 'utf8'))
const at = (...path: string[]): unknown => path.reduce<unknown>((o, k) => Reflect.get(Object(o), k), schema)
const action: unknown = parseYaml(readFileSync('action.yml', 'utf8'))

describe('docs/threat-model.md', () => {
  it('quotes the limits of a values file, each with the rule that reports it', () => {
    expect(row('Size of one values file')).toBe(
      `16 MiB (${n(LIMITS.fileBytes)} bytes) | [\`limit-exceeded\`](lint-rules.md#limit-exceeded)`
    )
    expect(LIMITS.fileBytes).toBe(16 * 1024 * 1024)
    const limit = (what: string, v: number, rule = 'limit-exceeded') =>
      expect(row(what), what).toBe(`${n(v)} | [\`${rule}\`](lint-rules.md#${rule})`)
    limit('YAML nodes written in one file', LIMITS.nodes)
    limit('Nodes after expanding aliases and merge keys', LIMITS.expandedNodes, 'yaml-alias-bomb')
    limit('Nesting depth', LIMITS.depth)
    limit('Keys of one mapping', LIMITS.keysPerMapping)
    limit('Items of one list (`externalsecrets` among them)', LIMITS.itemsPerList)
    limit('Characters of one key or string', LIMITS.stringLength)
    limit('Labels of one entry or selector', LIMITS.labels)
    limit("Namespaces, regexes and selectors in one store's conditions", LIMITS.conditionItems)
    limit('RE2 instructions one store condition regex compiles to (estimated from its text, before compiling)', LIMITS.regexInstructions)
    limit('RE2 instructions of all distinct store condition regexes of one run', LIMITS.regexInstructionsPerRun)
  })
  it('quotes the output and API limits of the code', () => {
    expect(row('PR comment')).toContain(`${n(GITHUB_COMMENT_LIMIT)} characters`)
    expect(row('Job summary')).toContain(`${n(GITHUB_SUMMARY_LIMIT_BYTES)} bytes`)
    expect(row('Inline review comments')).toContain(`${MAX_REVIEW_COMMENTS} per run`)
    const apiTimeout = Reflect.get(Object(Reflect.get(Object(Reflect.get(Object(action), 'inputs')), 'api-timeout')), 'default')
    expect(row('All GitHub API calls of a run')).toContain(`${String(apiTimeout)} s from the first call`)
    expect(row('One GitHub API request')).toContain(`${DEFAULT_REQUEST_TIMEOUT_MS / 1000} s, retried ${DEFAULT_RETRIES} times`)
  })
  it('quotes the bounds of the report bundle schema', () => {
    const bundle = row('Report bundle')
    expect(bundle).toContain(`${MAX_BUNDLE_BYTES / 1024 / 1024} MiB`)
    expect(bundle).toContain(`${n(Number(at('properties', 'findings', 'maxItems')))} findings`)
    expect(bundle).toContain(`${n(Number(at('definitions', 'side', 'properties', 'records', 'maxItems')))} Secrets`)
    expect(bundle).toContain(`${n(Number(at('definitions', 'side', 'properties', 'stores', 'maxItems')))} stores`)
  })
  it('quotes the bounds of a cluster read and of verify', () => {
    expect(row('Reading a cluster (with a kubeconfig)')).toContain(
      `${CLUSTER_READ.callTimeoutMs / 1000} s per call, ${CLUSTER_READ.totalTimeoutMs / 1000} s in all; ${n(CLUSTER_READ.maxItems)} items`
    )
    expect(row('Size of a kubeconfig')).toContain(`${MAX_KUBECONFIG_BYTES / 1024 / 1024} MiB`)
    expect(row("Asking one provider's store (`verify`)")).toContain(`${STORE_TIMEOUT_MS / 1000} s`)
  })
  it('quotes the time bounds of git', () => {
    expect(row(`A git transfer below ${NETWORK_LIMITS.lowSpeedLimit} bytes/s`)).toContain(`${NETWORK_LIMITS.lowSpeedTimeSeconds} s`)
    expect(row('One git call to a remote (fetch, push)')).toContain(`${NETWORK_LIMITS.timeoutMs / 1000} s`)
    expect(row('Any other git call')).toContain(`${LOCAL_TIMEOUT_MS / 1000} s; ${MAX_OUTPUT / 1024 / 1024} MiB of output`)
    expect(row('Publish attempts when the branch keeps moving')).toContain(`${MAX_ATTEMPTS}, backoff capped at ${MAX_BACKOFF_MS / 1000} s`)
  })
})
