import { formatFindingsText } from '../../core/lint/format.js'
import { lintAndRender } from '../../core/pipeline.js'
import { isValidBranchName, normalizeDir } from '../../core/publish/plan.js'
import { resourceFileName, resourceToYaml } from '../../core/render/yaml.js'
import type { RepoRef } from '../../github/api.js'
import { createGitHubClient } from '../../github/client.js'
import { publish, PublishError, type PublishOptions, type PublishResult } from '../../gitops/publish.js'
import { parseCommandArgs } from '../args.js'
import { readSources } from '../files.js'
import { EXIT, UsageError, type CliIO } from '../io.js'

export const HELP = `Usage: secrets-injector publish --remote URL --branch NAME [options] <values files...>

Lint and render, then commit the ESO resources to a GitOps branch and push:
one file per resource under --path, a kustomization.yaml listing them, and
an index file (.secrets-injector-index) naming the files this tool wrote, so
a later publish deletes only its own files that are no longer rendered.
A missing branch is created without any file of the default branch. When
nothing changed, no commit is made.

If another writer pushes first, publish fetches the new tip, re-applies its
change on top and pushes again (bounded retries with jitter). It never
force-pushes and never drops another commit. Lint errors: nothing is
committed, exit 1.

Options:
  --remote URL         git remote (https://, file://, ssh, or a path); user:password in an
                       https:// URL is sent as a header, never on a command line
  --branch NAME        branch to publish to
  --path DIR           directory inside the branch (default: manifests; '.' = root)
  --message TEXT       commit headline (default: "secrets-injector: render manifests");
                       the body lists the changes per namespace
  --author "N <E>"     commit author (default: your git identity, else secrets-injector)
  --token-env NAME     read a token from environment variable NAME and send it as an
                       Authorization header (never on the command line or in the URL);
                       without it git's own credentials are used
  --verified           commit through the GitHub API (createCommitOnBranch) so commits are
                       signed by GitHub; needs --github-repo and a token (--token-env, or
                       GITHUB_TOKEN)
  --github-repo O/R    repository for --verified
  --api-url URL        GitHub API URL for --verified (default: GITHUB_API_URL or api.github.com)
  --max-attempts N     tries when the branch keeps moving (default 8)
  --json               print the result as JSON on stdout
  -v, --verbose        print the git commands run (credentials redacted) on stderr
  -h, --help           show this help

Exit status: 0 published or nothing to change, 1 lint errors or publish failed,
2 usage error.
`

function parseAuthor(s: string): { name: string; email: string } {
  const m = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(s)
  if (m === null || m[1] === undefined || m[2] === undefined) throw new UsageError(`--author must look like "Name <email>"; got "${s}"`)
  return { name: m[1], email: m[2] }
}

function readToken(io: CliIO, name: string | undefined, fallback: string | undefined): string | undefined {
  if (name === undefined) return fallback === undefined ? undefined : io.env[fallback] || undefined
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--token-env must name an environment variable; got "${name}"`)
  const value = io.env[name]
  if (value === undefined || value === '') throw new UsageError(`--token-env ${name}: the variable is not set`)
  return value
}

function describe(r: PublishResult, branch: string, dir: string): string {
  const where = `${branch}:${dir}`
  if (!r.changed)
    return `nothing to change: ${where} is up to date${r.commitSha === null ? '' : ` at ${r.commitSha.slice(0, 12)}`}; no commit made\n`
  const lines = [`published ${r.commitSha ?? ''} to ${where} (attempt ${r.attempts})`]
  for (const [label, files] of [
    ['added', r.filesAdded],
    ['changed', r.filesChanged],
    ['removed', r.filesRemoved]
  ] as const) {
    for (const f of files) lines.push(`  ${label.padEnd(7)} ${f}`)
  }
  return `${lines.join('\n')}\n`
}

/** `secrets-injector publish`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    remote: { type: 'string' },
    branch: { type: 'string' },
    path: { type: 'string' },
    message: { type: 'string' },
    author: { type: 'string' },
    'token-env': { type: 'string' },
    verified: { type: 'boolean' },
    'github-repo': { type: 'string' },
    'api-url': { type: 'string' },
    'max-attempts': { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout(HELP)
    return EXIT.ok
  }
  const verified = values.verified === true
  if (!verified && (values.remote === undefined || values.remote === '')) throw new UsageError('--remote is required')
  if (values.branch === undefined || values.branch.trim() === '') throw new UsageError('--branch is required')
  if (!isValidBranchName(values.branch)) throw new UsageError(`--branch: "${values.branch}" is not a valid branch name`)
  let repo: RepoRef | undefined
  let github: PublishOptions['github']
  if (verified) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(values['github-repo'] ?? '')
    if (m === null || m[1] === undefined || m[2] === undefined) throw new UsageError('--verified needs --github-repo OWNER/REPO')
    repo = { owner: m[1], repo: m[2] }
  }
  const token = readToken(io, values['token-env'], verified ? 'GITHUB_TOKEN' : undefined)
  if (verified && token === undefined) throw new UsageError('--verified needs a token: set GITHUB_TOKEN or use --token-env NAME')
  if (repo !== undefined && token !== undefined) {
    const baseUrl = values['api-url'] ?? (io.env.GITHUB_API_URL || 'https://api.github.com')
    const log = { info: (s: string) => io.stderr(`${s}\n`), warning: (s: string) => io.stderr(`warning: ${s}\n`) }
    github = { repo, api: createGitHubClient({ token, baseUrl: baseUrl.replace(/\/+$/, ''), log }) }
  }
  let maxAttempts: number | undefined
  if (values['max-attempts'] !== undefined) {
    maxAttempts = Number(values['max-attempts'])
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100)
      throw new UsageError('--max-attempts must be an integer from 1 to 100')
  }
  const dir = values.path ?? 'manifests'
  const checkedDir = normalizeDir(dir)
  if (!checkedDir.ok) throw new UsageError(`--path: ${checkedDir.error}`)
  const author = values.author === undefined ? undefined : parseAuthor(values.author)

  const { findings, resources } = lintAndRender(readSources(positionals, io.cwd))
  if (findings.length > 0) io.stderr(formatFindingsText(findings))
  if (resources === null) {
    io.stderr('secrets-injector publish: lint found errors; nothing was committed\n')
    return EXIT.findings
  }

  try {
    const result = await publish({
      remote: values.remote ?? '',
      branch: values.branch,
      dir,
      ...(values.message === undefined ? {} : { message: values.message }),
      files: resources.map((r) => ({ name: resourceFileName(r), content: resourceToYaml(r) })),
      ...(token === undefined ? {} : { token }),
      ...(author === undefined ? {} : { author }),
      mode: verified ? 'github-api' : 'git',
      ...(github === undefined ? {} : { github }),
      ...(maxAttempts === undefined ? {} : { maxAttempts }),
      env: io.env,
      log: (s) => io.stderr(`${s}\n`),
      debug: (s) => {
        if (values.verbose === true) io.stderr(`${s}\n`)
      }
    })
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : describe(result, values.branch, dir))
    return EXIT.ok
  } catch (err) {
    if (!(err instanceof PublishError)) throw err
    io.stderr(`secrets-injector publish: ${err.message}\n`)
    for (const d of err.details) io.stderr(`  ${d}\n`)
    return EXIT.findings
  }
}
