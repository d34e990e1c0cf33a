import { defineConfig } from 'vitest/config'

/*
 * Three test tiers, one vitest project each (`vitest run --project NAME`,
 * `npm run test:unit|test:nodes|test:agents`; `npm test` builds and runs all
 * three):
 *
 * - unit: every *.test.ts beside its module (agent/ protocol/ store/ cli/
 *   proto/) and under test/, unless it belongs to a tier below. Starts no
 *   libp2p node and no agent process, needs no build; the whole tier takes
 *   well under a minute. A new test file lands here by default.
 * - nodes: in-process libp2p nodes (TCP on 127.0.0.1). Convention: the file is
 *   named `*.node.test.ts`, wherever it lives (beside a protocol, or in
 *   test/mesh/). Needs no build.
 * - agents: real processes started from dist/ (run `npm run build` first):
 *   everything under test/mesh/ that is not `*.node.test.ts`, plus the files
 *   listed in AGENT_FILES.
 *
 * The projects inherit everything else from the root (`extends: true`): the
 * polyfill set-up, the timeouts and the pool.
 */
const ROOTS = '{agent,protocol,store,cli,proto,test}'
const NODE_TESTS = `${ROOTS}/**/*.node.test.ts`
const AGENT_DIRS = ['test/mesh/**/*.test.ts']
/** Agent-tier files outside test/mesh/: they run the CLI or import from dist/. */
const AGENT_FILES = [
  'test/demo.test.ts', // `meshbackup demo` from dist/cli/bin.js
  'agent/runtime.test.ts' // child processes import dist/agent/runtime.js
]
const ALWAYS_EXCLUDED = ['dist/**', 'node_modules/**']

export default defineConfig({
  test: {
    setupFiles: ['./agent/polyfill.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [`${ROOTS}/**/*.test.ts`],
          exclude: [...ALWAYS_EXCLUDED, NODE_TESTS, ...AGENT_DIRS, ...AGENT_FILES]
        }
      },
      {
        extends: true,
        test: {
          name: 'nodes',
          include: [NODE_TESTS],
          exclude: ALWAYS_EXCLUDED
        }
      },
      {
        extends: true,
        test: {
          name: 'agents',
          include: [...AGENT_DIRS, ...AGENT_FILES],
          exclude: [...ALWAYS_EXCLUDED, NODE_TESTS]
        }
      }
    ]
  }
})
