// Builds the two committed bundles:
//   dist/index.js      the action (action.yml: runs.main)
//   dist/cli/index.js  the CLI (package.json bin)
// tsc compiles src/ to ESM JavaScript in .build/, then @vercel/ncc bundles
// that JavaScript. (ncc's own TypeScript path compiles to CommonJS and then
// cannot resolve the ESM-only @actions/* packages; bundling tsc's ESM output
// resolves them with the "import" conditions.)
// Output must be byte-identical for identical sources: CI rebuilds and
// compares with `git diff --exit-code dist/`.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' })

rmSync('.build', { recursive: true, force: true })
rmSync('dist', { recursive: true, force: true })
run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'])
const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt']
run([...ncc, '.build/src/index.js', '-o', 'dist'])
run([...ncc, '.build/src/cli/index.js', '-o', 'dist/cli'])
rmSync('.build', { recursive: true, force: true })
