import { defineConfig } from 'vitest/config'

// The e2e tier: one real cluster (etcd, kube-apiserver, kube-controller-manager,
// ESO) started once by the global setup and shared by the files, which run one
// after the other because they share cluster-scoped names and the controller.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks'
  }
})
