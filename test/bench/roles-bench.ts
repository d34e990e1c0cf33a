/**
 * `npm run bench:roles [-- --full] [-- --json] [-- --profile]`: CPU-seconds per GB
 * of each role, next to its physical floor.
 *
 * Six real agents in three sites (RS 4+2, 3-2-1 policy) at the product's default
 * heartbeat back up the corpus of ../shared/bench/make-corpus (~100 MiB; `--full`
 * 1 GiB) from agent a and restore it. Each agent's CPU is user+sys from
 * /proc/PID/stat (all threads: worker threads and libuv's pool included), read
 * before and after each phase. The roles:
 *
 *   origin_backup    agent a's CPU over the backup, per GB of input
 *   peer_backup      the other agents' CPU over the backup, per GB of shards they stored
 *   origin_restore   agent a's CPU over the restore, per GB restored
 *   peer_restore     the other agents' CPU over the restore, per GB served — estimated
 *                    as the data shards of what was stored (4/6 of the shards; a hedged
 *                    read may fetch more, which makes this figure pessimistic)
 *
 * The background (heartbeats, gossip) is measured over an idle window first and
 * printed as CPU-s per s per agent; the role figures include it, as they do in a
 * real mesh. The floor of each role is the sum of its unavoidable per-byte stages
 * measured alone in this process, in CPU time, on 1 MiB blobs (the same functions the
 * agent calls): blob id (HMAC-SHA-256), zstd, AES-256-GCM seal/open, RS 4+2
 * encode, SHA-256 of shards, ChaCha20-Poly1305 (Noise's cipher on the wire), each
 * scaled by the bytes it sees (the compression ratio and the 1.5× of 4+2 from the
 * run). Kernel copies (read/write/socket) are not in the floor.
 *
 * `--profile` starts the agents with `--cpu-prof` (profiles in .bench/roles-prof/,
 * written when the agents stop) and prints each agent's top self-time entries over
 * the whole run; CPU figures of a profiled run are inflated by the profiler.
 * The loadavg before and after is printed: on a shared machine the figures are
 * CPU time, not wall time, so they are less noisy, but caches and frequency still
 * vary — run it twice and compare.
 */
import '../../agent/polyfill.js'
import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, realpath, rm } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { compressBlob, decompressBlob } from '../../agent/compress.js'
import { open, seal } from '../../agent/crypto/aead.js'
import { blobId } from '../../agent/crypto/keys.js'
import { MeshHarness, THREE_SITES } from '../mesh/harness.js'
import { BENCH_DIR, corpusDir, ensureCorpus } from './corpus.js'
import { benchErasure } from './erasure-bench.js'
import { MB, duBytes, execFileP, log, round, sameTree, secsSince, treeBytes } from './tools.js'
import type { BackupResponse } from '../../agent/control/api.js'

const argv = process.argv.slice(2)
const full = argv.includes('--full')
const json = argv.includes('--json')
const profile = argv.includes('--profile')
const SCRATCH = join(BENCH_DIR, 'roles-work')
const PROF_DIR = join(BENCH_DIR, 'roles-prof')
const GB = 1e9
const CLK_TCK = 100 // Linux USER_HZ

/** user+sys CPU-seconds of a live process (all its threads), from /proc. */
async function cpuSecs (pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // fields from 3 (state) on
  return (Number(f[11]) + Number(f[12])) / CLK_TCK // utime (14), stime (15)
}

/**
 * MB per CPU-second of fn over `bytes` (this process's user+sys, all threads, so
 * zstd on libuv's pool counts too), median of 5 runs after a warm-up. CPU time,
 * not wall time: on a loaded machine the wall rate falls, the CPU cost barely.
 */
async function rate (bytes: number, fn: () => unknown): Promise<number> {
  await fn()
  const rs: number[] = []
  for (let i = 0; i < 5; i++) {
    const c = process.cpuUsage()
    await fn()
    const d = process.cpuUsage(c)
    rs.push(bytes / MB / Math.max(1e-6, (d.user + d.system) / 1e6))
  }
  return rs.sort((a, b) => a - b)[2]
}

