import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{agent,protocol,store,cli,proto,test}/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    setupFiles: ['./agent/polyfill.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
})
