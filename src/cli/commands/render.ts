import { resolve } from 'node:path'
import { formatFindingsText } from '../../core/lint/format.js'
import { lintAndRender, lintThenRenderEach } from '../../core/pipeline.js'
import { resourceFileName, resourceToYaml, toYamlChunks } from '../../core/render/yaml.js'
import { parseCommandArgs } from '../args.js'
import { OutputError, writeOutputFiles } from '../../files/output-dir.js'
import { readSources } from '../files.js'
import { EXIT, UsageError, type CliIO } from '../io.js'
import { plainLogText } from '../../core/format/log-line.js'

export const HELP = `Usage: secrets-injector render [-o DIR] <values files...>

Lint, then render the External Secrets Operator resources (one
ClusterSecretStore per store, one ClusterExternalSecret per entry).
Without -o the resources go to stdout as one multi-document YAML stream.
With -o DIR each resource is written to DIR/<kind>-<name>.yaml (stable names;
other files in DIR are left alone). Files are written next to DIR first and
renamed into place: a link already in DIR is replaced, never written through,
and a failed write changes nothing in DIR.

When lint finds an error the findings go to stderr, nothing is written and
the exit status is 1. Warnings go to stderr and do not stop the render.

Options:
  -o, --output DIR  write one file per resource under DIR (created if missing)
  -h, --help        show this help

Exit status: 0 rendered, 1 lint errors, 2 usage error.
`

/** `secrets-injector render`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout(HELP)
    return EXIT.ok
  }
  if (values.output === '') throw new UsageError('--output needs a directory')
  const sources = readSources(positionals, io.cwd)
  if (values.output === undefined) {
    // Written as it is made: a large render never holds every resource.
    const { findings, resources } = lintThenRenderEach(sources)
    if (findings.length > 0) io.stderr(formatFindingsText(findings))
    if (resources === null) return EXIT.findings
    for (const chunk of toYamlChunks(resources)) io.stdout(chunk)
    return EXIT.ok
  }
  const { findings, resources } = lintAndRender(sources)
  if (findings.length > 0) io.stderr(formatFindingsText(findings))
  if (resources === null) return EXIT.findings
  const dir = resolve(io.cwd, values.output)
  // Build every file before touching the disk; the writer stages them and renames them into place, never through a link.
  const files = resources.map((r) => ({ name: resourceFileName(r), text: resourceToYaml(r) }))
  try {
    writeOutputFiles(dir, files, { mode: 'merge', workspace: io.cwd })
  } catch (err) {
    if (!(err instanceof OutputError)) throw err
    throw new UsageError(`cannot write to ${values.output}: ${err.message}`)
  }
  io.stderr(`${plainLogText(`wrote ${files.length} file${files.length === 1 ? '' : 's'} to ${values.output}`)}\n`)
  return EXIT.ok
}
