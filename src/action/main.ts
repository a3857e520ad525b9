import * as core from '@actions/core'
import * as github from '@actions/github'
import path from 'node:path'
import { readFile } from 'node:fs/promises'
import { diffReleases, diffToJson, parseNamespaceInventory } from '../core/diff/index.js'
import type { DiffResult, NamespaceInventory } from '../core/diff/index.js'
import { formatComment, formatReport, type CommentInput } from '../core/format/comment.js'
import { countFindings, lintFiles } from '../core/lint/index.js'
import { lintAndRender } from '../core/pipeline.js'
import { resourceFileName, resourceToYaml } from '../core/render/yaml.js'
import type { Resource } from '../core/render/index.js'
import type { Finding } from '../core/types.js'
import { emitAnnotations } from './annotations.js'
import { fetchBaseFiles } from './base-files.js'
import { BUNDLE_VERSION, serializeBundle, type ReportBundle } from './bundle.js'
import { readRunContext, type RunContext } from './context.js'
import { matchesValues, readSources, resolveValues, writeDir, writeFileIn } from './files.js'
import { Git } from './git.js'
import type { Client } from './github-client.js'
import { Identity } from './identity.js'
import { getSettings } from './input-helper.js'
import { commentMarker, markerId } from './marker.js'
import { setOutputs } from './outputs.js'
import { postComment, postReview, runPost } from './post.js'
import { listPullFiles, type PullFile } from './review.js'
import { runGitops } from './gitops.js'
import { makeClient, phase, reportApiFailure, writeSummary } from './runtime.js'
import { SettingsError, type Settings } from './settings.js'

/**
 * Orchestration of one action run. Order matters: lint results (outputs,
 * annotations) come first and alone decide the exit status; everything that
 * talks to GitHub afterwards can only add a notice or a warning, never hide or
 * change the lint result.
 */

const EMPTY_DIFF: DiffResult = { secrets: [], stores: [], counts: { added: 0, removed: 0, changed: 0, storesChanged: 0 } }

/** Entry point called by src/index.ts. Never throws. */
export async function run(): Promise<void> {
  let settings: Settings
  try {
    settings = getSettings()
  } catch (error) {
    core.setFailed(error instanceof SettingsError ? error.message : `secrets-injector: ${String(error)}`)
    return
  }
  try {
    const ctx = readRunContext(process.env, github.context.payload)
    const failed = settings.mode === 'post' ? await runPost(settings, ctx) : await runCompute(settings, ctx, process.cwd())
    if (failed !== null) core.setFailed(failed)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`secrets-injector: ${message}`)
  }
}

/** Exit message for fail-on, or null when the run passes. */
function failure(settings: Settings, findings: Finding[]): string | null {
  const { errors, warnings } = countFindings(findings)
  if (settings.failOn === 'error' && errors > 0) return `secrets-injector: ${errors} lint error(s)`
  if (settings.failOn === 'warning' && errors + warnings > 0)
    return `secrets-injector: ${errors} lint error(s), ${warnings} warning(s) (fail-on: warning)`
  return null
}

interface LintOutcome {
  files: string[]
  findings: Finding[]
  resources: Resource[] | null
  head: ReturnType<typeof lintAndRender>
  inventory: NamespaceInventory | undefined
}

async function lintPhase(settings: Settings, root: string): Promise<LintOutcome> {
  const { files, unmatched } = await resolveValues(settings.values, root)
  for (const pattern of unmatched) core.warning(`values: '${pattern}' matches no file`)
  if (files.length === 0) throw new SettingsError('values', `no file matches ${settings.values.join(', ')}`)
  // Annotations, review comments and the contents API all need repository paths.
  const outside = files.find((f) => f.startsWith('../') || path.isAbsolute(f))
  if (outside !== undefined) throw new SettingsError('values', `'${outside}' is outside the workspace (${root})`)
  core.info(`values files: ${files.join(', ')}`)
  const sources = await readSources(files, root)
  const head = lintAndRender(sources)
  const findings = [...head.findings]
  let inventory: NamespaceInventory | undefined
  if (settings.namespacesFile !== null) {
    let text: string
    try {
      text = await readFile(path.join(root, settings.namespacesFile), 'utf8')
    } catch (error) {
      const code = typeof error === 'object' && error !== null ? String(Reflect.get(error, 'code') ?? error) : String(error)
      throw new SettingsError('namespaces-file', `cannot read '${settings.namespacesFile}' (${code})`)
    }
    const parsed = parseNamespaceInventory(text, settings.namespacesFile)
    findings.push(...parsed.findings)
    inventory = parsed.inventory ?? undefined
  }
  return { files, findings, resources: head.resources, head, inventory }
}

