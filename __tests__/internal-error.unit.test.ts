import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/io.js'
import { internalErrorText } from '../src/core/internal-error.js'
import { lintFiles } from '../src/core/lint/index.js'

/**
 * Issue 14, Low: internal error texts reached users. A bug of ours says so,
 * with a class and a short id, never the exception's message or stack (which
 * may hold a path, a value or a token).
 */

const SECRET = 'ghs_token_in_an_exception /home/runner/work/x'

describe('internal errors', () => {
  it('are the class and a stable short id, never the message', () => {
    const text = internalErrorText(new TypeError(SECRET))
    expect(text).toMatch(/^internal error, please report it \(TypeError #[0-9a-f]{8}\)$/)
    expect(text).toBe(internalErrorText(new TypeError(SECRET)))
    expect(text).not.toBe(internalErrorText(new TypeError('another')))
  })

  it('in lint: a finding without the exception text', () => {
    const source = {
      name: 'values.yaml',
      get text(): string {
        throw new RangeError(SECRET)
      }
    }
    const { findings } = lintFiles([source])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'internal-error', file: 'values.yaml', line: 1, column: 1 })
    expect(findings[0]?.message).toMatch(
      /^internal error, please report it \(RangeError #[0-9a-f]{8}\); the file could not be fully checked$/
    )
  })

  it('in the CLI: one line without the text or the stack; the stack only with SECRETS_INJECTOR_DEBUG=1', async () => {
    const run = async (env: NodeJS.ProcessEnv) => {
      let stderr = ''
      const io: CliIO = {
        stdout: () => undefined,
        stderr: (s) => void (stderr += s),
        get cwd(): string {
          throw new TypeError(SECRET)
        },
        env
      }
      const code = await main(['lint', 'values.yaml'], io)
      return { code, stderr }
    }
    const plain = await run({})
    expect(plain.code).toBe(1)
    expect(plain.stderr).toMatch(/^secrets-injector lint: internal error, please report it \(TypeError #[0-9a-f]{8}\)\n$/)
    const debug = await run({ SECRETS_INJECTOR_DEBUG: '1' })
    expect(debug.stderr).toContain(SECRET)
  })
})
