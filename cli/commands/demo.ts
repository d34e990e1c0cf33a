/**
 * `meshbackup demo`: the first thing a new user runs.
 *
 * Today it runs the whole local data path: eight shard stores in four sites
 * (folders standing in for peers), a sample tree backed up with RS 4+2, one
 * whole site taken away and a shard corrupted, a restore from what is left,
 * every byte verified. (The mesh version with agent processes replaces the
 * folders with agents on 127.0.0.1 as the mesh issues land.)
 */
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile, lstat, open as openFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Command } from 'commander'
import { backup } from '../../agent/backup/archiver.js'
import { findSnapshot } from '../../agent/backup/snapshots.js'
import { Repository } from '../../agent/repository/repository.js'
import { LocalShardPeer } from '../../agent/repository/shard-peer.js'
import { restore } from '../../agent/restore/restorer.js'
import { ShardStore } from '../../store/shard-store.js'
import { formatBytes, formatRate } from '../printer.js'
import type { Printer } from '../printer.js'
import { UserError } from '../errors.js'

const SITES = ['hq', 'branch-a', 'branch-b', 'cloud']

export function demoCommand (program: Command, printer: Printer): void {
  program
    .command('demo')
    .description('run a small local mesh demo: back up, lose a whole site, restore and verify every byte')
    .option('--keep', 'keep the temporary directory')
    .option('--size <MiB>', 'size of the sample tree in MiB', '32')
    .action(async (opts: { keep?: boolean, size: string }) => {
      const mib = Number(opts.size)
      if (!Number.isFinite(mib) || mib <= 0 || mib > 4096) throw new UserError('--size must be a number of MiB between 1 and 4096', 2)
      await runDemo(printer, { keep: opts.keep === true, bytes: Math.round(mib * 1024 * 1024) })
    })
}

export async function runDemo (printer: Printer, opts: { keep: boolean, bytes: number }): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'meshbackup-demo-'))
  const passphrase = 'demo passphrase'
  let repo: Repository | undefined
  try {
    printer.step(`working in ${work}`)
    const src = join(work, 'sample')
    await makeSample(src, opts.bytes)
    printer.ok(`sample tree: ${formatBytes(opts.bytes)} in ${(await hashTree(src)).size} entries`)

    printer.step('8 shard peers in 4 sites, erasure code RS 4+2 (any 2 of 6 shards may be lost)')
    const stores = new Map<string, ShardStore>()
    for (const site of SITES) {
      for (const n of [1, 2]) {
        const s = new ShardStore(join(work, 'peers', `${site}-${n}`))
        await s.open()
        stores.set(`${site}-${n}`, s)
      }
    }
    printer.line(`  ${[...stores.keys()].join(', ')}`)
    repo = await Repository.create(join(work, 'owner'), passphrase, { scrypt: { logN: 14, r: 8, p: 1 } })
    for (const [name, s] of stores) repo.addPeer(new LocalShardPeer(name, s))

    printer.step('backup')
    let t = Date.now()
    const res = await backup(repo, { paths: [src], tags: ['demo'] })
    const st = res.snapshot.stats ?? {}
    printer.ok(`snapshot ${Buffer.from(res.id).toString('hex').slice(0, 8)}: ${st.filesNew ?? 0} files, read ${formatBytes(Number(st.bytesRead))} at ${formatRate(Number(st.bytesRead), Date.now() - t)}, added ${formatBytes(Number(st.bytesAdded))} after dedup+compression, stored ${formatBytes(Number(st.bytesStored))} with parity in ${st.packsNew ?? 0} packs`)

    printer.step('taking site "hq" down and corrupting a shard in "cloud-1"')
    await repo.close()
    repo = await Repository.open(join(work, 'owner'), passphrase)
    for (const [name, s] of stores) if (!name.startsWith('hq-')) repo.addPeer(new LocalShardPeer(name, s))
    const corrupted = await corruptOneShard(join(work, 'peers', 'cloud-1'))
    printer.ok(`peers left: ${[...repo.peers.keys()].join(', ')}; corrupted ${corrupted === undefined ? 'nothing (no shard there)' : relative(work, corrupted)}`)

    printer.step('restore from the surviving sites')
    const target = join(work, 'restored')
    t = Date.now()
    const failures: string[] = []
    const snap = await findSnapshot(repo, 'latest')
    const r = await restore(repo, snap, { target, events: { onShardFailure: (_p, i, store, why) => failures.push(`${store} shard ${i}: ${why}`) } })
    printer.ok(`restored ${r.files} files, ${formatBytes(r.bytes)} at ${formatRate(r.bytes, Date.now() - t)}; ${r.loader.packDecodes} packs rebuilt from parity`)
    const unique = [...new Set(failures)]
    const badShards = unique.filter(f => f.includes('does not match')).length
    printer.ok(`shards unusable on the way: ${unique.length - badShards} on the lost site, ${badShards} failed their hash check (and were rebuilt around)`)

    printer.step('verify every byte')
    const want = await hashTree(src)
    const got = await hashTree(join(target, src))
    const diffs = [...want].filter(([p, h]) => got.get(p) !== h).map(([p]) => p)
    if (got.size !== want.size || diffs.length > 0) {
      throw new UserError(`verification FAILED: ${diffs.length} entries differ (${diffs.slice(0, 5).join(', ')})`)
    }
    printer.ok(`all ${want.size} entries identical (content, mode, mtime)`)
    printer.step('demo finished: the data survived the loss of a whole site and a corrupted shard')
  } finally {
    await repo?.close().catch(() => {})
    if (!opts.keep) await rm(work, { recursive: true, force: true })
    else printer.line(`kept ${work}`)
  }
}

