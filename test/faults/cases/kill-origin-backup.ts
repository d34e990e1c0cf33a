/**
 * kill -9 of the origin agent at a random moment of a backup: of a new tree
 * (a first backup: everything is new) or of an incremental one. The agent
 * restarts, the next backup completes, a second unchanged backup adds no
 * data (what was uploaded is reused), and after `forget --prune` the shard
 * files on disk are exactly the ones the index names.
 */
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { prng } from '../../fixtures/tree.js'
import type { MeshHarness } from '../../mesh/harness.js'
import { allServe, backup, checkClean, forgetKeep, restoresIdentical, storedOnce } from '../invariants.js'
import type { Taken } from '../invariants.js'
import { rng } from '../rng.js'
import { TrialFailure } from '../types.js'
import type { FaultCase } from '../types.js'
import { churn, lone, sourceTree } from '../world.js'

interface World { src: string, taken: Taken[], windowMs: number, owner: string }

/** A first backup: the same path each time (one snapshot group), new content each time (all of it new data). */
async function freshTree (h: MeshHarness, seed: number, bigBytes: number): Promise<string> {
  const src = join(h.root, 'src-first')
  await rm(src, { recursive: true, force: true })
  await sourceTree(h, 'src-first', bigBytes)
  await writeFile(join(src, 'big.bin'), prng(`first-${seed}`, bigBytes))
  await writeFile(join(src, 'big-copy.bin'), prng(`first-${seed}`, bigBytes))
  return src
}

const BIG = 2 * 1024 * 1024

export const killOriginBackup: FaultCase<World> = {
  name: 'kill-origin-backup',
  what: 'kill -9 of the origin during a first or incremental backup',
  trials: 100,
  quickTrials: 3,
  async setup (h: MeshHarness): Promise<World> {
    await lone(h)
    const src = await sourceTree(h, 'src', BIG)
    const t0 = performance.now()
    const { taken } = await backup(h, 'a', src, ['--degraded'])
    const windowMs = Math.max(300, Math.round((performance.now() - t0) * 1.3))
    return { src, taken: [taken], windowMs, owner: h.get('a').peerId as string }
  },
  async trial (h: MeshHarness, w: World, seed: number): Promise<void> {
    const r = rng(seed)
    const first = r.next() < 0.5
    const src = first ? await freshTree(h, seed, r.int(1, 3) * BIG) : w.src
    if (!first) await churn(src, r, seed)
    const delay = r.int(0, w.windowMs)
    const running = backup(h, 'a', src, ['--degraded']).then(b => b.taken, () => undefined)
    await new Promise(resolve => setTimeout(resolve, delay))
    await h.kill9('a')
    const survived = await running
    if (survived !== undefined) w.taken.push(survived)
    try {
      await h.start('a')
    } catch (err) {
      throw new TrialFailure(`agent did not start again after kill -9 ${delay} ms into a ${first ? 'first' : 'incremental'} backup: ${String(err).slice(0, 400)}`)
    }
    const { taken: done } = await backup(h, 'a', src, ['--degraded'])
    w.taken.push(done)
    const again = await backup(h, 'a', src, ['--degraded'])
    w.taken.push(again.taken)
    const added = again.out.snapshot.stats.bytesAdded ?? 0
    if (added > 64 * 1024) throw new TrialFailure(`an unchanged backup after the kill added ${added} bytes (nothing was reused)`)
    w.taken = await forgetKeep(h, 'a', w.taken, 4)
    const check = await checkClean(h, 'a')
    await storedOnce(h, ['a'], w.owner, check)
    await restoresIdentical(h, 'a', w.taken)
    await allServe(h, ['a'])
  }
}
