// The floor the tool is compared with: what any tool must do at least, with
// the same YAML library in a bare Node process: parse the values file (with
// positions, as the tool does) and serialize YAML of the same size as the
// tool's output.
import { readFileSync } from 'node:fs'
import { LineCounter, parseAllDocuments, parseDocument, stringify } from 'yaml'

const [input, renderedFile] = process.argv.slice(2)
// Untimed preparation: the objects to serialize are the tool's own output.
const outputObjects = parseAllDocuments(readFileSync(renderedFile, 'utf8')).map((d) => d.toJS())

const t0 = performance.now()
const doc = parseDocument(readFileSync(input, 'utf8'), { lineCounter: new LineCounter() })
const value = doc.toJS()
let out = ''
for (const o of outputObjects) out += '---\n' + stringify(o)
process.stdout.write(out)
const ms = performance.now() - t0
if (value === undefined) process.exit(3)
process.stderr.write(JSON.stringify({ floorMs: ms }) + '\n')
