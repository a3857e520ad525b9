import type { ClusterReview } from '../cluster/review.js'
import type { DiffResult } from '../diff/types.js'
import type { Finding } from '../types.js'
import type { VerifyReport } from '../verify/report.js'
import type { Section } from './fit.js'
import type { Syntax } from './syntax.js'

/** Where `file:line` references point: files at a commit on GitHub. */
export interface SourceLinks {
  /** e.g. https://github.com */
  server: string
  /** owner/repo */
  repository: string
  /** Commit the head files are read at. */
  head: string
  /** Commit the base files are read at, when there is one. */
  base?: string
}

/**
 * Everything one run reports, as data (plain JSON, so a report can also
 * travel between workflow runs). Each field is one section of the report,
 * written by one section writer (SECTIONS in report.ts).
 *
 * To add a section (e.g. "would fail after merge", cluster drift): add one
 * optional field here with its data, write one `SectionWriter` in its own
 * file (return null when the field is absent or the output should not show
 * it; a `fixed` section is always kept, a `list` section with a `keep`
 * priority is trimmed item by item when the PR comment is too long), and put
 * it in SECTIONS where it belongs in document order. Every output (PR
 * comment, job summary, CLI Markdown, commit body) then shows it in the same
 * words, escaped by the same Syntax.
 */
export interface Report {
  title: string
  /** Head commit the report is for (footer). */
  commit?: string
  /** Link file:line to GitHub; without it they are written as `file:line`. */
  sources?: SourceLinks
  /** Lint findings of the head files: the verdict leads when there are errors. */
  findings: Finding[]
  /** The Secret diff, or null when it could not be computed. */
  diff: DiffResult | null
  /** What a GitOps publish of this run did. */
  gitops?: GitopsOutcome
  /** What the cluster says now and its drift, when a kubeconfig was given (docs/cluster.md). */
  cluster?: ClusterReview
  /** What `verify` found in the providers (section "would fail after merge"); absent when verify is off. */
  verify?: VerifyReport
  /**
   * Web page of the run that computed the data, when another run than the
   * writer's did: mode post shows it, because that run is the pull
   * request's own, whose workflow the pull request can change.
   */
  computedBy?: string
}

/** Which output is being written; a writer leaves out what an output does not show. */
export type Target = 'comment' | 'summary' | 'cli' | 'commit'

/** What a section writer gets besides the report. */
export interface WriterContext {
  x: Syntax
  target: Target
  /** List at most this many Secrets per store change. */
  maxAffects: number
  /** List at most this many danger notes at the top (all are in the details). */
  maxDanger: number
  /** The summary table shows at most this many namespaces (all are in the details). */
  maxTableRows: number
}

/** One section of the report; null when it has nothing to say for this output. */
export type SectionWriter = (r: Report, c: WriterContext) => Section | null

/** Where a GitOps publish went and what it did, as the job summary reports it. */
export type GitopsOutcome =
  | {
      status: 'published'
      target: GitopsTarget
      commit: string
      added: string[]
      removed: string[]
      changed: string[]
    }
  | { status: 'unchanged'; target: GitopsTarget; commit: string | null }
  | { status: 'failed'; target: GitopsTarget; message: string }
  | { status: 'skipped'; target: GitopsTarget; reason: string }

export interface GitopsTarget {
  branch: string
  /** Directory in the branch ('' for the root). */
  dir: string
  /** Web address of the repository (https://github.com/owner/repo), to link the commit; absent for another remote. */
  repositoryUrl?: string
}
