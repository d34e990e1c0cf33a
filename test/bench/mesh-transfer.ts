/**
 * Loopback throughput between two processes: (a) raw TCP (node:net, one way),
 * (b) shard puts over /meshbackup/shard/1.0.0 (libp2p TCP + Noise + yamux) to a
 * child whose storage verifies SHA-256 and discards. MB/s = 10^6 bytes/s of
 * payload (shard bytes), wall time from the first write to the last ack.
 *
 *   npx tsc -p . && node dist/test/bench/mesh-transfer.js [--parallel 4] [--shards 64] …
 *
 * prints {"raw_tcp_mbps":…,"mesh_transfer_mbps":…} (plus the options used with
 * --verbose). The child is this same file, forked with --mesh-bench-child.
 */
import '../../agent/polyfill.js'
import { fork } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { connect, createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import { createMeshNode } from '../../agent/mesh/node.js'
import { putShard, shardProtocol } from '../../protocol/shard/index.js'
import { MemoryShardStorage } from '../mesh/memory-storage.js'
import type { MeshMuxerOptions, MeshNodeInit } from '../../agent/mesh/node.js'
import { generateKey, preSharedKey } from '@libp2p/pnet'
import type { ShardDialer, ShardHeaderFields } from '../../protocol/shard/index.js'
import type { ChildProcess } from 'node:child_process'

const MiB = 1024 * 1024
const CHILD_FLAG = '--mesh-bench-child'

export interface MeshBenchOptions {
  /** Bytes sent one way over raw TCP. Default 1 GiB. */
  rawBytes?: number
  /** Size of each write() in the raw TCP run. Default 1 MiB. */
  rawWriteBytes?: number
  /** Shards put in the mesh run. Default 64. */
  shards?: number
  /** Bytes per shard. Default 4 MiB. */
  shardBytes?: number
  /** Puts in flight at once (spread over the connections). Default 4. */
  parallel?: number
  /** Connections between the two nodes. Default 1. */
  connections?: number
  /** Slice size of each stream send(), in bytes. Default 1 MiB (the protocol default). */
  chunkBytes?: number
  /** yamux maxStreamWindowSize on both nodes, in bytes. Default: the mesh node default. */
  maxStreamWindowSize?: number
  /** yamux initialStreamWindowSize on both nodes, in bytes. Default: the mesh node default. */
  initialStreamWindowSize?: number
  /** TCP_NODELAY on both nodes. Default true. */
  tcpNoDelay?: boolean
  /** Receiver skips the SHA-256 check (analysis only: the cost of verification). */
  skipHash?: boolean
  /** Both nodes behind a libp2p pre-shared key (@libp2p/pnet): what a PSK would cost. */
  psk?: boolean
  /** Skip one of the runs (report 0). */
  skipRaw?: boolean
  skipMesh?: boolean
}

export interface MeshBenchResult {
  raw_tcp_mbps: number
  mesh_transfer_mbps: number
}

/** CPU time (user + system) per GB of shard payload in the mesh run, in ms: robust to a busy machine. */
export interface MeshBenchCpu {
  sender_cpu_ms_per_gb: number
  receiver_cpu_ms_per_gb: number
}

type ChildRequest =
  | { cmd: 'raw', bytes: number }
  | { cmd: 'mesh', muxer: MeshMuxerOptions, skipHash: boolean, tcpNoDelay: boolean, psk?: string }
  | { cmd: 'cpu-mark' }
  | { cmd: 'stats' }
  | { cmd: 'exit' }

type ChildReply =
  | { kind: 'raw-listening', port: number }
  | { kind: 'raw-done', bytes: number }
  | { kind: 'mesh-listening', addrs: string[] }
  | { kind: 'cpu-marked' }
  | { kind: 'stats', bytesStored: number, putCalls: number, cpuMicros: number }

/** A fresh swarm key (the pnet key file's text), shared with the child over IPC. */
function newPsk (): string {
  const key = new Uint8Array(95)
  generateKey(key)
  return Buffer.from(key).toString('utf8')
}

function protectorOf (psk: string | undefined): MeshNodeInit['connectionProtector'] {
  return psk === undefined ? undefined : preSharedKey({ psk: Buffer.from(psk, 'utf8') })
}

function mbps (bytes: number, ms: number): number {
  return Math.round(bytes / 1e6 / (ms / 1000))
}

async function nextReply<K extends ChildReply['kind']> (child: ChildProcess, kind: K): Promise<Extract<ChildReply, { kind: K }>> {
  while (true) {
    const [message] = await once(child, 'message') as [ChildReply]
    if (message.kind === kind) return message as Extract<ChildReply, { kind: K }>
  }
}

function send (child: ChildProcess, request: ChildRequest): void {
  child.send(request)
}

/** (a) raw TCP: the parent writes `bytes`, the child counts them and acks. */
async function runRaw (child: ChildProcess, bytes: number, writeBytes: number): Promise<number> {
  send(child, { cmd: 'raw', bytes })
  const { port } = await nextReply(child, 'raw-listening')
  const socket = connect({ host: '127.0.0.1', port })
  await once(socket, 'connect')
  const buf = randomBytes(writeBytes)
  const done = nextReply(child, 'raw-done')
  const start = performance.now()
  for (let sent = 0; sent < bytes; sent += writeBytes) {
    if (!socket.write(sent + writeBytes <= bytes ? buf : buf.subarray(0, bytes - sent))) {
      await once(socket, 'drain')
    }
  }
  await done
  const ms = performance.now() - start
  socket.destroy()
  return mbps(bytes, ms)
}

/** (b) shard puts over libp2p. */
async function runMesh (child: ChildProcess, opts: Required<Pick<MeshBenchOptions, 'shards' | 'shardBytes' | 'parallel' | 'connections' | 'chunkBytes' | 'skipHash' | 'tcpNoDelay'>> & { muxer: MeshMuxerOptions, psk?: string }): Promise<{ mbps: number, cpu: MeshBenchCpu }> {
  send(child, { cmd: 'mesh', muxer: opts.muxer, skipHash: opts.skipHash, tcpNoDelay: opts.tcpNoDelay, psk: opts.psk })
  const { addrs } = await nextReply(child, 'mesh-listening')
  // like every agent, the sender serves the protocol too (this also sets its outbound stream cap)
  const node = await createMeshNode({
    privateKey: await generateKeyPair('Ed25519'),
    muxer: opts.muxer,
    tcpNoDelay: opts.tcpNoDelay,
    connectionProtector: protectorOf(opts.psk),
    services: {
      shard: (c) => shardProtocol()({ registrar: c.registrar, storage: new MemoryShardStorage({ discard: true }), verifyDelete: async () => false })
    }
  })
  try {
    const target = addrs.map(a => multiaddr(a))
    const dialers: ShardDialer[] = []
    for (let i = 0; i < opts.connections; i++) {
      const conn = await node.dial(target, { force: i > 0 })
      dialers.push({ dialProtocol: async (_peer, protocols, options) => conn.newStream(protocols, options) })
    }
    // a few distinct shard bodies, reused under fresh pack ids
    const bodies = Array.from({ length: 4 }, () => {
      const data = new Uint8Array(randomBytes(opts.shardBytes))
      return { data, hash: createHash('sha256').update(data).digest() }
    })
    const header = (i: number): ShardHeaderFields => ({
      version: 1,
      owner: 'bench',
      packId: new Uint8Array(randomBytes(32)),
      index: i % 6,
      k: 4,
      m: 2,
      packLength: opts.shardBytes * 4,
      shardLength: opts.shardBytes,
      shardHash: bodies[i % bodies.length].hash,
      blockSize: 0,
      blockHashes: new Uint8Array(0)
    })
    const put = async (i: number): Promise<void> => {
      await putShard(dialers[i % dialers.length], target, header(i), bodies[i % bodies.length].data, {
        signal: AbortSignal.timeout(120_000),
        chunkBytes: opts.chunkBytes
      })
    }
    // warm up: connection, window growth, JIT
    await Promise.all(Array.from({ length: Math.min(opts.parallel, 4) }, async (_, i) => put(i)))

    send(child, { cmd: 'cpu-mark' })
    await nextReply(child, 'cpu-marked')
    let next = 0
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    await Promise.all(Array.from({ length: opts.parallel }, async () => {
      while (next < opts.shards) await put(next++)
    }))
    const ms = performance.now() - start
    const cpu = process.cpuUsage(cpuStart)
    send(child, { cmd: 'stats' })
    const stats = await nextReply(child, 'stats')
    const gb = opts.shards * opts.shardBytes / 1e9
    return {
      mbps: mbps(opts.shards * opts.shardBytes, ms),
      cpu: {
        sender_cpu_ms_per_gb: Math.round((cpu.user + cpu.system) / 1000 / gb),
        receiver_cpu_ms_per_gb: Math.round(stats.cpuMicros / 1000 / gb)
      }
    }
  } finally {
    await node.stop()
  }
}

function muxerOptions (opts: MeshBenchOptions): MeshMuxerOptions {
  const muxer: MeshMuxerOptions = {}
  if (opts.maxStreamWindowSize != null) {
    muxer.maxStreamWindowSize = opts.maxStreamWindowSize
    muxer.maxReadBufferLength = Math.max(2 * opts.maxStreamWindowSize, 32 * MiB)
  }
  if (opts.initialStreamWindowSize != null) muxer.initialStreamWindowSize = opts.initialStreamWindowSize
  return muxer
}

/** Measure raw TCP and shard-protocol throughput between this process and a child. */
export async function benchMeshTransfer (opts: MeshBenchOptions = {}): Promise<MeshBenchResult> {
  const { raw_tcp_mbps, mesh_transfer_mbps } = await benchMeshTransferDetailed(opts)
  return { raw_tcp_mbps, mesh_transfer_mbps }
}

/** benchMeshTransfer plus the CPU cost of the mesh run on each side. */
export async function benchMeshTransferDetailed (opts: MeshBenchOptions = {}): Promise<MeshBenchResult & Partial<MeshBenchCpu>> {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  try {
    const raw = opts.skipRaw === true ? 0 : await runRaw(child, opts.rawBytes ?? 1024 * MiB, opts.rawWriteBytes ?? MiB)
    const mesh = opts.skipMesh === true
      ? undefined
      : await runMesh(child, {
        shards: opts.shards ?? 64,
        shardBytes: opts.shardBytes ?? 4 * MiB,
        parallel: opts.parallel ?? 4,
        connections: opts.connections ?? 1,
        chunkBytes: opts.chunkBytes ?? MiB,
        skipHash: opts.skipHash ?? false,
        tcpNoDelay: opts.tcpNoDelay ?? true,
        muxer: muxerOptions(opts),
        psk: opts.psk === true ? newPsk() : undefined
      })
    return { raw_tcp_mbps: raw, mesh_transfer_mbps: mesh?.mbps ?? 0, ...mesh?.cpu }
  } finally {
    send(child, { cmd: 'exit' })
    await Promise.race([once(child, 'exit'), new Promise(resolve => setTimeout(resolve, 2000))])
    if (child.exitCode == null) child.kill()
  }
}

/** The receiving process: answers the parent's requests over IPC. */
async function childMain (): Promise<void> {
  const reply = (message: ChildReply): void => { process.send?.(message) }
  let stopMesh: (() => Promise<void>) | undefined
  let storage: MemoryShardStorage | undefined
  let cpuMark = process.cpuUsage()
  process.on('message', (request: ChildRequest) => {
    void (async () => {
      switch (request.cmd) {
        case 'raw': {
          const server = createServer(socket => {
            let got = 0
            socket.on('data', (chunk: Buffer) => {
              got += chunk.byteLength
              if (got >= request.bytes) {
                reply({ kind: 'raw-done', bytes: got })
                socket.destroy()
                server.close()
              }
            })
          })
          server.listen(0, '127.0.0.1')
          await once(server, 'listening')
          const address = server.address()
          reply({ kind: 'raw-listening', port: typeof address === 'object' && address != null ? address.port : 0 })
          break
        }
        case 'mesh': {
          storage = new MemoryShardStorage({ discard: true, skipHash: request.skipHash })
          const store = storage
          const node = await createMeshNode({
            privateKey: await generateKeyPair('Ed25519'),
            listen: ['/ip4/127.0.0.1/tcp/0'],
            muxer: request.muxer,
            tcpNoDelay: request.tcpNoDelay,
            connectionProtector: protectorOf(request.psk),
            services: {
              shard: (c) => shardProtocol()({ registrar: c.registrar, storage: store, verifyDelete: async () => false })
            }
          })
          stopMesh = async () => { await node.stop() }
          reply({ kind: 'mesh-listening', addrs: node.getMultiaddrs().map(a => a.toString()) })
          break
        }
        case 'cpu-mark':
          cpuMark = process.cpuUsage()
          reply({ kind: 'cpu-marked' })
          break
        case 'stats': {
          const cpu = process.cpuUsage(cpuMark)
          reply({ kind: 'stats', bytesStored: storage?.bytesStored ?? 0, putCalls: storage?.putCalls ?? 0, cpuMicros: cpu.user + cpu.system })
          break
        }
        case 'exit':
          await stopMesh?.()
          process.exit(0)
      }
    })()
  })
}

function parseArgs (argv: string[]): MeshBenchOptions & { verbose: boolean } {
  const out: MeshBenchOptions & { verbose: boolean } = { verbose: false }
  const num = (v: string | undefined, what: string): number => {
    const n = Number(v)
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${what} needs a number`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    switch (arg) {
      case '--raw-mib': out.rawBytes = num(argv[++i], 'raw-mib') * MiB; break
      case '--raw-write-kib': out.rawWriteBytes = num(argv[++i], 'raw-write-kib') * 1024; break
      case '--shards': out.shards = num(argv[++i], 'shards'); break
      case '--shard-mib': out.shardBytes = num(argv[++i], 'shard-mib') * MiB; break
      case '--parallel': out.parallel = num(argv[++i], 'parallel'); break
      case '--connections': out.connections = num(argv[++i], 'connections'); break
      case '--chunk-kib': out.chunkBytes = num(argv[++i], 'chunk-kib') * 1024; break
      case '--window-mib': out.maxStreamWindowSize = num(argv[++i], 'window-mib') * MiB; break
      case '--initial-window-kib': out.initialStreamWindowSize = num(argv[++i], 'initial-window-kib') * 1024; break
      case '--skip-hash': out.skipHash = true; break
      case '--psk': out.psk = true; break
      case '--nagle': out.tcpNoDelay = false; break
      case '--skip-raw': out.skipRaw = true; break
      case '--skip-mesh': out.skipMesh = true; break
      case '--verbose': out.verbose = true; break
      default: throw new Error(`unknown option ${arg}`)
    }
  }
  return out
}

if (process.argv.includes(CHILD_FLAG)) {
  await childMain()
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { verbose, ...opts } = parseArgs(process.argv.slice(2))
  const { raw_tcp_mbps, mesh_transfer_mbps, ...cpu } = await benchMeshTransferDetailed(opts)
  const ratio = raw_tcp_mbps > 0 ? Math.round(100 * mesh_transfer_mbps / raw_tcp_mbps) / 100 : undefined
  const result = { raw_tcp_mbps, mesh_transfer_mbps }
  process.stdout.write(JSON.stringify(verbose ? { ...result, ratio, ...cpu, options: opts } : result) + '\n')
}
