// Writes a generated values file: every kind and store mode, N entries over M namespaces.
import { writeFileSync } from 'node:fs'
import { stringify } from 'yaml'
import { generateValues } from '../__tests__/helpers/values-arbitrary.js'

const [out, entries, namespaces] = process.argv.slice(2)
const values = generateValues({ entries: Number(entries), namespaces: Number(namespaces), seed: 42 })
writeFileSync(out!, stringify(values, { lineWidth: 0 }))
