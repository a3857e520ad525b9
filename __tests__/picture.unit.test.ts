import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { commentPage, DEFAULT_GOLDEN, DEFAULT_OUT } from '../scripts/picture.js'

// The README's picture (npm run picture) is made from a golden comment, so it
// shows what the formatter writes. The screenshot needs Chromium and is not
// byte-stable across versions; these checks keep its inputs honest.

describe('the README picture of a pull request comment', () => {
  const golden = readFileSync(`__tests__/golden/diff/${DEFAULT_GOLDEN}.comment.md`, 'utf8')

  it('renders the golden comment as GitHub does: tables, details, no raw Markdown left', () => {
    const html = commentPage(golden, '')
    expect(html).toContain('<table>')
    expect(html).toMatch(/<details>\s*<summary><b><code>argocd<\/code><\/b>/)
    expect(html).toContain('<h2>Secrets Injector: Secret changes</h2>')
    expect(html).not.toMatch(/^\| Namespace/m)
    expect(html).not.toContain('**Secrets:**')
  })

  it('is a committed PNG at twice the page width', () => {
    const png = readFileSync(DEFAULT_OUT)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(1720)
    expect(png.readUInt32BE(20)).toBeGreaterThan(800)
  })
})
