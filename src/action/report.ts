import * as core from '@actions/core'
import path from 'node:path'
import { reviewCluster, type ClusterReview } from '../core/cluster/review.js'
import { liveInventory, type ClusterSnapshot } from '../core/cluster/snapshot.js'
import type { InventorySource } from '../core/cluster/status-report.js'
import {
  comparisonOf,
  diffComparison,
  parseNamespaceInventory,
  type Comparison,
  type DiffResult,
  type DiffSide,
  type NamespaceInventory
} from '../core/diff/index.js'
import { hasErrors, lintFiles } from '../core/lint/index.js'
import { lintAndRender } from '../core/pipeline.js'
import { resourceFileName, resourceToYaml } from '../core/render/yaml.js'
import { finding } from '../core/lint/rules.js'
import type { Finding, SourceFile } from '../core/types.js'
import { readValuesFile } from '../files/values-file.js'
import type { VerifyReport } from '../core/verify/report.js'
import type { Contents, PullFile } from '../github/api.js'
import type { Git } from '../git/git.js'
import { chooseBaseSource, readBaseFiles } from './base-files.js'
import { readClusterForRun } from './cluster-read.js'
import type { RunContext } from './run-context.js'
import { matchesValues, readSources, resolveValues } from './files.js'
import { info, phase, reportApiFailure } from './logging.js'
import { SettingsError, type Settings } from './settings.js'
import { summaryLine, verifyReleases } from '../verify/verify.js'

/**
 * The first half of a run: what the change does, as data. Lint the head
 * values files, render them, and diff against the base. Nothing is written or
 * posted here (only logged); delivery.ts turns the report into outputs,
 * the job summary, the PR comment and the GitOps commit.
 */

/** One rendered resource file, serialized once for manifests-dir and the GitOps branch. */
export interface Manifest {
  name: string
  text: string
}

/** What one run found: the data every delivery formats. */
export interface RunReport {
  /** Head values files, repository paths. */
  files: string[]
  findings: Finding[]
  /** Rendered head resources, or null when lint found an error (nothing broken is ever written). */
  manifests: Manifest[] | null
  /**
   * Per-namespace Secret diff against the base, leaving out what lint found
   * broken on either side (listed in its `invalid`); null when the base could
   * not be read (a warning says why).
   */
  diff: DiffResult | null
  /** What the diff compares (null with it): a report bundle carries it instead of any text. */
  comparison: Comparison | null
  /** The commit the report describes ('' when unknown). */
  commit: string
  /** The base commit the diff compares with, or null when there is none. */
  base: string | null
  /** What the cluster says now, and drift; null without a kubeconfig (or without a diff to relate it to). */
  cluster: ClusterReview | null
  /** What `verify` found in the providers; null when it is off or lint found errors. */
  verify: { findings: Finding[]; report: VerifyReport } | null
}

/** The pull request's files, listed at most once per run and only if something needs them; null when unavailable. */
export type PullFilesLoader = () => Promise<PullFile[] | null>

interface HeadLint {
  files: string[]
  findings: Finding[]
  manifests: Manifest[] | null
  releases: ReturnType<typeof lintAndRender>['releases']
  sources: SourceFile[]
  invalid: ReturnType<typeof lintAndRender>['invalid']
  inventory: NamespaceInventory | undefined
}

/** Compute the report of this run. */
export async function computeReport(opts: {
  settings: Settings
  ctx: RunContext
  root: string
  git: Git
  api: Contents | null
  pullFiles: PullFilesLoader
}): Promise<RunReport> {
  const { settings, ctx } = opts
  const head = await phase('Lint', () => lintHead(settings, opts.root))
  const kubeconfig = settings.kubeconfig
  const snapshot = kubeconfig === null ? null : await phase('Cluster', () => readClusterForRun(kubeconfig, settings.kubeContext, opts.root))
  // A namespaces file wins over the cluster's namespaces; the cluster fills in when there is none.
  let source: InventorySource = head.inventory === undefined ? 'none' : 'file'
  if (head.inventory === undefined && snapshot !== null && snapshot.namespaces !== null) {
    head.inventory = liveInventory(snapshot.namespaces)
    source = 'cluster'
  }
  let compared: Compared | null = null
  const base = await baseRevision(settings, ctx, opts.git)
  try {
    compared = await phase('Diff', () => diffAgainstBase(opts, head, base))
  } catch (error) {
    reportApiFailure('Reading the base version of the values files', error)
  }
  const commit = ctx.pullRequest?.headSha ?? ctx.sha
  const diff = compared?.diff ?? null
  const verify = settings.verify.mode === 'off' ? null : await phase('Verify', () => verifyHead(settings, head))
  return {
    files: head.files,
    findings: head.findings,
    manifests: head.manifests,
    diff,
    comparison: compared?.comparison ?? null,
    commit,
    base,
    cluster: compared === null || snapshot === null ? null : clusterReview(compared, head, snapshot, source, base === null),
    verify
  }
}

function clusterReview(
  compared: Compared,
  head: HeadLint,
  snapshot: ClusterSnapshot,
  source: InventorySource,
  noBase: boolean
): ClusterReview {
  return reviewCluster({
    diff: compared.diff,
    base: compared.base,
    head,
    snapshot,
    inventory: head.inventory,
    inventorySource: source,
    fileWon: source === 'file',
    // Without a base commit, what the cluster should hold is the values as they are.
    driftAgainstHead: noBase
  })
}

