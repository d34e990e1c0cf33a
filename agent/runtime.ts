/**
 * How a meshbackup process runs: the Node.js flags and environment every
 * agent is started with. `cli/bin.ts` carries the same settings in its
 * `#!/usr/bin/env -S …` line (for `meshbackup` run from the PATH, e.g. by
 * systemd); whoever starts `node cli/bin.js` itself (the demo, the tests, the
 * benchmarks) adds them with `nodeRuntime()`. A unit test keeps both in step.
 *
 * Why (1 GiB backup then restore in one process, RS 4+2, local stores,
 * peak RSS; measured 2026-11-25 on 2 cores):
 * - `MALLOC_ARENA_MAX=2`: zstd runs on libuv's four pool threads and allocates
 *   each output there, so glibc gives each thread its own arena, and each kept
 *   15–25 MiB of freed blocks: ~85 MiB for the four, ~35 % of the peak. Two
 *   arenas: peak 255–284 MiB → 216–230 MiB, backup and restore at the same
 *   speed (the pool threads rarely allocate at the same moment).
 * - `--max-semi-space-size=4` (MiB): V8 grew its young generation to 16 MiB
 *   semi-spaces under the backup's allocation rate (heap 57 MiB, 31 MiB live);
 *   with 4 MiB ones the heap stays at ~21–32 MiB, at the same speed.
 */

/** Node.js options an agent process runs with. */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4']

/** Environment an agent process runs with (read by glibc at start-up). */
export const RUNTIME_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' }

/** Whether this process was started with NODE_FLAGS and RUNTIME_ENV. */
export function hasRuntime (): boolean {
  return NODE_FLAGS.every(f => process.execArgv.includes(f)) &&
    Object.entries(RUNTIME_ENV).every(([k, v]) => process.env[k] === v)
}

/** Arguments and environment to start `node <script> …` with the agent's runtime. */
export function nodeRuntime (env: NodeJS.ProcessEnv = process.env): { flags: string[], env: NodeJS.ProcessEnv } {
  return { flags: [...NODE_FLAGS], env: { ...env, ...RUNTIME_ENV } }
}
