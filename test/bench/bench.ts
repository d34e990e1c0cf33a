/**
 * `npm run bench`: throughput of each stage of the data path and of a whole local
 * backup and restore, with peak RSS. `npm run bench -- --json` prints one JSON
 * object. Figures are MB/s (10^6 bytes per second) unless named otherwise.
 *
 * The end-to-end part backs up the ~100 MiB corpus of ../shared/bench/make-corpus
 * (--small; generated once into .bench/) into six local shard stores, RS 4+2,
 * and restores it, then backs it up again with 0, 1 and 2 worker threads (MB/s
 * and CPU-s per GB); `--local` stops there.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backup } from '../../agent/backup/archiver.js'
import { findSnapshot } from '../../agent/snapshot/snapshots.js'
import { benchChunker } from './chunker-bench.js'
import { compressBlob } from '../../agent/compress.js'
import { seal } from '../../agent/crypto/aead.js'
import { blobId } from '../../agent/crypto/keys.js'
import { benchPlacement } from './placement-bench.js'
import { benchErasure } from './erasure-bench.js'
import { Repository } from '../../agent/repository/repository.js'
import { LocalShardPeer } from '../../agent/repository/shard-peer.js'
import { restore } from '../../agent/restore/restorer.js'
import { ShardStore } from '../../store/shard-store.js'
import { ensureCorpus } from './corpus.js'
import { benchMeshTransfer } from './mesh-transfer.js'
import { ensureAgentRuntime } from './tools.js'

const MB = 1e6
const json = process.argv.includes('--json')

/** CPU-seconds (user+sys) of this process's main thread alone, from /proc (Linux); NaN elsewhere. */
function mainThreadCpuSecs (): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(f[11]) + Number(f[12])) / 100
  } catch {
    return NaN
  }
}

function median (xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function timeSync (bytes: number, fn: () => void, runs = 5): number {
  fn()
  const rates: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    rates.push(bytes / MB / ((performance.now() - t) / 1000))
  }
  return median(rates)
}

async function timeAsync (bytes: number, fn: () => Promise<void>, runs = 5): Promise<number> {
  await fn()
  const rates: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    rates.push(bytes / MB / ((performance.now() - t) / 1000))
  }
  return median(rates)
}

/** Half text-like, half random 1 MiB blobs: what a backup sees. */
function sampleBlobs (n: number): Buffer[] {
  const words = Buffer.from('buffer index count result value node tree cache config handle stream reader writer chunk\n')
  const out: Buffer[] = []
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      out.push(randomBytes(1 << 20))
    } else {
      const b = Buffer.alloc(1 << 20)
      const r = randomBytes(1 << 16)
      for (let off = 0, j = 0; off < b.length; j++) {
        const start = r[j % r.length] % 40
        const len = 8 + (r[(j + 1) % r.length] % 40)
        off += words.copy(b, off, start, Math.min(start + len, words.length))
      }
      out.push(b)
    }
  }
  return out
}