/**
 * Ask the providers whether every remote secret exists (names and metadata
 * only), with the credentials the runner has: the SDKs' default chains, and
 * for Vault VAULT_TOKEN or a JWT login with this workflow's OIDC token. A
 * token obtained is masked at once. Files with lint errors are not verified.
 */
async function verifyHead(settings: Settings, head: HeadLint): Promise<RunReport['verify']> {
  if (hasErrors(head.findings)) {
    core.notice('verify: skipped, lint found errors (fix them first; no provider was asked)')
    return null
  }
  const outcome = await verifyReleases(head.releases, head.sources, {
    env: process.env,
    level: settings.verify.mode === 'error' ? 'error' : 'warning',
    ...(settings.verify.vaultRole !== null ? { vaultRole: settings.verify.vaultRole } : {}),
    vaultAuthPath: settings.verify.vaultAuthPath,
    getIdToken: () => core.getIDToken(),
    onToken: (token) => core.setSecret(token)
  })
  info(`verify: ${summaryLine(outcome.summary)}`)
  return { findings: outcome.findings, report: outcome.report }
}

async function lintHead(settings: Settings, root: string): Promise<HeadLint> {
  const { files, unmatched } = await resolveValues(settings.values, root)
  for (const pattern of unmatched) core.warning(`values: '${pattern}' matches no file`)
  if (files.length === 0) throw new SettingsError('values', `no file matches ${settings.values.join(', ')}`)
  // Annotations, review comments and the contents API all need repository paths.
  const outside = files.find((f) => f.startsWith('../') || path.isAbsolute(f))
  if (outside !== undefined) throw new SettingsError('values', `'${outside}' is outside the workspace (${root})`)
  info(`values files: ${files.join(', ')}`)
  const sources = readSources(files, root)
  const head = lintAndRender(sources)
  const findings = [...head.findings]
  let inventory: NamespaceInventory | undefined
  if (settings.namespacesFile !== null) {
    let source: SourceFile
    try {
      source = readValuesFile(settings.namespacesFile, path.join(root, settings.namespacesFile), root)
    } catch (error) {
      throw new SettingsError('namespaces-file', error instanceof Error ? error.message : String(error))
    }
    if (source.refused !== undefined) {
      // Its text is never parsed or quoted: a planted link must not leak what it points to.
      findings.push(finding(source.refused.rule, settings.namespacesFile, { line: 1, column: 1 }, source.refused.reason))
    } else {
      const parsed = parseNamespaceInventory(source.text, settings.namespacesFile)
      findings.push(...parsed.findings)
      inventory = parsed.inventory ?? undefined
    }
  }
  const manifests = head.resources === null ? null : head.resources.map((r) => ({ name: resourceFileName(r), text: resourceToYaml(r) }))
  return { files, findings, manifests, releases: head.releases, sources, invalid: head.invalid, inventory }
}

/** The base commit to diff against, or null when there is none (e.g. workflow_dispatch without base-ref). */
async function baseRevision(settings: Settings, ctx: RunContext, git: Git): Promise<string | null> {
  if (settings.baseRef !== null) return (await git.tryRevParse(settings.baseRef)) ?? settings.baseRef
  return ctx.pullRequest?.baseSha ?? ctx.pushBefore
}

async function diffAgainstBase(
  opts: { settings: Settings; ctx: RunContext; git: Git; api: Contents | null; pullFiles: PullFilesLoader },
  head: HeadLint,
  base: string | null
): Promise<Compared> {
  const { settings, ctx, git } = opts
  if (base === null) {
    core.notice('No base commit (not a pull request or push, and no base-ref): every Secret is shown as added.')
    const none: DiffSide = { releases: [], invalid: [] }
    return compare(none, head)
  }
  const source = await chooseBaseSource(git, opts.api, ctx.repo, base)
  if (source.via === 'none') throw new Error(source.reason)
  // Files the change deleted still have a base version: they diff against nothing on the head side.
  const deleted =
    source.via === 'git'
      ? ((await git.tryDeletedFiles(base, 'HEAD')) ?? [])
      : ((await opts.pullFiles()) ?? []).flatMap((f) =>
          f.status === 'removed' ? [f.filename] : f.status === 'renamed' && f.previousFilename !== undefined ? [f.previousFilename] : []
        )
  const paths = [...head.files, ...deleted.filter((p) => matchesValues(p, settings.values) && !head.files.includes(p))]
  const sources = await readBaseFiles(source, paths)
  info(`base ${base.slice(0, 12)}: ${sources.length} of ${paths.length} values file(s) found (via ${source.via})`)
  const baseSide = lintFiles(sources)
  return compare(baseSide, head)
}

/** The diff against a base side, with what it compares (for the report bundle) and the base side itself (for the cluster review). */
interface Compared {
  diff: DiffResult
  comparison: Comparison
  base: DiffSide
}

function compare(base: DiffSide, head: HeadLint): Compared {
  const comparison = comparisonOf(base, head, head.inventory)
  return { diff: diffComparison(comparison), comparison, base }
}
