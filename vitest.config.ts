import { defineConfig } from 'vitest/config'
import { TIERS } from './test/tiers.js'

/*
 * Three test tiers, one vitest project each: unit (beside the module, no
 * build), nodes (in-process libp2p nodes: files named `*.node.test.ts`) and
 * agents (real processes from dist/: test/mesh/ and a few listed files). The
 * globs and the rules are in test/tiers.ts. `npm run test:unit`,
 * `test:nodes`, `test:agents` run one tier (`vitest run --project NAME`);
 * `npm test` builds and runs all three.
 *
 * The projects inherit everything else from here (`extends: true`): the
 * polyfill set-up, the timeouts and the pool.
 */
export default defineConfig({
  test: {
    setupFiles: ['./agent/polyfill.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: TIERS.map(t => ({
      extends: true,
      // the unit tier (pure, in-process) uses both cores; tiers that start processes or nodes keep one file at a time
      test: { name: t.name, include: t.include, exclude: t.exclude, ...(t.name === 'unit' ? { maxWorkers: 2 } : {}) }
    }))
  }
})
