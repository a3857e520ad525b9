// `npm run picture`: the README's picture of a pull request comment, made
// from a golden comment (the formatter's real output, compared by the unit
// tests) so the picture shows what the action posts. The Markdown is
// rendered as GitHub renders it (GFM through micromark, raw HTML such as
// <details> kept), styled with github-markdown-css inside a small frame
// that looks like a GitHub comment, and screenshotted with Debian's headless
// Chromium (apt-get install chromium fonts-noto-color-emoji fonts-liberation2).
//
//   npm run picture [-- --golden <name>] [-- --out <file.png>]
//
// <name> is a case (its `<name>.comment.md`), or a golden file by its full
// name, e.g. `gitops-published.summary.md` (a job summary).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { toHtml } from './markdown.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The golden comment shown by default: adds, removals that delete Secrets, changes, four namespaces. */
export const DEFAULT_GOLDEN = 'selector-inventory'
export const DEFAULT_OUT = 'docs/images/pr-comment.png'
const WIDTH = 860

// GitHub's comment box around the Markdown: a header line with the bot's
// name, a border, GitHub's system font stack (Liberation Sans on Debian,
// metric-compatible with Arial) and Noto Color Emoji for the emoji.
const FRAME_CSS = `
body { margin: 0; padding: 16px; background: #ffffff; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.header { display: flex; align-items: center; gap: 8px; padding: 8px 16px; background: #f6f8fa;
  border-bottom: 1px solid #d1d9e0; color: #59636e;
  font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
.header b { color: #1f2328; }
.avatar { width: 20px; height: 20px; border-radius: 50%; background: #2f81f7; }
.bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 6px; font-size: 12px; }
.markdown-body { padding: 16px; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
  sans-serif, "Noto Color Emoji"; }
`

/** The HTML page for one comment: pure, for the tests. */
export function commentPage(markdown: string, css: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>comment</title>
<style>${css}${FRAME_CSS}</style></head>
<body><div class="comment">
<div class="header"><span class="avatar"></span><b>github-actions</b><span class="bot">bot</span>commented</div>
<div class="markdown-body">
${toHtml(markdown)}
</div></div>
<script>document.body.dataset.height = String(Math.ceil(document.documentElement.getBoundingClientRect().height))</script>
</body></html>
`
}

function chromium(args: string[], profile: string): string {
  const res = spawnSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--hide-scrollbars',
      '--force-device-scale-factor=2',
      ...args
    ],
    { encoding: 'utf8', timeout: 120_000 }
  )
  if (res.error !== undefined) throw new Error(`cannot run chromium (apt-get install chromium): ${res.error.message}`)
  if (res.status !== 0) throw new Error(`chromium failed (exit ${res.status ?? res.signal}): ${res.stderr}`)
  return res.stdout
}

function main(): void {
  const { values } = parseArgs({ options: { golden: { type: 'string' }, out: { type: 'string' } } })
  const name = values.golden ?? DEFAULT_GOLDEN
  const golden = join(root, '__tests__/golden/diff', name.endsWith('.md') ? name : `${name}.comment.md`)
  const out = resolve(root, values.out ?? DEFAULT_OUT)
  const require = createRequire(import.meta.url)
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
  const tmp = mkdtempSync(join(tmpdir(), 'si-picture-'))
  try {
    const page = join(tmp, 'comment.html')
    writeFileSync(page, commentPage(readFileSync(golden, 'utf8'), css))
    const url = pathToFileURL(page).href
    // First pass: lay the page out at the final width and read its height from the DOM.
    const dom = chromium([`--window-size=${WIDTH},2000`, '--dump-dom', url], join(tmp, 'profile-1'))
    const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? NaN)
    if (!Number.isFinite(height) || height < 100) throw new Error(`could not measure the page (got ${height})`)
    chromium([`--window-size=${WIDTH},${height}`, `--screenshot=${out}`, url], join(tmp, 'profile-2'))
    console.log(`wrote ${values.out ?? DEFAULT_OUT} (${WIDTH}x${height} CSS px at 2x, ${statSync(out).size} bytes) from ${golden}`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main()
