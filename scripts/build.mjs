// Builds the two committed bundles:
//   dist/index.js      the action (action.yml: runs.main)
//   dist/cli/index.js  the CLI (package.json bin)
// tsc compiles src/ to ESM JavaScript in .build/, then @vercel/ncc bundles
// that JavaScript. (ncc's own TypeScript path compiles to CommonJS and then
// cannot resolve the ESM-only @actions/* packages; bundling tsc's ESM output
// resolves them with the "import" conditions.)
// Output must be byte-identical for identical sources: CI rebuilds and
// compares with `git diff --exit-code dist/`.
//
// `node scripts/build.mjs --cli-only DIR` builds only the CLI bundle, into
// DIR (inside the repository, so ncc finds node_modules), with its own tsc
// output beside it: the benchmark measures the working tree's sources that
// way without touching dist/.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' })
const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt']
const tsc = (outDir) => run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', outDir])
// ncc copies the `open` package's xdg-open script beside a bundle that imports
// @azure/identity (`verify`); only InteractiveBrowserCredential runs it, which
// this tool never uses, so it is not shipped.
const dropUnusedAssets = (dir) => rmSync(join(dir, 'xdg-open'), { force: true })

const cliOnly = process.argv.indexOf('--cli-only')
if (cliOnly >= 0) {
  const out = process.argv[cliOnly + 1]
  if (!out) throw new Error('usage: node scripts/build.mjs --cli-only DIR')
  const tscOut = join(out, '.tsc')
  rmSync(out, { recursive: true, force: true })
  tsc(tscOut)
  run([...ncc, join(tscOut, 'src/cli/index.js'), '-o', out])
  dropUnusedAssets(out)
  rmSync(tscOut, { recursive: true, force: true })
} else {
  rmSync('.build', { recursive: true, force: true })
  rmSync('dist', { recursive: true, force: true })
  tsc('.build')
  run([...ncc, '.build/src/index.js', '-o', 'dist'])
  run([...ncc, '.build/src/cli/index.js', '-o', 'dist/cli'])
  dropUnusedAssets('dist')
  dropUnusedAssets('dist/cli')
  rmSync('.build', { recursive: true, force: true })
}