/** Half random, half text-like 1 MiB blobs. */
function sample (n: number): Buffer[] {
  const words = Buffer.from('buffer index count result value node tree cache config handle stream reader writer chunk\n')
  return Array.from({ length: n }, (_, i) => {
    if (i % 2 === 0) return randomBytes(1 << 20)
    const b = Buffer.alloc(1 << 20)
    const r = randomBytes(1 << 16)
    for (let off = 0, j = 0; off < b.length; j++) off += words.copy(b, off, r[j % r.length] % 40, Math.min(r[j % r.length] % 40 + 8 + (r[(j + 1) % r.length] % 40), words.length))
    return b
  })
}

interface Stages { blob_id: number, zstd_compress: number, zstd_decompress: number, aes_gcm_seal: number, aes_gcm_open: number, rs_encode_4_2: number, sha256: number, chacha20_poly1305: number }

/** Each stage's MB per CPU-second alone. */
async function stages (): Promise<Stages> {
  const blobs = sample(16)
  const total = blobs.length * (1 << 20)
  const key = randomBytes(32)
  const packed = await Promise.all(blobs.map(async b => await compressBlob(b)))
  const sealed = blobs.map(b => seal(key, b))
  // Noise (libp2p) seals each 64 KiB message with ChaCha20-Poly1305.
  const chacha = (): void => {
    for (const b of blobs) {
      for (let off = 0; off < b.length; off += 65519) {
        const c = createCipheriv('chacha20-poly1305', key, randomBytes(12), { authTagLength: 16 })
        c.update(b.subarray(off, off + 65519)); c.final(); c.getAuthTag()
      }
    }
  }
  return {
    blob_id: await rate(total, () => { for (const b of blobs) blobId(key, b) }),
    // one at a time: the floor is CPU, not the thread pool's parallelism
    zstd_compress: await rate(total, async () => { for (const b of blobs) await compressBlob(b) }),
    zstd_decompress: await rate(total, async () => { for (let i = 0; i < blobs.length; i++) await decompressBlob(packed[i].data, packed[i].compression, blobs[i].length) }),
    aes_gcm_seal: await rate(total, () => { for (const b of blobs) seal(key, b) }),
    aes_gcm_open: await rate(total, () => { for (const s of sealed) open(key, s) }),
    rs_encode_4_2: benchErasure({ seconds: 0.3 }).rs_encode_4_2_mbps,
    sha256: await rate(total, () => { for (const b of blobs) createHash('sha256').update(b).digest() }),
    chacha20_poly1305: await rate(total, chacha)
  }
}

/** CPU-s per GB of a stage at `mbps`, seeing `factor` bytes per byte of the role's unit. */
const cost = (mbps: number, factor = 1): number => factor * GB / MB / mbps

interface ProfileEntry { fn: string, pct: number }

/** Top self-time entries of a .cpuprofile (idle excluded). */
function topEntries (prof: { nodes: Array<{ id: number, callFrame: { functionName: string, url: string, lineNumber: number } }>, samples: number[], timeDeltas: number[] }, n: number): ProfileEntry[] {
  const name = new Map<number, string>()
  for (const node of prof.nodes) {
    const url = node.callFrame.url.replace(/^.*\/(node_modules\/)?/, '')
    name.set(node.id, `${node.callFrame.functionName === '' ? '(anonymous)' : node.callFrame.functionName}${url === '' ? '' : ` ${url}:${node.callFrame.lineNumber + 1}`}`)
  }
  const self = new Map<string, number>()
  let total = 0
  prof.samples.forEach((id, i) => {
    const k = name.get(id) ?? '?'
    if (k.startsWith('(idle)')) return
    const dt = prof.timeDeltas[i] ?? 0
    self.set(k, (self.get(k) ?? 0) + dt)
    total += dt
  })
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([fn, t]) => ({ fn, pct: round(100 * t / total, 1) }))
}

