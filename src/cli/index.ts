import nodeModule from 'node:module'
import { compileCacheDir } from './compile-cache.js'

// Before anything else loads, so the rest of the CLI (main.js and the
// command it runs, each its own chunk of the bundle) comes from the cache.
// Node 20 has no enableCompileCache: the CLI then starts without it.
const cacheDir = compileCacheDir(process.env)
if (cacheDir !== null) nodeModule.enableCompileCache?.(cacheDir)
void import('./main.js').then(({ cli }) => cli())
