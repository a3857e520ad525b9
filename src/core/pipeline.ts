import { hasErrors, lintFiles } from './lint/index.js'
import type { Release } from './model.js'
import { eachResource, renderReleases, type Resource } from './render/index.js'
import type { Finding, InvalidItem, SourceFile } from './types.js'

/** What every shell needs from a set of values files. */
export interface PipelineResult {
  findings: Finding[]
  releases: Release[]
  /** What lint errors make unusable, for the diff to leave out. */
  invalid: InvalidItem[]
  /** Rendered resources, or null when lint found any error (nothing may be written then). */
  resources: Resource[] | null
}

/**
 * Lint, then render only if lint found no error. The shells (CLI, action,
 * publish) all go through here so none of them can render a broken file.
 */
export function lintAndRender(sources: SourceFile[]): PipelineResult {
  const { findings, releases, invalid } = lintFiles(sources)
  if (hasErrors(findings)) return { findings, releases, invalid, resources: null }
  return { findings, releases, invalid, resources: renderReleases(releases) }
}

/**
 * lintAndRender for writing a stream: the same lint first, then the
 * resources made one at a time as the caller writes them (the CLI's
 * `render` to stdout), so a large render never holds them all.
 */
export function lintThenRenderEach(sources: SourceFile[]): { findings: Finding[]; resources: Iterable<Resource> | null } {
  const { findings, releases } = lintFiles(sources)
  return { findings, resources: hasErrors(findings) ? null : eachResource(releases) }
}
