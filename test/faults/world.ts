/** Worlds the cases share the shape of: a lone agent, and a three-agent mesh with RS 2+1 (one shard a site). */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTree, prng, textish } from '../fixtures/tree.js'
import type { MeshHarness } from '../mesh/harness.js'
import type { Rng } from './rng.js'

export const MESH3 = [{ name: 'a', site: 'hq' }, { name: 'b', site: 'branch' }, { name: 'c', site: 'cloud' }]
export const NAMES3 = MESH3.map(s => s.name)

/** The 3-2-1 rules off (the campaign's small meshes cannot meet them; prune's repack must place its packs). */
function relaxed (yaml: string): string {
  return yaml.replace(/^( +)(copies|media|offsite|siteDiversity): true$/gm, '$1$2: false')
}

/** One agent alone in its mesh (k=1, m=0), the placement rules off. */
export async function lone (h: MeshHarness): Promise<void> {
  await h.lone('a')
  await h.stop('a')
  await h.configure('a', relaxed)
  await h.start('a')
}

/** Three agents, a (the origin) with k=2, m=1: any one peer can be frozen, killed or damaged and a pack still reads. */
export async function mesh3 (h: MeshHarness): Promise<void> {
  const fast = (y: string): string => y.replace(/intervalSeconds: \d+/, 'intervalSeconds: 1').replace(/downAfterSeconds: \d+/, 'downAfterSeconds: 3')
  await h.init('a', { site: 'hq', create: true })
  await h.configure('a', y => fast(relaxed(y)).replace(/^( +)k: \d+$/m, '$1k: 2').replace(/^( +)m: \d+$/m, '$1m: 1'))
  await h.start('a')
  for (const s of MESH3.slice(1)) {
    await h.init(s.name, { site: s.site, join: await h.invite('a', { site: s.site, media: 'disk', singleUse: true }) })
    await h.configure(s.name, fast)
  }
  await Promise.all(MESH3.slice(1).map(async s => await h.start(s.name)))
  for (const n of NAMES3) await h.waitForMembers(n, 2, 90_000)
}

/** A source tree: the fixture (small and big files, links, odd modes), big files of `bigBytes`. */
export async function sourceTree (h: MeshHarness, name: string, bigBytes: number): Promise<string> {
  const src = join(h.root, name)
  await makeTree({ root: src, bigBytes })
  return src
}

/** Change a tree the way a day changes it: a few new files, one rewritten, of seeded content. */
export async function churn (src: string, r: Rng, seed: number): Promise<void> {
  await mkdir(join(src, 'churn'), { recursive: true })
  const n = r.int(1, 4)
  for (let i = 0; i < n; i++) {
    const bytes = r.next() < 0.5 ? prng(`new-${seed}-${i}`, r.int(1, 1024) * 1024) : textish(`new-${seed}-${i}`, r.int(1, 200) * 1024)
    await writeFile(join(src, 'churn', `f-${seed}-${i}.bin`), bytes)
  }
  await writeFile(join(src, 'docs', 'small-3.txt'), textish(`rewrite-${seed}`, r.int(10, 5000)))
}
