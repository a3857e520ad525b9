// Builds the two committed bundles with @vercel/ncc:
//   dist/index.js      the action (action.yml: runs.main)
//   dist/cli/index.js  the CLI (package.json bin)
// Output must be byte-identical for identical sources: CI rebuilds and
// compares with `git diff --exit-code dist/`.
import { execFileSync } from 'node:child_process'
import { rmSync, existsSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--no-source-map-register', '--license', 'licenses.txt']
const targets = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli']
]
for (const [entry, out] of targets) {
  if (!existsSync(entry)) {
    console.error(`build: ${entry} is missing`)
    process.exit(1)
  }
  execFileSync(process.execPath, [...ncc, entry, '-o', out], { stdio: 'inherit' })
}
