import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Unit and integration tiers; the e2e tier lives in e2e/ with its harness (e2e/vitest.e2e.config.ts).
    include: ['__tests__/**/*.test.ts'],
    exclude: ['**/*.e2e.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks'
  }
})
