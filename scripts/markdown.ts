// Reading the project's Markdown the way GitHub does: GFM through micromark
// (CommonMark-exact, with the GFM extension GitHub's cmark-gfm implements)
// and heading anchors through github-slugger (GitHub's own slug rules). The
// docs tests, the workflow lint and the README picture share these helpers
// so they all agree on what a heading, a link or a code block is.
import GithubSlugger from 'github-slugger'
import type { Code, Definition, Heading, Html, Link, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { parse } from 'yaml'

/** A fenced code block with the 1-based line of its first content line. */
export interface CodeBlock {
  lang: string
  body: string
  /** Line (1-based) in the Markdown file of the block's first line of content. */
  line: number
}

/** A link or image target as written, with its line. */
export interface LinkRef {
  url: string
  line: number
}

/** The mdast tree of a Markdown text (GFM). */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node)
  if ('children' in node) for (const child of node.children) walk(child, visit)
}

function nodesOf<T extends Nodes['type']>(root: Root, type: T): Array<Extract<Nodes, { type: T }>> {
  const out: Array<Extract<Nodes, { type: T }>> = []
  walk(root, (n) => {
    if (n.type === type) out.push(n as Extract<Nodes, { type: T }>)
  })
  return out
}

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return node.children.map(textOf).join('')
  return ''
}

/** Fenced code blocks, in order. */
export function codeBlocks(text: string): CodeBlock[] {
  return nodesOf(parseMarkdown(text), 'code').map((c: Code) => ({
    lang: c.lang ?? '',
    body: c.value,
    // The fence is on the start line; content begins on the next one.
    line: (c.position?.start.line ?? 0) + 1
  }))
}

/** Is this code block a GitHub Actions workflow (a YAML mapping with `on` and `jobs`)? */
export function isWorkflow(block: CodeBlock): boolean {
  if (block.lang !== 'yaml' && block.lang !== 'yml') return false
  let doc: unknown
  try {
    doc = parse(block.body)
  } catch {
    return false
  }
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'jobs' in doc && 'on' in doc
}

/** The workflow examples of a Markdown text. */
export function workflowBlocks(text: string): CodeBlock[] {
  return codeBlocks(text).filter(isWorkflow)
}

/**
 * Every anchor GitHub gives this Markdown text: one per heading, slugged
 * with GitHub's rules (duplicates get -1, -2, ...), plus explicit
 * `<a name="...">` / `id="..."` anchors in raw HTML.
 */
export function anchors(text: string): Set<string> {
  const root = parseMarkdown(text)
  const slugger = new GithubSlugger()
  const out = new Set<string>()
  for (const h of nodesOf(root, 'heading')) out.add(slugger.slug(textOf(h satisfies Heading)))
  for (const h of nodesOf(root, 'html')) {
    for (const m of (h satisfies Html).value.matchAll(/\b(?:name|id)="([^"]+)"/g)) out.add(m[1]!)
  }
  return out
}

/** Link and image targets (inline, reference definitions), in order. */
export function links(text: string): LinkRef[] {
  const root = parseMarkdown(text)
  const out: LinkRef[] = []
  walk(root, (n) => {
    if (n.type === 'link' || n.type === 'image' || n.type === 'definition') {
      const node: Link | Definition | Extract<Nodes, { type: 'image' }> = n
      out.push({ url: node.url, line: node.position?.start.line ?? 0 })
    }
  })
  // Raw HTML links and images (<img src>, <a href>) count too.
  for (const h of nodesOf(root, 'html')) {
    for (const m of h.value.matchAll(/\b(?:href|src)="([^"]+)"/g)) out.push({ url: m[1]!, line: h.position?.start.line ?? 0 })
  }
  return out
}

/** GFM to HTML as GitHub renders a comment (raw HTML such as <details> kept, as GitHub's sanitizer keeps it). */
export function toHtml(text: string): string {
  return micromark(text, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
}
