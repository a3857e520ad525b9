import { describe, expect, it } from 'vitest'
import { diffReleases, diffSides } from '../src/core/diff/index.js'
import {
  formatCliMarkdown,
  formatCommitBody,
  formatComment,
  formatReviewComment,
  formatSummary,
  type Report
} from '../src/core/format/report.js'
import { lintAndRender } from '../src/core/pipeline.js'
import { planPublish } from '../src/core/publish/plan.js'
import { resourceFileName, resourceToYaml } from '../src/core/render/index.js'
import { applyPlan } from './helpers/plan.js'
import { toHtml } from '../scripts/markdown.js'

/**
 * Issue 14.4: a pull request may put anything into values, and the bot must
 * not ping a team, show an image or offer a link on its behalf. The attack
 * strings go through every output; the Markdown ones are rendered as GitHub
 * would (GFM, with autolinks) and searched for live mentions, elements and
 * links that are not ours.
 */

const MENTION = '@acme/security-team'
const IMG = '<img src=x onerror=alert(1)>'
const LINK = '[click here](https://evil.example/steal)'
const OURS = 'https://github.com/acme/platform/'

const stores =
  'clustersecretstores:\n' +
  '  - {name: aws, providerType: aws, aws: {region: eu-west-1, auth: {serviceAccountName: eso, serviceAccountNamespace: eso}}}\n' +
  '  - {name: vault, providerType: vault, vault: {server: "https://vault.internal:8200", path: secret,\n' +
  '     auth: {tokenName: t, tokenNamespace: eso, tokenKey: k}}}\n'
const entry = (name: string, store: string, remote: string, extra = ''): string =>
  `  - {secret: ${name}, clustersecstore: ${store}, namespace: app, namespacesecretname: ${name}, ` +
  `keyvaultsecretname: ${JSON.stringify(remote)}, namespacesecretkeyname: value, property: p${extra}}\n`

/** Valid values carrying the attack in remote names (which AWS and Vault accept): they reach the diff itself. */
const entries = (a: string, b: string, c: string): string =>
  `${stores}externalsecrets:\n${entry('aws-mention', 'aws', a)}${entry('vault-img', 'vault', b)}${entry('vault-link', 'vault', c)}`
const clean = entries(`${MENTION}/db`, IMG, LINK)
/** The same entries before the change, so the remote names show up as changed. */
const before = entries('a', 'b', 'c')
/** Broken values carrying it in a label value, a key and a fix: they reach lint messages and review comments. */
const broken =
  `${clean}` +
  `  - {secret: labelled, clustersecstore: aws, namespace: app, namespacesecretname: l, keyvaultsecretname: l, ` +
  `namespacesecretkeyname: v, labels: {team: ${JSON.stringify(MENTION)}}}\n` +
  `  - {secret: keyed, clustersecstore: aws, namespace: app, namespacesecretname: k, keyvaultsecretname: k, ` +
  `namespacesecretkeyname: v, ${JSON.stringify(IMG)}: 1, propery: ${JSON.stringify(`${MENTION} ${LINK}`)}}\n`

function report(text: string): Report {
  const head = lintAndRender([{ name: `values/${MENTION.slice(1).replace('/', '-')}.yaml`, text }])
  return {
    title: `Secrets ${MENTION}`,
    commit: '0123456789abcdef0123456789abcdef01234567',
    sources: { server: 'https://github.com', repository: 'acme/platform', head: '0123456789abcdef0123456789abcdef01234567' },
    findings: head.findings,
    diff: diffSides({ releases: [], invalid: [] }, head)
  }
}

/** What GitHub would make of the Markdown, minus code (where it neither links nor mentions). */
function rendered(markdown: string): { html: string; text: string } {
  const html = toHtml(markdown)
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '')
  return { html, text }
}

