import { clusterReviewJson } from '../../core/cluster/review-json.js'
import { reviewCluster, type ClusterReview } from '../../core/cluster/review.js'
import { liveInventory } from '../../core/cluster/snapshot.js'
import type { InventorySource } from '../../core/cluster/status-report.js'
import { diffSides, diffToJson, type DiffSide, type NamespaceInventory } from '../../core/diff/index.js'
import { formatCliMarkdown } from '../../core/format/report.js'
import { formatFindingsText, hasErrors, lintFiles } from '../../core/lint/index.js'
import type { Finding, SourceFile } from '../../core/types.js'
import { choice, parseCommandArgs } from '../args.js'
import { CLUSTER_FLAGS, CLUSTER_FLAGS_HELP, readClusterFromFlags } from '../cluster.js'
import { readNamespacesFile, readSources } from '../files.js'
import { EXIT, UsageError, type CliIO } from '../io.js'

export const HELP = `Usage: secrets-injector diff [--base FILE]... [--head FILE]... [options]

Render the base and the head values files and compare the Kubernetes Secrets
they make, per namespace: added, removed, changed (keys, type, store, remote
references, labels, policies), plus changes of ClusterSecretStores with the
Secrets that read from them. No secret value is ever read.

Options:
  --base FILE             values file before the change (repeat for several releases)
  --head FILE             values file after the change (repeat for several releases)
                          Leave one side out, or give an empty file (/dev/null),
                          for files added or deleted: they diff against nothing.
                          With as many --base as --head files, the n-th of each
                          are two versions of one file (a file that cannot be
                          read on one side is then left out on the other too).
  --namespaces-file FILE  namespaces with labels, to expand label selectors into
                          namespaces: \`kubectl get namespaces -o json\` output, a
                          list of {name, labels}, or a YAML map name -> labels
${CLUSTER_FLAGS_HELP}
                          With a cluster: label selectors are expanded with its
                          namespaces (a --namespaces-file wins), and the output adds
                          what the cluster says now about each changed Secret and the
                          drift between the cluster and the base files.
  --format markdown|json  markdown (default) or the stable JSON of docs/diff-json.md
  -h, --help              show this help

Lint findings of base and head go to stderr. An entry, store or file with a
lint error is left out of the comparison on both sides (listed under
"invalid" in JSON, and first in Markdown); the rest is still compared.
Exit status: 0 diff printed (a diff is not a failure), 1 lint errors in base or
head or an unreadable namespaces file (the diff of the valid part is still
printed), 2 usage error. A cluster that cannot be read is not an error: the
reason goes to stderr and the diff is made without it.
`

/** `secrets-injector diff`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    base: { type: 'string', multiple: true },
    head: { type: 'string', multiple: true },
    'namespaces-file': { type: 'string' },
    ...CLUSTER_FLAGS,
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout(HELP)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"; give files with --base and --head`)
  const format = choice('format', values.format, ['markdown', 'json'] as const, 'markdown')
  const basePaths = values.base ?? []
  const headPaths = values.head ?? []
  if (basePaths.length === 0 && headPaths.length === 0) throw new UsageError('give at least one --base or --head file')

  const base = lintSide(basePaths, io.cwd)
  const head = lintSide(headPaths, io.cwd)
  const findings = [...base.findings, ...head.findings]

  let inventory: NamespaceInventory | undefined
  const nsFile = values['namespaces-file']
  if (nsFile !== undefined) {
    const parsed = readNamespacesFile(nsFile, io.cwd)
    findings.push(...parsed.findings)
    if (parsed.inventory) inventory = parsed.inventory
  }

  if (findings.length > 0) io.stderr(formatFindingsText(findings))
  const snapshot = await readClusterFromFlags(values, io)
  let source: InventorySource = inventory === undefined ? 'none' : 'file'
  if (snapshot !== null && inventory === undefined && snapshot.namespaces !== null) {
    inventory = liveInventory(snapshot.namespaces)
    source = 'cluster'
  }
  // --base and --head given as many times each are the versions of the same files, in order.
  const pairs = basePaths.length === headPaths.length ? new Map(basePaths.map((b, i) => [b, headPaths[i] ?? b])) : undefined
  const diff = diffSides(base, head, inventory, pairs)
  const cluster: ClusterReview | null =
    snapshot === null
      ? null
      : reviewCluster({
          diff,
          base,
          head,
          snapshot,
          inventory,
          inventorySource: source,
          fileWon: source === 'file',
          // No base files: what the cluster should hold is the head.
          driftAgainstHead: basePaths.length === 0
        })
  if (format === 'json') io.stdout(diffToJson(diff, cluster === null ? {} : { cluster: clusterReviewJson(cluster) }))
  else io.stdout(formatCliMarkdown({ title: 'Secrets diff', findings: head.findings, diff, ...(cluster === null ? {} : { cluster }) }))
  return hasErrors(findings) ? EXIT.findings : EXIT.ok
}

/**
 * Lint one side. An empty file stands for a file that does not exist on
 * that side (added or deleted by the change), so it makes no release
 * instead of an "empty file" error.
 */
function lintSide(paths: string[], cwd: string): DiffSide & { findings: Finding[] } {
  if (paths.length === 0) return { releases: [], invalid: [], findings: [] }
  // A refused file (a link out of the workspace, a device) has no text either, but is not an absent side.
  const sources: SourceFile[] = readSources(paths, cwd).filter((s) => s.refused !== undefined || s.text.trim() !== '')
  if (sources.length === 0) return { releases: [], invalid: [], findings: [] }
  return lintFiles(sources)
}