async function main (): Promise<void> {
  ensureAgentRuntime()
  const r: Record<string, number> = {}
  const log = (s: string): void => { if (!json) process.stderr.write(s + '\n') }

  log('local backup and restore of the small corpus…')
  const corpus = await ensureCorpus(true)
  const work = await mkdtemp(join(tmpdir(), 'mb-bench-'))
  try {
    const repo = await Repository.create(join(work, 'repo'), 'bench', { scrypt: { logN: 10, r: 8, p: 1 } })
    for (let i = 0; i < 6; i++) {
      const s = new ShardStore(join(work, `store-${i}`))
      await s.open()
      repo.addPeer(new LocalShardPeer(`store-${i}`, s))
    }
    let t = performance.now()
    const res = await backup(repo, { paths: [corpus], type: 'full' })
    const secs = (performance.now() - t) / 1000
    const bytes = Number(res.snapshot.stats?.bytesRead ?? 0)
    r.backup_local_mbps = bytes / MB / secs
    r.corpus_mib = bytes / 1024 / 1024
    r.stored_mib = Number(res.snapshot.stats?.bytesStored ?? 0) / 1024 / 1024
    t = performance.now()
    const out = await restore(repo, await findSnapshot(repo, 'latest'), { target: join(work, 'restore') })
    r.restore_local_mbps = out.bytes / MB / ((performance.now() - t) / 1000)
    await repo.close()
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  // first, in a fresh process: the peak is the data path's, not the stage benchmarks' buffers
  r.peak_rss_mib = process.resourceUsage().maxRSS / 1024

  // The same backup with the blob hashing and zstd on this thread (0) and on 1 or 2 worker threads:
  // wall MB/s and this process's CPU-s per GB (all threads, process.cpuUsage).
  for (const workers of [0, 1, 2]) {
    log(`local backup with ${workers} worker threads…`)
    const dir = await mkdtemp(join(tmpdir(), 'mb-bench-w-'))
    try {
      const repo = await Repository.create(join(dir, 'repo'), 'bench', { scrypt: { logN: 10, r: 8, p: 1 } })
      for (let i = 0; i < 6; i++) {
        const s = new ShardStore(join(dir, `store-${i}`))
        await s.open()
        repo.addPeer(new LocalShardPeer(`store-${i}`, s))
      }
      const cpu0 = process.cpuUsage()
      const main0 = mainThreadCpuSecs()
      const t = performance.now()
      const res = await backup(repo, { paths: [corpus], type: 'full', workers })
      const secs = (performance.now() - t) / 1000
      const cpu = process.cpuUsage(cpu0)
      const mainSecs = mainThreadCpuSecs() - main0
      const bytes = Number(res.snapshot.stats?.bytesRead ?? 0)
      r[`backup_local_workers_${workers}_mbps`] = bytes / MB / secs
      r[`backup_local_workers_${workers}_cpu_s_per_gb`] = (cpu.user + cpu.system) / 1e6 / (bytes / 1e9)
      r[`backup_local_workers_${workers}_main_thread_cpu_s_per_gb`] = mainSecs / (bytes / 1e9)
      await repo.close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  if (process.argv.includes('--local')) { print(r); return }

  log('chunking…')
  r.chunk_mbps = benchChunker({ bytes: 64 * 1024 * 1024 }).chunk_mbps

  const blobs = sampleBlobs(32)
  const total = blobs.length * (1 << 20)
  const idKey = randomBytes(32)
  const dataKey = randomBytes(32)
  log('hashing, compression, encryption…')
  r.hash_mbps = timeSync(total, () => { for (const b of blobs) blobId(idKey, b) })
  r.compress_mbps = await timeAsync(total, async () => {
    // as the pipeline does: several blobs in flight on the thread pool
    for (let i = 0; i < blobs.length; i += 4) await Promise.all(blobs.slice(i, i + 4).map(async b => await compressBlob(b)))
  }, 3)
  r.encrypt_mbps = timeSync(total, () => { for (const b of blobs) seal(dataKey, b) })

  log('placement…')
  Object.assign(r, benchPlacement())

  log('erasure coding…')
  Object.assign(r, benchErasure({ seconds: 0.5 }))

  log('shard transfer between two processes over libp2p vs raw TCP…')
  Object.assign(r, await benchMeshTransfer({ rawBytes: 512 * 1024 * 1024, shards: 48 }))
  r.mesh_vs_raw_ratio = r.mesh_transfer_mbps / r.raw_tcp_mbps
  // What a libp2p pre-shared key (@libp2p/pnet) would cost; the agent uses a per-connection proof instead.
  log('the same shard transfer behind a pre-shared key (pnet)…')
  r.mesh_transfer_pnet_mbps = (await benchMeshTransfer({ shards: 48, psk: true, skipRaw: true })).mesh_transfer_mbps

  print(r)
}

function print (r: Record<string, number>): void {
  for (const k of Object.keys(r)) r[k] = Math.round(r[k] * 100) / 100
  if (json) {
    process.stdout.write(JSON.stringify(r) + '\n')
  } else {
    const w = Math.max(...Object.keys(r).map(k => k.length))
    process.stdout.write(`${'figure'.padEnd(w)}  value\n${'-'.repeat(w)}  -----\n`)
    for (const [k, v] of Object.entries(r)) process.stdout.write(`${k.padEnd(w)}  ${v}\n`)
  }
}

main().catch(err => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`)
  process.exitCode = 1
})
