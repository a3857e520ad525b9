// Preloaded into measured processes: report peak memory and in-process time on exit.
import { writeFileSync } from 'node:fs'
const start = performance.now()
process.on('exit', () => {
  const out = process.env.BENCH_STATS_FILE
  if (out) writeFileSync(out, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, ms: performance.now() - start }))
})