/** The base commit to diff against, or null when there is none (e.g. workflow_dispatch without base-ref). */
async function baseRevision(settings: Settings, ctx: RunContext, git: Git): Promise<string | null> {
  if (settings.baseRef !== null) return (await git.tryRevParse(settings.baseRef)) ?? settings.baseRef
  return ctx.pullRequest?.baseSha ?? ctx.pushBefore
}

async function diffPhase(
  settings: Settings,
  ctx: RunContext,
  git: Git,
  base: string | null,
  lint: LintOutcome,
  client: Client | null,
  prFiles: PullFile[] | null
): Promise<DiffResult> {
  if (base === null) {
    core.notice('No base commit (not a pull request or push, and no base-ref): every Secret is shown as added.')
    return diffReleases([], lint.head.releases, lint.inventory)
  }
  // Files the change deleted still have a base version: they diff against nothing on the head side.
  let deleted: string[] = []
  if (prFiles !== null) {
    deleted = prFiles.flatMap((f) =>
      f.status === 'removed' ? [f.filename] : f.status === 'renamed' && f.previous_filename !== undefined ? [f.previous_filename] : []
    )
  } else if (await git.hasCommit(base)) {
    deleted = (await git.tryDeletedFiles(base, 'HEAD')) ?? []
  }
  const paths = [...lint.files, ...deleted.filter((p) => matchesValues(p, settings.values) && !lint.files.includes(p))]
  const baseFiles = await fetchBaseFiles({ git, api: client?.api ?? null, repo: ctx.repo, baseSha: base, paths })
  core.info(`base ${base.slice(0, 12)}: ${baseFiles.sources.length} of ${paths.length} values file(s) found (via ${baseFiles.via})`)
  const baseReleases = lintFiles(baseFiles.sources).releases
  return diffReleases(baseReleases, lint.head.releases, lint.inventory)
}

