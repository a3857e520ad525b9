/**
 * One publisher as a separate process, for the concurrency and kill tests.
 * Usage: tsx git-publisher-driver.ts <config.json>
 * Writes `readyFile`, waits for `goFile` (so all publishers start together),
 * publishes, prints the result as JSON on stdout. With `hangBeforePush` it
 * writes that file once its commit is built and then waits to be killed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { publish, type PublishOptions } from '../../src/gitops/publish.js'

interface DriverConfig {
  options: Omit<PublishOptions, 'log' | 'beforePush'>
  readyFile?: string
  goFile?: string
  hangBeforePush?: string
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

async function main(): Promise<void> {
  const path = process.argv[2]
  if (path === undefined) throw new Error('usage: git-publisher-driver <config.json>')
  const config: DriverConfig = JSON.parse(readFileSync(path, 'utf8'))
  if (config.readyFile !== undefined) writeFileSync(config.readyFile, String(process.pid))
  if (config.goFile !== undefined) while (!existsSync(config.goFile)) await sleep(5)
  const hang = config.hangBeforePush
  const result = await publish({
    ...config.options,
    log: (s) => process.stderr.write(`${s}\n`),
    beforePush:
      hang === undefined
        ? undefined
        : async () => {
            writeFileSync(hang, 'built')
            // Keep the process alive (an unresolved promise alone would let node exit) until the test kills it.
            await new Promise(() => setInterval(() => undefined, 1000))
          }
  })
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`driver failed: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