async function main (): Promise<void> {
  const small = !full
  if (!existsSync(join(corpusDir(small), '.anchor-corpus.json'))) log(`building the corpus into ${corpusDir(small)} (once)…`)
  const corpus = await ensureCorpus(small)
  await rm(SCRATCH, { recursive: true, force: true })
  await mkdir(SCRATCH, { recursive: true })
  const load0 = loadavg()[0]

  log('stage benchmarks (CPU time)…')
  const st = await stages()

  const work = join(SCRATCH, 'corpus')
  await execFileP('cp', ['-a', await realpath(corpus), work]) // the corpus may be a symlink
  const tree = await treeBytes(work)
  if (profile) {
    await rm(PROF_DIR, { recursive: true, force: true })
    await mkdir(PROF_DIR, { recursive: true })
    process.env.MESHBACKUP_AGENT_NODE_ARGS = `${process.env.MESHBACKUP_AGENT_NODE_ARGS ?? ''} --cpu-prof --cpu-prof-dir=${PROF_DIR}`
  }
  process.env.TMPDIR = SCRATCH
  const h = new MeshHarness()
  await h.setup()
  const out: Record<string, unknown> = {}
  let problem: string | null = null
  const pidName = new Map<number, string>()
  try {
    log('starting 6 agents in 3 sites at the default heartbeat…')
    await h.mesh(THREE_SITES)
    await h.waitForMembers('a', 5)
    for (const a of THREE_SITES) pidName.set(h.get(a.name).proc?.pid ?? -1, a.name)
    const names = THREE_SITES.map(a => a.name)
    const cpuAll = async (): Promise<Record<string, number>> => Object.fromEntries(await Promise.all(names.map(async n => [n, await cpuSecs(h.get(n).proc?.pid)] as const)))
    const shardsAll = async (): Promise<Record<string, number>> => Object.fromEntries(await Promise.all(names.map(async n => [n, existsSync(join(h.get(n).dir, 'shards')) ? await duBytes(join(h.get(n).dir, 'shards')) : 0] as const)))
    const delta = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => Object.fromEntries(names.map(n => [n, b[n] - a[n]]))
    const peers = names.filter(n => n !== 'a')
    const sum = (r: Record<string, number>, ns: string[]): number => ns.reduce((s, n) => s + r[n], 0)

    log('idle window (10 s)…')
    let c0 = await cpuAll()
    let t = performance.now()
    await new Promise(resolve => setTimeout(resolve, 10_000))
    const idle = delta(c0, await cpuAll())
    const idleSecs = secsSince(t)
    const bgPerAgent = sum(idle, names) / names.length / idleSecs

    log(`backup of ${round(tree.bytes / 2 ** 20)} MiB…`)
    const s0 = await shardsAll()
    c0 = await cpuAll()
    t = performance.now()
    const b = JSON.parse(await h.cliOk(['backup', '--json', '--data', h.get('a').dir, work])) as BackupResponse
    const backupSecs = secsSince(t)
    const cb = delta(c0, await cpuAll())
    const received = delta(s0, await shardsAll())
    const input = Number(b.snapshot.stats?.bytesRead ?? tree.bytes)
    const stored = sum(received, names)

    log('restore…')
    const target = join(SCRATCH, 'restore')
    c0 = await cpuAll()
    t = performance.now()
    await h.cliOk(['restore', 'latest', '--json', '--data', h.get('a').dir, '--target', target])
    const restoreSecs = secsSince(t)
    const cr = delta(c0, await cpuAll())
    problem = await sameTree(work, join(target, work))
    const served = stored * 4 / 6

    // Floors. c = bytes after compression per input byte; shards = 1.5 × c (RS 4+2).
    const c = stored / 1.5 / input
    const floor = {
      origin_backup: cost(st.blob_id) + cost(st.zstd_compress) + cost(st.aes_gcm_seal, c) + cost(st.rs_encode_4_2, c) + cost(st.sha256, 1.5 * c) + cost(st.chacha20_poly1305, 1.5 * c),
      peer_backup: cost(st.chacha20_poly1305) + cost(st.sha256),
      origin_restore: cost(st.chacha20_poly1305, c) + cost(st.sha256, c) + cost(st.aes_gcm_open, c) + cost(st.zstd_decompress) + cost(st.blob_id),
      peer_restore: cost(st.chacha20_poly1305) + cost(st.sha256)
    }
    const measured = {
      origin_backup: cb.a / (input / GB),
      peer_backup: sum(cb, peers) / (stored / GB),
      origin_restore: cr.a / (input / GB),
      peer_restore: sum(cr, peers) / (served / GB)
    }
    Object.assign(out, {
      corpus: small ? 'small' : 'full',
      corpus_mib: round(tree.bytes / 2 ** 20),
      stored_shards_mib: round(stored / 2 ** 20),
      compression_ratio: round(c, 3),
      backup_secs: round(backupSecs, 2),
      restore_secs: round(restoreSecs, 2),
      background_cpu_s_per_s_per_agent: round(bgPerAgent, 4),
      cpu_s: { backup: Object.fromEntries(names.map(n => [n, round(cb[n], 2)])), restore: Object.fromEntries(names.map(n => [n, round(cr[n], 2)])), idle: Object.fromEntries(names.map(n => [n, round(idle[n], 2)])) },
      stage_mbps: Object.fromEntries(Object.entries(st).map(([k, v]) => [k, round(v)])),
      loadavg_before: round(load0, 2),
      loadavg_after: round(loadavg()[0], 2),
      verified: problem === null ? 'yes' : 'NO'
    })
    for (const k of Object.keys(measured) as Array<keyof typeof measured>) {
      out[`${k}_cpu_s_per_gb`] = round(measured[k], 2)
      out[`${k}_floor_cpu_s_per_gb`] = round(floor[k], 2)
      out[`${k}_ratio`] = round(measured[k] / floor[k], 1)
    }
  } finally {
    await h.teardown()
    await rm(SCRATCH, { recursive: true, force: true })
  }

  if (profile) {
    const profiles: Record<string, ProfileEntry[]> = {}
    const files = existsSync(PROF_DIR) ? (await readdir(PROF_DIR)).filter(f => f.endsWith('.cpuprofile')) : []
    for (const f of files) {
      // CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile; a CLI process's profile has no agent name
      const pid = Number(/^CPU\.\d+\.\d+\.(\d+)\./.exec(f)?.[1])
      const agent = pidName.get(pid)
      if (agent === undefined) continue
      profiles[agent === 'a' ? 'a (origin)' : agent] = topEntries(JSON.parse(await readFile(join(PROF_DIR, f), 'utf8')), 8)
    }
    out.profiles = profiles
    if (files.length === 0) out.profiles_note = 'no .cpuprofile written (the agents did not exit normally)'
  }

  if (json) process.stdout.write(JSON.stringify(out) + '\n')
  else printTable(out)
  if (problem !== null) {
    process.stderr.write(`restore differs from the source:\n${problem}\n`)
    process.exitCode = 1
  }
}

