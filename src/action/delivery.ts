import * as core from '@actions/core'
import path from 'node:path'
import { clusterReviewJson } from '../core/cluster/review-json.js'
import { diffToJson } from '../core/diff/index.js'
import { fitSummary, formatComment, formatSummary, worthPosting, type GitopsOutcome, type Report } from '../core/format/report.js'
import { countFindings } from '../core/lint/index.js'
import type { Finding } from '../core/types.js'
import type { GitHubApi, PullFile, RepoRef } from '../github/api.js'
import { emitAnnotations } from './annotations.js'
import type { RunContext } from './run-context.js'
import { writeDir, writeFileIn } from './files.js'
import { runGitops } from './gitops-publish.js'
import { Identity } from './identity.js'
import { writeSummary } from './job-summary.js'
import { info, phase, reportApiFailure } from './logging.js'
import { commentMarker } from './marker.js'
import { diffCountOutputs, setOutputs } from './outputs.js'
import { BUNDLE_VERSION, bundleData, bundleProblem, serializeBundle, type ReportBundle } from './report-bundle.js'
import type { PullFilesLoader, RunReport } from './report.js'
import { postReviewComments } from './review-comments.js'
import type { Settings } from './settings.js'
import { upsertComment } from './sticky-comment.js'

/**
 * The second half of a run: deliver one report. The lint result comes first
 * (annotations, outputs) and alone decides the exit status; the report is
 * formatted through the core formatter once, then goes to the job summary,
 * the PR comment (or the report bundle of mode compute), the inline review
 * comments and the GitOps branch. Everything that talks to GitHub can only
 * add a notice or a warning, never hide or change the lint result.
 */

export interface Delivery {
  settings: Settings
  ctx: RunContext
  root: string
  /** null without a token: the GitHub API parts are skipped (the client's creation said so). */
  api: GitHubApi | null
  pullFiles: PullFilesLoader
  /** The current comment marker id first, then older ids of the same input (adopted). */
  markerIds: readonly string[]
  /** Where this run's files go (diff JSON, default manifests dir and report bundle). */
  work: string
}

/** The schema's bound on findings in a report bundle. */
const MAX_BUNDLE_FINDINGS = 10_000
const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 }

/** Deliver the report; returns the failure message of the step, or null when it passes. */
export async function deliverReport(report: RunReport, d: Delivery): Promise<string | null> {
  const { settings, ctx } = d
  const verdict = await phase('Lint result', async () => {
    const remote = report.verify?.findings ?? []
    emitAnnotations([...report.findings, ...remote])
    const { errors, warnings } = countFindings(report.findings)
    setOutputs({ 'lint-errors': errors, 'lint-warnings': warnings })
    if (report.verify !== null)
      setOutputs({
        'remote-missing': report.verify.report.missing.length,
        'remote-unchecked': report.verify.report.unchecked.reduce((n, u) => n + u.count, 0)
      })
    return failure(settings, report.findings, remote)
  })
  // The write is synchronous and runs at the next await, before any API call; a refused write (a link planted among
  // manifests-dir's parents) is reported when awaited below, after the report is delivered, not as an unhandled rejection.
  const manifests = writeManifests(report, d)
  manifests.catch(() => undefined)

  // Formatted once each: the comment (also the bundle's) and the full report (job summary, bundle).
  const input = reportOf(report, d)
  const marker = commentMarker(d.markerIds[0] ?? '')
  const { text: summary, shortened: summaryShortened } = fitSummary(input, marker)
  const comment =
    report.diff === null
      ? null
      : formatComment(input, { marker, summaryShortened, ...(d.ctx.runUrl !== null ? { detailsUrl: d.ctx.runUrl } : {}) })
  await phase('Outputs and job summary', async () => {
    if (report.diff !== null) {
      const diffPath = path.join(d.work, 'diff.json')
      await writeFileIn(diffPath, diffToJson(report.diff, report.cluster === null ? {} : { cluster: clusterReviewJson(report.cluster) }))
      setOutputs({ ...diffCountOutputs(report.diff.counts), 'diff-json': diffPath })
    }
    await writeSummary(summary)
  })

  const pr = ctx.pullRequest
  if (settings.mode === 'compute') {
    await writeBundle(report, d)
  } else if (pr !== null && d.api !== null) {
    const identity = new Identity(d.api, settings.token)
    const target = { api: d.api, repo: ctx.repo, identity, markerIds: d.markerIds }
    if (settings.comment !== 'off') {
      if (comment === null) core.warning('PR comment not updated: without the diff it would be wrong.')
      else await postComment({ ...target, issueNumber: pr.number }, comment, newsworthy(settings, input))
    }
    if (settings.reviewComments && report.findings.length > 0) {
      const files = await d.pullFiles()
      if (files !== null) await postReview({ ...target, pullNumber: pr.number, headSha: pr.headSha }, report.findings, files)
    }
  }

  setOutputs({ 'manifests-dir': await manifests })
  if (settings.gitops.branch === null || settings.mode !== 'full') return verdict
  const published = await runGitops(settings, ctx, d.root, report, d.api, verdict !== null)
  // The summary was written before publishing, so a failing publish cannot lose it; now it says what publishing did.
  if (published.outcome !== null) await writeSummary(withGitops(input, marker, published.outcome), { replace: true })
  return verdict ?? published.failure
}

function withGitops(input: Report, marker: string, gitops: GitopsOutcome): string {
  return formatSummary({ ...input, gitops }, marker)
}

