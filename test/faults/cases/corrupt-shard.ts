/**
 * Damage to one shard file on a storage peer: a flipped bit, a truncation or
 * the file deleted. Restores stay byte-identical (the pack decodes from the
 * other shards, every shard is hash-checked), `check --read-data` detects
 * the damage, `repair` rewrites the shard, and check is clean again.
 */
import { open, readdir, rm, stat, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import type { MeshHarness } from '../../mesh/harness.js'
import { allServe, backup, cleanWithin, REPAIR_BOUND_MS, restoresIdentical, shardFiles } from '../invariants.js'
import type { Taken } from '../invariants.js'
import { rng } from '../rng.js'
import { TrialFailure } from '../types.js'
import type { FaultCase } from '../types.js'
import type { CheckResponse } from '../../../agent/control/api.js'
import { churn, mesh3, NAMES3, sourceTree } from '../world.js'

interface World { src: string, taken: Taken[], owner: string }

async function filesOf (dir: string): Promise<string[]> {
  let all: string[]
  try { all = await readdir(dir, { recursive: true }) } catch { return [] }
  const out: string[] = []
  for (const f of all.sort()) if (/\.\d+$/.test(f) && (await stat(join(dir, f))).isFile()) out.push(join(dir, f))
  return out
}

async function check (h: MeshHarness): Promise<{ code: number, res: CheckResponse | undefined, text: string }> {
  const r = await h.cli(['check', '--read-data', '--json', '--data', h.get('a').dir])
  let res: CheckResponse | undefined
  try { res = JSON.parse(r.stdout) as CheckResponse } catch { res = undefined }
  return { code: r.code, res, text: (r.stdout + r.stderr).slice(0, 400) }
}

export const corruptShard: FaultCase<World> = {
  name: 'corrupt-shard',
  what: 'a bit flip, truncation or deleted shard file on a peer: detected, never restored wrong, repaired',
  trials: 30,
  quickTrials: 1,
  async setup (h) {
    await mesh3(h)
    const src = await sourceTree(h, 'src', 512 * 1024)
    const { taken } = await backup(h, 'a', src, ['--degraded'])
    return { src, taken: [taken], owner: h.get('a').peerId as string }
  },
  async trial (h, w, seed) {
    const r = rng(seed)
    if (r.next() < 0.5) {
      await churn(w.src, r, seed)
      w.taken.push((await backup(h, 'a', w.src, ['--degraded'])).taken)
    }
    const peer = r.pick(['b', 'c'])
    const files = await filesOf(join(h.get(peer).dir, 'shards', w.owner))
    if (files.length === 0) throw new TrialFailure(`${peer} holds no shard of the origin`)
    const file = r.pick(files)
    const size = (await stat(file)).size
    const kind = r.pick(['flip', 'truncate', 'delete'] as const)
    if (kind === 'flip') {
      const fh = await open(file, 'r+')
      const at = r.int(0, size - 1)
      const b = Buffer.alloc(1)
      await fh.read(b, 0, 1, at)
      b[0] ^= 1 << r.int(0, 7)
      await fh.write(b, 0, 1, at)
      await fh.close()
    } else if (kind === 'truncate') await truncate(file, r.int(0, Math.max(0, size - 1)))
    else await rm(file)
    const damage = `${kind} of ${file.slice(h.root.length)} (${size} bytes)`
    await restoresIdentical(h, 'a', w.taken).catch((err: unknown) => { throw new TrialFailure(`with ${damage}: ${String(err)}`) })
    const first = await check(h)
    if (first.code === 0) throw new TrialFailure(`check --read-data did not detect the ${damage}`)
    const rep = await h.cli(['repair', '--data', h.get('a').dir])
    const last = await cleanWithin(h, 'a', REPAIR_BOUND_MS)
    const again = { code: last.code, res: last.code === 0 ? JSON.parse(last.stdout) as CheckResponse : undefined, text: (last.stdout + last.stderr).slice(0, 400) }
    if (again.code !== 0 || again.res === undefined) throw new TrialFailure(`after the ${damage}, check is not clean ${REPAIR_BOUND_MS / 1000} s after repair (exit ${rep.code}): ${again.text}`)
    const stored = await shardFiles(h, NAMES3, w.owner)
    if (stored !== again.res.shards) throw new TrialFailure(`after the ${damage} and repair, ${stored} shard files are stored but the index names ${again.res.shards}`)
    await restoresIdentical(h, 'a', w.taken)
    await allServe(h, NAMES3)
  }
}