function expectInertMarkdown(markdown: string, name: string): void {
  const { html, text } = rendered(markdown)
  expect(html, `${name}: an <img> element`).not.toMatch(/<img/i)
  for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g))
    expect(href, `${name}: a link that is not ours`).toMatch(new RegExp(`^${OURS}`))
  expect(text, `${name}: a live mention`).not.toMatch(/@[A-Za-z0-9]/)
  expect(text, `${name}: a live URL`).not.toMatch(/https?:\/\/evil/)
  // The strings are there, neutralised, not dropped.
  expect(markdown, name).toMatch(/@\u200Dacme\/security-team|`[^`]*@acme\/security-team[^`]*`/)
}

function expectInertPlain(text: string, name: string): void {
  expect(text, `${name}: a live mention`).not.toMatch(/@[A-Za-z0-9]/)
  expect(text, `${name}: a live URL`).not.toMatch(/:\/\/evil|https?:\/\/(?!\u200D)/)
  expect(text, name).toContain('@\u200Dacme/security-team')
}

describe('user strings in what the bot posts are inert', () => {
  it('the PR comment, the job summary and the CLI Markdown', () => {
    for (const text of [clean, broken]) {
      const r = report(text)
      expectInertMarkdown(formatComment(r, { marker: '<!-- m -->' }) ?? '', 'comment')
      expectInertMarkdown(formatSummary(r, '<!-- m -->'), 'summary')
      expectInertMarkdown(formatCliMarkdown(r), 'cli')
    }
  })

  it('the inline review comments, suggestions included', () => {
    const r = report(broken)
    const withMention = r.findings.filter((f) => f.message.includes('@acme'))
    expect(withMention.length).toBeGreaterThan(0)
    expect(r.findings.some((f) => f.fix?.text.includes(MENTION))).toBe(true)
    for (const f of r.findings) expectInertMarkdownLoose(formatReviewComment(f), f.rule)
  })

  it('the GitOps commit body, from the diff and from the manifests', () => {
    const base = lintAndRender([{ name: 'values.yaml', text: before }])
    const head = lintAndRender([{ name: 'values.yaml', text: clean }])
    expectInertPlain(formatCommitBody(diffReleases(base.releases, head.releases)), 'commit body (diff)')
    const files = (rendered: typeof head) =>
      (rendered.resources ?? []).map((res) => ({ name: resourceFileName(res), content: resourceToYaml(res) }))
    const first = planPublish({ files: files(base), dir: 'm', state: { ancestors: [null], entries: [] }, message: 'publish' })
    if (!first.ok) throw new Error(first.errors.join('\n'))
    const plan = planPublish({
      files: files(head),
      dir: 'm',
      state: { ancestors: ['dir'], entries: applyPlan(first.plan, []) },
      message: 'publish'
    })
    if (!plan.ok) throw new Error(plan.errors.join('\n'))
    expectInertPlain(plan.plan.commitMessage, 'commit body (manifests)')
  })
})

describe('neutralising leaves names that GitHub would not link as they are', () => {
  it('a property reference keeps its `#` in the commit body; an issue reference does not', () => {
    const numbered = entry('number', 'aws', 'x').replace('property: p', 'property: "12"')
    const text = `${stores}externalsecrets:\n${entry('word', 'aws', 'db-creds')}${numbered}`
    const body = formatCommitBody(diffReleases([], lintAndRender([{ name: 'values.yaml', text }]).releases))
    // GitHub links `#` followed by digits only; a commit body is grepped for names like the first one.
    expect(body).toMatch(/remote ref db-creds#p$/m)
    expect(body).toMatch(/remote ref x#\u200D12$/m)
  })
})

/** A review comment may not carry every attack string; it must carry none live. */
function expectInertMarkdownLoose(markdown: string, name: string): void {
  const { html, text } = rendered(markdown)
  expect(html, `${name}: an <img> element`).not.toMatch(/<img/i)
  expect(html, `${name}: a link`).not.toMatch(/<a /)
  expect(text, `${name}: a live mention`).not.toMatch(/@[A-Za-z0-9]/)
}
