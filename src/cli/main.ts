import pkg from '../../package.json' with { type: 'json' }
import { internalErrorText } from '../core/internal-error.js'
import { didYouMean } from '../core/lint/suggest.js'
import { EXIT, UsageError, processIO, type CliIO } from './io.js'
import { plainLogText } from '../core/format/log-line.js'

interface Command {
  summary: string
  /**
   * Loaded on use: each command brings only the modules it needs (lint
   * neither the renderer nor git; only publish the GitHub and git clients),
   * which is most of a short run's start-up time.
   */
  load(): Promise<{ run(argv: string[], io: CliIO): Promise<number> }>
}

const COMMANDS: Record<string, Command> = {
  lint: { summary: 'check values files; findings as file:line:col', load: () => import('./commands/lint.js') },
  render: { summary: 'lint, then print or write the ESO resources', load: () => import('./commands/render.js') },
  diff: { summary: 'per-namespace Secret changes between two sets of values files', load: () => import('./commands/diff.js') },
  status: { summary: 'what a cluster says now about the values: ready, failing, drift', load: () => import('./commands/status.js') },
  publish: { summary: 'commit the rendered manifests to a GitOps branch and push', load: () => import('./commands/publish.js') },
  verify: {
    summary: 'check that every remote secret exists in its provider (names only, never values)',
    load: () => import('./commands/verify.js')
  }
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length))
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  return `Usage: secrets-injector <command> [options] <values files...>

Lint, render, diff, verify and publish External Secrets Operator resources from
Secrets Injector values files.

Commands:
${lines.join('\n')}

Run 'secrets-injector <command> --help' for the options of a command.
Exit status: 0 ok (warnings and infos allowed), 1 errors found, 2 usage error,
3 (status only) the cluster could not be read at all.
`
}

/**
 * Run the CLI with the given arguments. Returns the exit status; never
 * throws for a user's mistake (usage errors become one line on stderr).
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(mainHelp())
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${pkg.version}\n`)
    return EXIT.ok
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    const guess = didYouMean(name, Object.keys(COMMANDS))
    const hint = guess === undefined ? '' : ` did you mean ${guess}?`
    io.stderr(`${plainLogText(`secrets-injector: unknown command "${name}";${hint} Commands: ${Object.keys(COMMANDS).join(', ')}`)}\n`)
    return EXIT.usage
  }
  try {
    const { run } = await command.load()
    return await run(rest, io)
  } catch (err) {
    if (err instanceof UsageError) {
      // A usage error can quote a path the user (or a pull request) named: one inert line.
      io.stderr(`${plainLogText(`secrets-injector ${name}: ${err.message}`)}\nRun 'secrets-injector ${name} --help' for usage.\n`)
      return EXIT.usage
    }
    // A bug of ours, not the user's: say so plainly; its text and stack only on request (they may hold anything).
    io.stderr(`secrets-injector ${name}: ${internalErrorText(err)}\n`)
    if (io.env['SECRETS_INJECTOR_DEBUG'] === '1' && err instanceof Error) io.stderr(`${err.stack ?? err.message}\n`)
    return EXIT.findings
  }
}

/** Entry point of the bundled CLI. */
export async function cli(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIO())
}
