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
    // The tiers run one after the other (groupOrder): the unit tier (pure, in-process) on both cores,
    // then the tiers that start nodes or processes one file at a time.
    projects: TIERS.map((t, i) => ({
      extends: true,
      test: { name: t.name, include: t.include, exclude: t.exclude, maxWorkers: t.name === 'unit' ? 2 : 1, sequence: { groupOrder: i } }
    }))
  }
})
