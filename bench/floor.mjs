// The floor the tool is compared with: what any tool must do at least, with
// the same YAML library in a bare Node process: parse the values file (with
// positions, as the tool does) and serialize YAML of the same size as the
// tool's output.
import { readFileSync } from 'node:fs'
import { LineCounter, parseDocument, stringify } from 'yaml'

const [input, renderedJson] = process.argv.slice(2)
// The objects to serialize are the tool's own output, handed over as JSON
// (JSON.parse is cheap next to YAML work, and the floor should not pay for
// parsing the rendered YAML back).
const outputObjects = JSON.parse(readFileSync(renderedJson, 'utf8'))

const t0 = performance.now()
const doc = parseDocument(readFileSync(input, 'utf8'), { lineCounter: new LineCounter() })
const value = doc.toJS()
let out = ''
// The cheapest options any Kubernetes serializer would pick: no anchor
// bookkeeping, no line folding (the tool uses the same two).
const options = { aliasDuplicateObjects: false, lineWidth: 0 }
for (const o of outputObjects) out += '---\n' + stringify(o, options)
process.stdout.write(out)
const ms = performance.now() - t0
if (value === undefined) process.exit(3)
process.stderr.write(JSON.stringify({ floorMs: ms }) + '\n')
