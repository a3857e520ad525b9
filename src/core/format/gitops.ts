import type { Section } from './fit.js'
import { plural } from './lines.js'
import type { Report, WriterContext } from './types.js'
import { encodePath } from './syntax.js'

/** Files listed per kind of change before "and N more". */
const MAX_FILES = 50

/**
 * The GitOps result: branch, commit (linked), files added, removed and
 * changed, or "no change". A labelled paragraph, not a heading: it comes
 * before the Secret summary, which a heading would swallow.
 */
export function gitopsSection(r: Report, c: WriterContext): Section | null {
  const g = r.gitops
  if (g === undefined || c.target === 'commit') return null
  const x = c.x
  const t = g.target
  const where = `branch ${x.code(t.branch)}${t.dir === '' ? '' : ` (${x.code(`${t.dir}/`)})`}`
  const commit = (sha: string): string => {
    const label = x.code(sha.slice(0, 12))
    return t.repositoryUrl === undefined ? label : x.link(label, `${t.repositoryUrl.replace(/\/+$/, '')}/commit/${encodePath(sha)}`)
  }
  const head = `${x.strong('GitOps publish:')} `
  switch (g.status) {
    case 'unchanged':
      return {
        kind: 'fixed',
        text: `${head}no change: ${where} already holds these manifests${g.commit === null ? '' : ` at ${commit(g.commit)}`}.`
      }
    case 'failed':
      return { kind: 'fixed', text: `${x.icon('❌')}${head}publishing to ${where} failed: ${x.text(g.message)}` }
    case 'skipped':
      return { kind: 'fixed', text: `${head}not published to ${where}: ${x.text(g.reason)}` }
    case 'published': {
      const counts = `${plural(g.added.length, 'file')} added, ${g.removed.length} removed, ${g.changed.length} changed`
      const lines = [`${head}published ${commit(g.commit)} to ${where}: ${counts}.`]
      const list = (verb: string, files: string[]): void => {
        if (files.length === 0) return
        const shown = files.slice(0, MAX_FILES).map((f) => x.code(f))
        const more = files.length - shown.length
        lines.push(`- ${verb}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`)
      }
      if (g.added.length + g.removed.length + g.changed.length > 0) lines.push('')
      list('added', g.added)
      list('removed', g.removed)
      list('changed', g.changed)
      return { kind: 'fixed', text: lines.join('\n') }
    }
  }
}
