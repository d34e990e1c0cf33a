/**
 * The three test tiers (vitest projects, see vitest.config.ts), as globs from
 * the project root. test/tiers.test.ts checks that each test file is where its
 * content says it belongs.
 *
 * - unit: every *.test.ts beside its module (agent/ protocol/ store/ cli/
 *   proto/) and under test/, unless it belongs to a tier below. Starts no
 *   libp2p node and no agent process, needs no build; the whole tier takes
 *   well under a minute. A new test file lands here by default.
 * - nodes: in-process libp2p nodes (TCP on 127.0.0.1). Convention: the file is
 *   named `*.node.test.ts`, wherever it lives (beside a protocol, or in
 *   test/mesh/). Needs no build.
 * - agents: real processes started from dist/ (`npm run build` first):
 *   everything under test/mesh/ that is not `*.node.test.ts`, plus AGENT_FILES.
 */

/** Where test files live. */
export const TEST_FILES = '{agent,protocol,store,cli,proto,test}/**/*.test.ts'

/** The nodes tier, by name. */
export const NODE_TESTS = '{agent,protocol,store,cli,proto,test}/**/*.node.test.ts'

/** The agents tier, by folder. */
export const AGENT_DIRS: readonly string[] = ['test/mesh/**/*.test.ts']

/** Agent-tier files outside AGENT_DIRS: they run the CLI or import from dist/. */
export const AGENT_FILES: readonly string[] = [
  'test/demo.test.ts', // `meshbackup demo` from dist/cli/bin.js
  'test/install.test.ts', // npm pack of dist/, installed into a scratch prefix, run from there
  'agent/runtime.test.ts' // child processes import dist/agent/runtime.js
]

/** Never test files. */
export const NOT_TESTS: readonly string[] = ['dist/**', 'node_modules/**']

export interface Tier {
  name: 'unit' | 'nodes' | 'agents'
  include: string[]
  exclude: string[]
}

export const TIERS: readonly Tier[] = [
  { name: 'unit', include: [TEST_FILES], exclude: [...NOT_TESTS, NODE_TESTS, ...AGENT_DIRS, ...AGENT_FILES] },
  { name: 'nodes', include: [NODE_TESTS], exclude: [...NOT_TESTS] },
  { name: 'agents', include: [...AGENT_DIRS, ...AGENT_FILES], exclude: [...NOT_TESTS, NODE_TESTS] }
]