async function runCompute(settings: Settings, ctx: RunContext, root: string): Promise<string | null> {
  const id = markerId(ctx.job, settings.valuesRaw)
  const marker = commentMarker(id)
  const work = path.join(settings.tempDir, `secrets-injector-${id}`)
  const pr = ctx.pullRequest
  const client = makeClient(settings, ctx)

  // 1. Lint: outputs and annotations first, before anything can fail on the network.
  const lint = await phase('Lint', () => lintPhase(settings, root))
  emitAnnotations(lint.findings)
  const { errors, warnings } = countFindings(lint.findings)
  setOutputs({ 'lint-errors': errors, 'lint-warnings': warnings })
  const verdict = failure(settings, lint.findings)

  // 2. Rendered head manifests (only when lint found no error: nothing broken is
  // ever written). The files are written in the background while the diff and
  // the API calls run; the output is set once they are all on disk.
  // Serialized once: the same files go to manifests-dir and to the GitOps branch.
  const manifests = lint.resources === null ? null : lint.resources.map((r) => ({ name: resourceFileName(r), text: resourceToYaml(r) }))
  let manifestsDir = ''
  let manifestsWritten: Promise<void> = Promise.resolve()
  if (manifests !== null) {
    const dir = settings.manifestsDir ?? path.join(work, 'manifests')
    manifestsDir = dir
    const t0 = performance.now()
    manifestsWritten = writeDir(dir, manifests).then(() => {
      core.info(`${manifests.length} rendered resource(s) written to ${dir}`)
      core.debug(`Render: ${(performance.now() - t0).toFixed(0)} ms`)
    })
    // Keep a write failure from being an unhandled rejection until it is awaited below.
    manifestsWritten.catch(() => undefined)
  }

  // 3. Files of the pull request: the lines inline comments may go on, and the
  // values files the PR deleted when git cannot tell (base not in the history).
  const git = new Git(root)
  const base = await baseRevision(settings, ctx, git)
  const wantsReview = settings.mode === 'full' && settings.reviewComments && lint.findings.length > 0
  const baseInGit = base !== null && (await git.hasCommit(base))
  let prFiles: PullFile[] | null = null
  if (pr !== null && client !== null && (wantsReview || !baseInGit)) {
    try {
      prFiles = await listPullFiles(client.api, ctx.repo, pr.number)
    } catch (error) {
      reportApiFailure('Listing the pull request files', error)
    }
  }

  // 4. Diff against the base.
  let diff: DiffResult | null = null
  try {
    diff = await phase('Diff', () => diffPhase(settings, ctx, git, base, lint, client, prFiles))
  } catch (error) {
    reportApiFailure('Reading the base version of the values files', error)
  }
  if (diff !== null) {
    const diffPath = path.join(work, 'diff.json')
    await writeFileIn(diffPath, diffToJson(diff))
    setOutputs({
      'secrets-added': diff.counts.added,
      'secrets-removed': diff.counts.removed,
      'secrets-changed': diff.counts.changed,
      'diff-json': diffPath
    })
  }

  // 5. Report: job summary always; comment text for pull requests.
  const headSha = pr?.headSha ?? ctx.sha
  const input: CommentInput = {
    diff: diff ?? EMPTY_DIFF,
    findings: lint.findings,
    marker,
    title: settings.title,
    mode: settings.comment === 'on-change' ? 'on-change' : 'always',
    ...(headSha !== '' ? { commit: headSha } : {}),
    ...(ctx.runUrl !== null ? { detailsUrl: ctx.runUrl } : {})
  }
  const report = formatReport(input)
  await writeSummary(
    diff === null ? `> **Note:** the Secret diff could not be computed (see the warnings of this run).\n\n${report}` : report
  )
  const body = diff === null ? null : formatComment(input)
  const fallbackBody = diff === null ? null : formatComment({ ...input, mode: 'always' })

  if (settings.mode === 'compute') {
    if (pr === null) {
      core.warning('mode: compute only writes a report bundle on pull_request events')
    } else {
      const bundle: ReportBundle = {
        version: BUNDLE_VERSION,
        markerId: id,
        repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
        pullRequest: pr.number,
        headSha: pr.headSha,
        commentBody: settings.comment === 'off' ? null : body,
        fallbackBody: fallbackBody ?? '',
        report,
        findings: lint.findings
      }
      const reportPath = settings.reportPath ?? path.join(work, 'report.json')
      await writeFileIn(reportPath, serializeBundle(bundle))
      setOutputs({ 'report-path': reportPath })
      core.info(`report bundle written to ${reportPath}`)
    }
  } else if (pr !== null && client !== null) {
    // 6. Post to the pull request.
    const identity = new Identity(client.api, settings.token)
    if (settings.comment !== 'off' && diff !== null) {
      await postComment(client, ctx, pr.number, id, identity, body, fallbackBody ?? '')
    } else if (diff === null && settings.comment !== 'off') {
      core.warning('PR comment not updated: without the diff it would be wrong.')
    }
    if (settings.reviewComments && prFiles !== null) {
      await postReview(client, ctx, pr.number, pr.headSha, id, identity, lint.findings, prFiles)
    }
  }

  // 7. Publish rendered manifests to the GitOps branch.
  await manifestsWritten
  setOutputs({ 'manifests-dir': manifestsDir })

  let publishFailure: string | null = null
  if (settings.gitops.branch !== null && settings.mode === 'full') {
    publishFailure = await runGitops(settings, ctx, root, manifests, client)
  }
  if (client !== null) core.info(`GitHub API requests: ${client.requestCount()}`)
  return verdict ?? publishFailure
}