/**
 * Exit message for fail-on, or null when the run passes. verify's findings
 * count like lint's: a missing remote secret at `verify: error` is an error,
 * at `verify: warn` a warning, an unchecked store a warning.
 */
function failure(settings: Settings, findings: Finding[], remote: Finding[]): string | null {
  const lint = countFindings(findings)
  const verify = countFindings(remote)
  const errors = lint.errors + verify.errors
  const warnings = lint.warnings + verify.warnings
  const missing = verify.errors > 0 ? `, ${verify.errors} remote secret(s) missing` : ''
  if (settings.failOn === 'error' && errors > 0) return `secrets-injector: ${lint.errors} lint error(s)${missing}`
  if (settings.failOn === 'warning' && errors + warnings > 0)
    return `secrets-injector: ${lint.errors} lint error(s)${missing}, ${warnings} warning(s) (fail-on: warning)`
  return null
}

/**
 * What the core formatter needs to write the comment and the job summary;
 * file:line references link to the files at the head (or base) commit.
 */
function reportOf(report: RunReport, d: Delivery): Report {
  const { ctx } = d
  return {
    title: d.settings.title,
    findings: report.findings,
    diff: report.diff,
    ...(report.cluster !== null ? { cluster: report.cluster } : {}),
    ...(report.verify !== null ? { verify: report.verify.report } : {}),
    ...(report.commit !== '' ? { commit: report.commit } : {}),
    ...(report.commit !== ''
      ? {
          sources: {
            server: ctx.serverUrl,
            repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
            head: report.commit,
            ...(report.base !== null ? { base: report.base } : {})
          }
        }
      : {})
  }
}

/**
 * comment: on-change creates a comment only when the report has news (the
 * core decides: a Secret or store change, something withheld, a lint error
 * or warning; an info alone needs no attention).
 */
export function newsworthy(settings: Settings, report: Report): boolean {
  return settings.comment !== 'on-change' || worthPosting(report)
}

/** Write the rendered manifests (only when lint found no error); resolves to the directory, '' when none. */
async function writeManifests(report: RunReport, d: Delivery): Promise<string> {
  const files = report.manifests
  if (files === null) return ''
  const dir = d.settings.manifestsDir ?? path.join(d.work, 'manifests')
  const t0 = performance.now()
  await writeDir(dir, files, d.root)
  info(`${files.length} rendered resource(s) written to ${dir}`)
  core.debug(`Writing the manifests: ${(performance.now() - t0).toFixed(0)} ms`)
  return dir
}

/** mode: compute — the report bundle a `workflow_run` run posts (mode: post): data only, see report-bundle.ts. */
async function writeBundle(report: RunReport, d: Delivery): Promise<void> {
  const pr = d.ctx.pullRequest
  if (pr === null) {
    core.warning('mode: compute only writes a report bundle on pull_request events')
    return
  }
  const [markerId = '', legacyMarkerId] = d.markerIds
  const findings = [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  if (findings.length > MAX_BUNDLE_FINDINGS)
    core.warning(`report bundle: ${findings.length} findings, only the first ${MAX_BUNDLE_FINDINGS} (errors first) are carried`)
  let bundle: ReportBundle = {
    version: BUNDLE_VERSION,
    markerId,
    ...(legacyMarkerId === undefined ? {} : { legacyMarkerId }),
    repository: `${d.ctx.repo.owner}/${d.ctx.repo.repo}`,
    pullRequest: pr.number,
    headSha: pr.headSha,
    baseSha: report.base !== null && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(report.base) ? report.base : null,
    ...bundleData(findings.slice(0, MAX_BUNDLE_FINDINGS), report.comparison)
  }
  // The post side refuses what its schema does not allow; better a comment without the diff than none.
  const problem = bundleProblem(bundle)
  if (problem !== null && bundle.comparison !== null) {
    core.warning(`report bundle: the diff is left out, the post side would refuse it (${problem}); the comment will say so`)
    bundle = { ...bundle, comparison: null }
  }
  const left = bundleProblem(bundle)
  if (left !== null) {
    core.warning(`report bundle not written: ${left}`)
    return
  }
  const reportPath = d.settings.reportPath ?? path.join(d.work, 'report.json')
  await writeFileIn(reportPath, serializeBundle(bundle))
  setOutputs({ 'report-path': reportPath })
  info(`report bundle written to ${reportPath}`)
}

interface PostTarget {
  api: GitHubApi
  repo: RepoRef
  identity: Identity
  markerIds: readonly string[]
  /** What to change when a write is refused (reportApiFailure's default: the fork advice). */
  advice?: string
}

/** Create or update the sticky PR comment; API failures become a notice or a warning. */
export async function postComment(t: PostTarget & { issueNumber: number }, body: string, createIfMissing: boolean): Promise<void> {
  try {
    const posted = await phase('PR comment', () => upsertComment(t, body, createIfMissing))
    if (posted !== null) {
      info(`PR comment ${posted.action}: ${posted.url}`)
      setOutputs({ 'comment-id': posted.id, 'comment-url': posted.url })
    }
  } catch (error) {
    reportApiFailure('PR comment', error, t.advice)
  }
}

/** Post new inline review comments; API failures become a notice or a warning. */
export async function postReview(
  t: PostTarget & { pullNumber: number; headSha: string },
  findings: Finding[],
  files: PullFile[]
): Promise<void> {
  try {
    const n = await phase('Review comments', () => postReviewComments(t, findings, files))
    if (n > 0) info(`${n} inline review comment(s) posted`)
  } catch (error) {
    reportApiFailure('Inline review comments', error, t.advice)
  }
}