async function makeSample (root: string, bytes: number): Promise<void> {
  const words = ['backup', 'mesh', 'site', 'shard', 'restore', 'peer', 'snapshot', 'the', 'a', 'of', 'data', '\n']
  let made = 0
  let n = 0
  for (const dir of ['etc', 'var/log', 'home/alice/photos', 'home/bob/src', 'srv/db']) {
    await mkdir(join(root, dir), { recursive: true })
  }
  while (made < bytes) {
    const i = n++
    const text = i % 3 !== 2
    const size = Math.min(bytes - made, text ? 2000 + (i * 7919) % 200_000 : 500_000 + (i * 104_729) % 3_000_000)
    let data: Buffer
    if (text) {
      const seed = createHash('sha256').update(`t${i}`).digest()
      const parts: string[] = []
      for (let j = 0, len = 0; len < size; j++) { const w = words[seed[j % 32] ^ (j & 0xff)] ?? words[j % words.length]; parts.push(w); len += w.length + 1 }
      data = Buffer.from(parts.join(' ')).subarray(0, size)
    } else {
      data = Buffer.alloc(size)
      for (let off = 0; off < size; off += 32) createHash('sha256').update(`b${i}:${off}`).digest().copy(data, off)
    }
    const dirs = ['etc', 'var/log', 'home/alice/photos', 'home/bob/src', 'srv/db']
    await writeFile(join(root, dirs[i % dirs.length], `file-${i}.${text ? 'txt' : 'bin'}`), data)
    made += size
  }
  await writeFile(join(root, 'etc', 'empty.conf'), '')
  await mkdir(join(root, 'empty-dir'))
}

async function hashTree (root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const p = join(dir, name)
      const st = await lstat(p)
      const rel = relative(root, p)
      if (st.isDirectory()) {
        out.set(rel, `dir ${st.mode & 0o7777}`)
        await walk(p)
      } else {
        out.set(rel, `${st.mode & 0o7777} ${Math.round(st.mtimeMs)} ${createHash('sha256').update(await readFile(p)).digest('hex')}`)
      }
    }
  }
  await walk(root)
  return out
}

/** Flip a byte in the middle of the largest shard (a data pack's) of a store. */
async function corruptOneShard (storeRoot: string): Promise<string | undefined> {
  let largest: { path: string, size: number } | undefined
  for (const owner of await readdir(storeRoot)) {
    for (const fan of await readdir(join(storeRoot, owner))) {
      for (const f of await readdir(join(storeRoot, owner, fan))) {
        const p = join(storeRoot, owner, fan, f)
        const { size } = await lstat(p)
        if (largest === undefined || size > largest.size) largest = { path: p, size }
      }
    }
  }
  if (largest === undefined) return undefined
  const fh = await openFile(largest.path, 'r+')
  try {
    const at = Math.floor(largest.size / 2)
    const b = Buffer.alloc(1)
    await fh.read(b, 0, 1, at)
    b[0] ^= 0x55
    await fh.write(b, 0, 1, at)
  } finally {
    await fh.close()
  }
  return largest.path
}
