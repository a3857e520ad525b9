import { describe, expect, it } from 'vitest'
import { compileCacheDir } from '../src/cli/compile-cache.js'

describe('where the CLI keeps V8 compile cache', () => {
  it("in a GitHub Actions job: the job's own temporary directory, which the runner empties after the job", () => {
    expect(compileCacheDir({ GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/runner/_temp', HOME: '/home/runner' })).toBe(
      '/runner/_temp/secrets-injector-compile-cache'
    )
    expect(compileCacheDir({ GITHUB_ACTIONS: 'true', HOME: '/home/runner' })).toBeNull()
  })

  it("elsewhere: the user's own cache directory, never a shared temporary one", () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/home/a/.xdg', HOME: '/home/a', TMPDIR: '/tmp' })).toBe(
      '/home/a/.xdg/secrets-injector/compile-cache'
    )
    expect(compileCacheDir({ HOME: '/home/a', TMPDIR: '/tmp' })).toBe('/home/a/.cache/secrets-injector/compile-cache')
    expect(compileCacheDir({ TMPDIR: '/tmp' })).toBeNull()
  })

  it("leaves Node's own settings alone", () => {
    expect(compileCacheDir({ NODE_COMPILE_CACHE: '/c', HOME: '/home/a' })).toBeNull()
    expect(compileCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1', HOME: '/home/a' })).toBeNull()
  })
})
