import { buildStatusReport, type InventorySource } from '../../core/cluster/status-report.js'
import { formatStatusText } from '../../core/cluster/status-text.js'
import { statusToJson } from '../../core/cluster/status-json.js'
import { liveInventory } from '../../core/cluster/snapshot.js'
import type { NamespaceInventory } from '../../core/diff/index.js'
import { formatFindingsText } from '../../core/lint/format.js'
import { hasErrors } from '../../core/lint/index.js'
import { lintAndRender } from '../../core/pipeline.js'
import { choice, parseCommandArgs } from '../args.js'
import { CLUSTER_FLAGS, CLUSTER_FLAGS_HELP, readClusterFromFlags } from '../cluster.js'
import { readNamespacesFile, readSources } from '../files.js'
import { EXIT, UsageError, type CliIO } from '../io.js'

export const HELP = `Usage: secrets-injector status --kubeconfig FILE [options] <values files...>

What the cluster says now about everything the values files define: each
ClusterSecretStore (ready or failing), each ClusterExternalSecret and the
namespaces that got its ExternalSecret (ready, failing and why, not created
yet), and drift: resources marked as this tool's that no values file has,
resources the values define that are missing, and resources edited by hand.
Give every values file applied to the cluster: a marked resource of a file
left out is reported as in no values file.

Options:
${CLUSTER_FLAGS_HELP}
  --namespaces-file FILE  expand label selectors with these namespaces instead of the
                          cluster's (same formats as for diff)
  --format text|json      text (default) or the stable JSON of docs/status-json.md
  -h, --help              show this help

Exit status: 0 status printed (failing Secrets and drift are reported, not
failures of the command), 1 lint errors, 2 usage error, 3 the cluster could
not be read at all (the reason is on stderr).
`

/** The cluster could not be read at all; only `status` exits with it (for every other command a cluster is optional). */
export const EXIT_UNREACHABLE = 3

/** `secrets-injector status`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...CLUSTER_FLAGS,
    'namespaces-file': { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout(HELP)
    return EXIT.ok
  }
  const format = choice('format', values.format, ['text', 'json'] as const, 'text')
  if (values.kubeconfig === undefined) throw new UsageError('give the cluster with --kubeconfig FILE')
  const { findings, releases, resources } = lintAndRender(readSources(positionals, io.cwd))

  let fileInventory: NamespaceInventory | null = null
  const nsFile = values['namespaces-file']
  if (nsFile !== undefined) {
    const parsed = readNamespacesFile(nsFile, io.cwd)
    findings.push(...parsed.findings)
    fileInventory = parsed.inventory
  }
  if (findings.length > 0) io.stderr(formatFindingsText(findings))
  if (resources === null || hasErrors(findings)) return EXIT.findings

  const snapshot = await readClusterFromFlags(values, io)
  if (snapshot === null) throw new UsageError('give the cluster with --kubeconfig FILE')
  let inventory: NamespaceInventory | null = fileInventory
  let source: InventorySource = fileInventory === null ? 'none' : 'file'
  if (inventory === null && snapshot.namespaces !== null) {
    inventory = liveInventory(snapshot.namespaces)
    source = 'cluster'
  }
  const report = buildStatusReport(releases, resources, snapshot, { inventory, source })
  io.stdout(format === 'json' ? statusToJson(report) : formatStatusText(report))
  return snapshot.reachable ? EXIT.ok : EXIT_UNREACHABLE
}