function printTable (r: Record<string, unknown>): void {
  const rows: Array<[string, string]> = [
    ['origin, backup (per GB of input)', 'origin_backup'],
    ['storage peer, backup (per GB received)', 'peer_backup'],
    ['origin, restore (per GB restored)', 'origin_restore'],
    ['storage peer, serving a restore (per GB served, est.)', 'peer_restore']
  ]
  const lines = [
    `corpus: ${String(r.corpus)} (${String(r.corpus_mib)} MiB), 6 agents, RS 4+2, default heartbeat; stored ${String(r.stored_shards_mib)} MiB of shards; verified: ${String(r.verified)}`,
    `loadavg ${String(r.loadavg_before)} → ${String(r.loadavg_after)}; background ${String(r.background_cpu_s_per_s_per_agent)} CPU-s/s per agent; backup ${String(r.backup_secs)} s, restore ${String(r.restore_secs)} s wall`,
    '',
    '| role | CPU-s/GB | floor | ratio |',
    '|---|---:|---:|---:|',
    ...rows.map(([what, k]) => `| ${what} | ${String(r[`${k}_cpu_s_per_gb`])} | ${String(r[`${k}_floor_cpu_s_per_gb`])} | ${String(r[`${k}_ratio`])}× |`),
    '',
    `stages alone (MB per CPU-s): ${JSON.stringify(r.stage_mbps)}`,
    `CPU-s per agent and phase: ${JSON.stringify(r.cpu_s)}`
  ]
  if (r.profiles !== undefined) {
    for (const [f, es] of Object.entries(r.profiles as Record<string, ProfileEntry[]>)) {
      lines.push('', `profile ${f} (whole run, self time):`, ...es.map(e => `  ${String(e.pct).padStart(5)} %  ${e.fn}`))
    }
  }
  process.stdout.write(lines.join('\n') + '\n')
}

main().catch(err => { process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`); process.exitCode = 1 })
