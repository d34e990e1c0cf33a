/**
 * A frozen storage peer (SIGSTOP: its TCP connections stay up, nothing
 * answers) during a restore, a backup and a status: each finishes or fails
 * within its stated bound, falling back to the other peers. Three agents,
 * RS 2+1, so a restore reads from the two that answer; a backup may fail
 * cleanly (or be stored degraded) but never hangs.
 */
import { performance } from 'node:perf_hooks'
import type { MeshHarness } from '../../mesh/harness.js'
import { allServe, backup, checkClean, restoresIdentical } from '../invariants.js'
import type { Taken } from '../invariants.js'
import { rng } from '../rng.js'
import { TrialFailure } from '../types.js'
import type { FaultCase } from '../types.js'
import { churn, mesh3, NAMES3, sourceTree } from '../world.js'

interface World { src: string, taken: Taken[] }

/** The stated bounds (seconds), 127.0.0.1, small trees. */
export const FROZEN_BOUNDS = { restore: 30, backup: 60, status: 10 }

async function setup (h: MeshHarness): Promise<World> {
  await mesh3(h)
  const src = await sourceTree(h, 'src', 512 * 1024)
  const { taken } = await backup(h, 'a', src, ['--degraded'])
  return { src, taken: [taken] }
}

async function frozen<T> (h: MeshHarness, peer: string, fn: () => Promise<T>): Promise<T> {
  const p = h.get(peer).proc
  if (p === undefined) throw new TrialFailure(`agent ${peer} is not running`)
  p.kill('SIGSTOP')
  try { return await fn() } finally { p.kill('SIGCONT') }
}

async function timed<T> (fn: () => Promise<T>): Promise<{ value: T, seconds: number }> {
  const t0 = performance.now()
  const value = await fn()
  return { value, seconds: (performance.now() - t0) / 1000 }
}

/** After the thaw: all snapshots restore identical, check clean, every agent serves. */
async function after (h: MeshHarness, w: World): Promise<void> {
  await h.waitForMembers('a', 2, 60_000)
  await checkClean(h, 'a')
  await restoresIdentical(h, 'a', w.taken)
  await allServe(h, NAMES3)
}

export const frozenPeerRestore: FaultCase<World> = {
  name: 'frozen-peer-restore',
  what: `restore with one storage peer frozen (bound ${FROZEN_BOUNDS.restore} s)`,
  trials: 20,
  quickTrials: 2,
  setup,
  async trial (h, w, seed) {
    const r = rng(seed)
    const peer = r.pick(['b', 'c'])
    const { seconds } = await frozen(h, peer, async () => await timed(async () => await restoresIdentical(h, 'a', [r.pick(w.taken)], FROZEN_BOUNDS.restore * 1000)))
    if (seconds > FROZEN_BOUNDS.restore) throw new TrialFailure(`restore with ${peer} frozen took ${seconds.toFixed(1)} s (bound ${FROZEN_BOUNDS.restore} s)`)
    await after(h, w)
  }
}

export const frozenPeerBackup: FaultCase<World> = {
  name: 'frozen-peer-backup',
  what: `backup with one storage peer frozen: stored (degraded) or a clean failure (bound ${FROZEN_BOUNDS.backup} s)`,
  trials: 10,
  quickTrials: 1,
  setup,
  async trial (h, w, seed) {
    const r = rng(seed)
    const peer = r.pick(['b', 'c'])
    await churn(w.src, r, seed)
    const { value, seconds } = await frozen(h, peer, async () => await timed(async () => await backup(h, 'a', w.src, ['--degraded']).then(b => b.taken, (err: unknown) => err instanceof Error ? err : new Error(String(err)))))
    if (seconds > FROZEN_BOUNDS.backup) throw new TrialFailure(`backup with ${peer} frozen took ${seconds.toFixed(1)} s (bound ${FROZEN_BOUNDS.backup} s)`)
    if (value instanceof Error) {
      if (/at .+\.(js|ts):\d+/.test(value.message)) throw new TrialFailure(`backup with ${peer} frozen failed with a stack trace: ${value.message.slice(0, 300)}`)
    } else w.taken.push(value)
    await after(h, w)
  }
}

export const frozenPeerStatus: FaultCase<World> = {
  name: 'frozen-peer-status',
  what: `status of the origin with one peer frozen (bound ${FROZEN_BOUNDS.status} s)`,
  trials: 20,
  quickTrials: 2,
  setup,
  async trial (h, w, seed) {
    const r = rng(seed)
    const peer = r.pick(['b', 'c'])
    const { value, seconds } = await frozen(h, peer, async () => await timed(async () => await h.cli(['status', '--json', '--data', h.get('a').dir], { timeoutMs: FROZEN_BOUNDS.status * 1000 })))
    if (value.code !== 0) throw new TrialFailure(`status with ${peer} frozen failed (${value.code}): ${value.stderr.slice(0, 300)}`)
    if (seconds > FROZEN_BOUNDS.status) throw new TrialFailure(`status with ${peer} frozen took ${seconds.toFixed(1)} s (bound ${FROZEN_BOUNDS.status} s)`)
    await allServe(h, NAMES3.filter(n => n !== peer))
    await after(h, w)
  }
}
