import { hasErrors, lintFiles } from '../../core/lint/index.js'
import { formatFindingsJson, formatFindingsText } from '../../core/lint/format.js'
import { STORE_TIMEOUT_MS } from '../../verify/runner.js'
import { summaryLine, verifyReleases } from '../../verify/verify.js'
import { choice, parseCommandArgs } from '../args.js'
import { readSources } from '../files.js'
import { EXIT, UsageError, type CliIO } from '../io.js'

export const HELP = `Usage: secrets-injector verify [--format text|json] [options] <values files...>

Check that every remote secret the values read exists in the provider of its
store (Azure Key Vault, AWS Secrets Manager / Parameter Store, Vault/OpenBao
KV), asking for names and metadata only, never a value. Lint runs first; with
lint errors nothing is asked. See docs/verify.md for the permissions needed.

Credentials come from each SDK's default chain (azure/login or AZURE_* for
Azure, aws-actions/configure-aws-credentials or AWS_* for AWS) and, for Vault,
from VAULT_TOKEN or a JWT login with the GitHub Actions OIDC token
(--vault-role). VAULT_ADDR overrides every Vault store's server;
VAULT_NAMESPACE sets the namespace.

Options:
  --format text|json       text: file:line:col: severity: message [rule-id] (default);
                           json: an array of findings, as lint --format json
  --level error|warning    severity of remote-missing (default error; warning never fails)
  --vault-role ROLE        Vault role for the JWT login when VAULT_TOKEN is not set
  --vault-auth-path PATH   mount path of Vault's JWT auth method (default jwt)
  --timeout SECONDS        time each store may take (default ${STORE_TIMEOUT_MS / 1000})
  -h, --help               show this help

Findings: remote-missing (the remote secret does not exist: the Secrets that
read it would fail to sync), remote-unchecked (a store could not be asked:
no credentials, permission denied, unreachable, throttled or too slow).
Exit status: 0 nothing missing (warnings allowed), 1 lint errors or a
remote-missing error, 2 usage error.
`

/** `secrets-injector verify`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    level: { type: 'string' },
    'vault-role': { type: 'string' },
    'vault-auth-path': { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout(HELP)
    return EXIT.ok
  }
  const format = choice('format', values.format, ['text', 'json'] as const, 'text')
  const level = choice('level', values.level, ['error', 'warning'] as const, 'error')
  const timeout = values.timeout === undefined ? STORE_TIMEOUT_MS / 1000 : Number(values.timeout)
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600)
    throw new UsageError(`--timeout must be a number of seconds between 0 and 600; got "${values.timeout ?? ''}"`)
  const sources = readSources(positionals, io.cwd)
  const lint = lintFiles(sources)
  if (hasErrors(lint.findings)) {
    const errors = lint.findings.filter((f) => f.severity === 'error')
    io.stdout(format === 'json' ? formatFindingsJson(errors) : formatFindingsText(errors))
    io.stderr('secrets-injector verify: lint errors (above); no provider was asked\n')
    return EXIT.findings
  }
  const outcome = await verifyReleases(lint.releases, sources, {
    env: io.env,
    level,
    storeTimeoutMs: timeout * 1000,
    ...(values['vault-role'] ? { vaultRole: values['vault-role'] } : {}),
    ...(values['vault-auth-path'] ? { vaultAuthPath: values['vault-auth-path'] } : {}),
    ...(io.env.ACTIONS_ID_TOKEN_REQUEST_URL ? { getIdToken: githubIdToken } : {})
  })
  if (format === 'json') io.stdout(formatFindingsJson(outcome.findings))
  else if (outcome.findings.length > 0) io.stdout(formatFindingsText(outcome.findings))
  io.stderr(`secrets-injector verify: ${summaryLine(outcome.summary)}\n`)
  return hasErrors(outcome.findings) ? EXIT.findings : EXIT.ok
}

/** The workflow's OIDC token, when the CLI runs inside GitHub Actions with `id-token: write`. */
async function githubIdToken(): Promise<string> {
  const core = await import('@actions/core')
  return core.getIDToken()
}
