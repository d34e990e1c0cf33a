/**
 * The shard store: shards on disk, one file each, in fan-out folders
 * `<root>/<owner>/<pack id hex[0..2]>/<pack id hex>.<index>`.
 *
 * File layout: "MBS1" | u32 LE header length | ShardHeader | shard data.
 *
 * Writes go to a temp file in the same folder, are checked against the header
 * (length, every block hash, shard hash), fsynced, then renamed into place and
 * the folder fsynced: a crash leaves either the whole shard or no shard, never a
 * partial one under the final name. Temp files left by a crash are removed by
 * `open()`.
 */
import { createHash, randomBytes } from 'node:crypto'
import { constants as fsc } from 'node:fs'
import { chmod, mkdir, open as openFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { DecodeError, MAX_SHARD_BYTES, pb } from '../proto/index.js'
import { hex } from './keys.js'
import { ShardCorruptError, ShardLengthError, ShardNotFoundError, ShardStoreFullError } from './shard-errors.js'
import {
  BlockHasher, SHARD_MAGIC,
  decodeShardHeader, encodeShardHeader, validateShardHeader, verifyBlocks
} from './shard-format.js'

const TMP_PREFIX = '.tmp-'
/** A shard file's name in its fan directory: the pack id in hex, a dot, the shard index. */
const SHARD_NAME = /^([0-9a-f]{2})[0-9a-f]{2,126}\.\d{1,3}$/
/** Stray paths remembered at open (the count is kept beyond it). */
const MAX_STRAYS_LISTED = 20

export interface StoredShard {
  owner: string
  packId: Uint8Array
  index: number
  length: number
}

export interface ShardStoreInit {
  /** Refuse puts that would take the store over this many bytes (default: no limit). */
  capacity?: number
}

export class ShardStore {
  private used = 0
  private readonly byOwner = new Map<string, { shards: number, bytes: number }>()
  private readonly capacity: number
  /** Files and directories found at open that are not shards (first MAX_STRAYS_LISTED), left alone and not counted. */
  readonly strays: string[] = []
  strayCount = 0
  /** Paths being written or deleted: the last operation queued on each. */
  private readonly busyPaths = new Map<string, Promise<void>>()

  constructor (readonly root: string, init: ShardStoreInit = {}) {
    this.capacity = init.capacity ?? Number.POSITIVE_INFINITY
  }

  /** Create the root (its owner only: 0700), remove temp files left by a crash, count used bytes. */
  async open (): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o700 })
    await chmod(this.root, 0o700)
    this.used = 0
    this.byOwner.clear()
    this.strays.length = 0
    this.strayCount = 0
    // anything that is not owner/fan/shard (a file copied in by hand, an editor's backup) is noted and left alone
    const stray = (p: string): void => {
      if (this.strayCount++ < MAX_STRAYS_LISTED) this.strays.push(p)
    }
    for (const owner of await readdir(this.root, { withFileTypes: true })) {
      const ownerDir = join(this.root, owner.name)
      if (!owner.isDirectory()) { stray(ownerDir); continue }
      for (const fan of await readdir(ownerDir, { withFileTypes: true })) {
        const fanDir = join(ownerDir, fan.name)
        if (!fan.isDirectory() || !/^[0-9a-f]{2}$/.test(fan.name)) { stray(fanDir); continue }
        for (const entry of await readdir(fanDir, { withFileTypes: true })) {
          const p = join(fanDir, entry.name)
          if (entry.name.startsWith(TMP_PREFIX) && entry.isFile()) {
            await rm(p, { force: true })
          } else if (entry.isFile() && SHARD_NAME.exec(entry.name)?.[1] === fan.name) {
            this.account(owner.name, (await stat(p)).size, 1)
          } else {
            stray(p)
          }
        }
      }
    }
  }

  usedBytes (): number {
    return this.used
  }

  /** Shards and bytes held per owner. */
  usage (): Map<string, { shards: number, bytes: number }> {
    return new Map([...this.byOwner].map(([k, v]) => [k, { ...v }]))
  }

  ownerBytes (owner: string): number {
    return this.byOwner.get(owner)?.bytes ?? 0
  }

  private account (owner: string, bytes: number, shards: number): void {
    this.used += bytes
    const u = this.byOwner.get(owner) ?? { shards: 0, bytes: 0 }
    u.bytes += bytes
    u.shards += shards
    if (u.shards <= 0) this.byOwner.delete(owner)
    else this.byOwner.set(owner, u)
  }

  freeBytes (): number {
    return this.capacity - this.used
  }

  pathOf (owner: string, packId: Uint8Array, index: number): string {
    const h = hex(packId)
    return join(this.root, owner, h.slice(0, 2), `${h}.${index}`)
  }

  /**
   * Store a shard. `data` must be exactly header.shardLength bytes whose hashes
   * match the header; otherwise nothing is stored and ShardCorruptError
   * (ShardLengthError for the wrong length) is thrown. ShardStoreFullError when
   * the shard would take the store past its capacity. Errors: store/shard-errors.ts.
   */
  async put (header: pb.IShardHeader, data: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array, options: { signal?: AbortSignal } = {}): Promise<void> {
    validateShardHeader(header)
    const length = Number(header.shardLength)
    const headerBytes = encodeShardHeader(header)
    const total = 8 + headerBytes.byteLength + length
    if (total > this.freeBytes()) {
      throw new ShardStoreFullError(`shard store ${this.root} is full (${this.freeBytes()} bytes free, ${total} needed)`)
    }
    const final = this.pathOf(header.owner as string, header.packId as Uint8Array, header.index as number)
    // one write (or delete) of a path at a time: the bytes replaced are counted right
    await this.oneAtATime(final, async () => await this.write(final, header, headerBytes, total, data, options))
  }

  private async write (final: string, header: pb.IShardHeader, headerBytes: Uint8Array, total: number, data: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array, options: { signal?: AbortSignal }): Promise<void> {
    const length = Number(header.shardLength)
    const dir = join(final, '..')
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const tmp = join(dir, `${TMP_PREFIX}${randomBytes(8).toString('hex')}`)
    const fh = await openFile(tmp, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY, 0o600)
    const owner = header.owner as string
    const replaced = await stat(final).then(st => st.size, () => undefined)
    this.used += total // reserve while writing
    let committed = false
    try {
      const prefix = Buffer.alloc(8)
      SHARD_MAGIC.copy(prefix, 0)
      prefix.writeUInt32LE(headerBytes.byteLength, 4)
      await writeAll(fh, Buffer.concat([prefix, headerBytes]))
      const hasher = new BlockHasher(header.blockSize as number)
      const source = data instanceof Uint8Array ? [data] : data
      for await (const piece of source) {
        options.signal?.throwIfAborted()
        if (hasher.length + piece.byteLength > length) {
          throw new ShardLengthError(`shard data is longer than the ${length} bytes its header declares`)
        }
        hasher.update(piece)
        await writeAll(fh, piece)
      }
      if (hasher.length !== length) throw new ShardLengthError(`shard data is ${hasher.length} bytes, header declares ${length}`)
      const { blockHashes, shardHash } = hasher.digest()
      if (!Buffer.from(blockHashes).equals(header.blockHashes as Uint8Array) || !Buffer.from(shardHash).equals(header.shardHash as Uint8Array)) {
        throw new ShardCorruptError('shard data does not match its hash')
      }
      await fh.sync()
      await fh.close()
      await rename(tmp, final)
      await syncDir(dir)
      committed = true
    } finally {
      this.used -= total
      if (!committed) {
        await fh.close().catch(() => {})
        await unlink(tmp).catch(() => {})
      }
    }
    if (replaced !== undefined) this.account(owner, -replaced, -1)
    this.account(owner, total, 1)
  }

  /** Read and validate a shard's header; undefined when absent. */
  async getHeader (owner: string, packId: Uint8Array, index: number): Promise<pb.ShardHeader | undefined> {
    const fh = await this.openShard(owner, packId, index)
    if (fh === undefined) return undefined
    try {
      return (await readHeader(fh)).header
    } finally {
      await fh.close()
    }
  }

  /**
   * Read `length` bytes at `offset` of the shard data; every covering block is
   * verified, and with `expectHash` the header must carry that shard hash.
   * ShardNotFoundError when not held, ShardCorruptError when the file does not
   * check out, RangeError for a range outside the shard.
   */
  async read (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options: { expectHash?: Uint8Array } = {}): Promise<Uint8Array> {
    const fh = await this.openShard(owner, packId, index)
    if (fh === undefined) throw new ShardNotFoundError(`shard ${owner}/${hex(packId).slice(0, 16)}.${index} not found in ${this.root}`)
    try {
      const { header, dataOffset } = await readHeader(fh)
      if (options.expectHash !== undefined && !Buffer.from(header.shardHash as Uint8Array).equals(options.expectHash)) {
        throw new ShardCorruptError(`shard ${owner}/${hex(packId).slice(0, 16)}.${index} has an unexpected hash`)
      }
      const shardLength = Number(header.shardLength)
      if (offset < 0 || length < 0 || offset + length > shardLength) {
        throw new RangeError(`range ${offset}+${length} is outside the shard (${shardLength} bytes)`)
      }
      const bs = header.blockSize as number
      const first = Math.floor(offset / bs)
      const end = length === 0 ? first : Math.ceil((offset + length) / bs)
      const from = first * bs
      const to = Math.min(end * bs, shardLength)
      const buf = Buffer.allocUnsafe(to - from)
      const { bytesRead } = await fh.read(buf, 0, buf.byteLength, dataOffset + from)
      if (bytesRead !== buf.byteLength) throw new ShardCorruptError(`shard file ${this.pathOf(owner, packId, index)} is truncated`)
      verifyBlocks(header, first, buf)
      return buf.subarray(offset - from, offset - from + length)
    } finally {
      await fh.close()
    }
  }

  /**
   * Read bytes of the shard data as they are on disk, unverified (for audits:
   * the auditor checks them against the hashes it trusts).
   */
  async readRaw (owner: string, packId: Uint8Array, index: number, offset: number, length: number): Promise<{ header: pb.ShardHeader, data: Uint8Array } | undefined> {
    const fh = await this.openShard(owner, packId, index)
    if (fh === undefined) return undefined
    try {
      const { header, dataOffset } = await readHeader(fh)
      const end = Math.min(offset + length, Number(header.shardLength))
      const buf = Buffer.alloc(Math.max(0, end - offset))
      await fh.read(buf, 0, buf.byteLength, dataOffset + offset)
      return { header, data: buf }
    } finally {
      await fh.close()
    }
  }

  /** Read the whole shard, verified; returns header and data. */
  async readShard (owner: string, packId: Uint8Array, index: number): Promise<{ header: pb.ShardHeader, data: Uint8Array }> {
    const header = await this.getHeader(owner, packId, index)
    if (header === undefined) throw new ShardNotFoundError(`shard ${owner}/${hex(packId).slice(0, 16)}.${index} not found in ${this.root}`)
    const data = await this.read(owner, packId, index, 0, Number(header.shardLength))
    return { header, data }
  }

  async has (owner: string, packId: Uint8Array, index: number): Promise<boolean> {
    try {
      await stat(this.pathOf(owner, packId, index))
      return true
    } catch {
      return false
    }
  }

  async delete (owner: string, packId: Uint8Array, index: number): Promise<boolean> {
    const p = this.pathOf(owner, packId, index)
    return await this.oneAtATime(p, async () => {
      try {
        const { size } = await stat(p)
        await unlink(p)
        this.account(owner, -size, -1)
        return true
      } catch {
        return false
      }
    })
  }

  /** Run `fn` after every earlier write or delete of `path` has settled. */
  private async oneAtATime<T> (path: string, fn: () => Promise<T>): Promise<T> {
    const before = this.busyPaths.get(path) ?? Promise.resolve()
    const run = before.then(fn, fn)
    const settled = run.then(() => {}, () => {})
    this.busyPaths.set(path, settled)
    void settled.then(() => { if (this.busyPaths.get(path) === settled) this.busyPaths.delete(path) })
    return await run
  }

  /** Shards of one owner, sorted by pack id then index, after `after` ("<hex>.<index>"). */
  async list (owner: string, after?: string, limit = 1000): Promise<StoredShard[]> {
    const ownerDir = join(this.root, owner)
    let fans: string[]
    try { fans = (await readdir(ownerDir)).sort() } catch { return [] }
    const out: StoredShard[] = []
    for (const fan of fans) {
      if (!/^[0-9a-f]{2}$/.test(fan)) continue
      if (after !== undefined && fan < after.slice(0, 2)) continue
      let entries
      try { entries = await readdir(join(ownerDir, fan), { withFileTypes: true }) } catch { continue }
      const names = entries.filter(e => e.isFile() && SHARD_NAME.exec(e.name)?.[1] === fan).map(e => e.name).sort(compareShardNames)
      for (const name of names) {
        if (after !== undefined && compareShardNames(name, after) <= 0) continue
        const [h, i] = name.split('.')
        const { size } = await stat(join(ownerDir, fan, name))
        out.push({ owner, packId: Buffer.from(h, 'hex'), index: Number(i), length: size })
        if (out.length >= limit) return out
      }
    }
    return out
  }

  /** Owners with at least one shard here. */
  async owners (): Promise<string[]> {
    try { return (await readdir(this.root, { withFileTypes: true })).filter(e => e.isDirectory()).map(e => e.name).sort() } catch { return [] }
  }

  private async openShard (owner: string, packId: Uint8Array, index: number): Promise<FileHandle | undefined> {
    try {
      return await openFile(this.pathOf(owner, packId, index), 'r')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw err
    }
  }
}

function compareShardNames (a: string, b: string): number {
  const [ha, ia] = a.split('.')
  const [hb, ib] = b.split('.')
  if (ha !== hb) return ha < hb ? -1 : 1
  return Number(ia) - Number(ib)
}

async function readHeader (fh: FileHandle): Promise<{ header: pb.ShardHeader, dataOffset: number }> {
  const prefix = Buffer.alloc(8)
  const { bytesRead } = await fh.read(prefix, 0, 8, 0)
  if (bytesRead !== 8 || !prefix.subarray(0, 4).equals(SHARD_MAGIC)) throw new ShardCorruptError('not a shard file (bad magic)')
  const hlen = prefix.readUInt32LE(4)
  if (hlen > 64 * 1024) throw new ShardCorruptError(`shard header of ${hlen} bytes is over the limit`)
  const hbuf = Buffer.alloc(hlen)
  const r = await fh.read(hbuf, 0, hlen, 8)
  if (r.bytesRead !== hlen) throw new ShardCorruptError('shard header is truncated')
  let header: pb.ShardHeader
  try {
    header = decodeShardHeader(hbuf)
  } catch (err) {
    if (err instanceof DecodeError) throw new ShardCorruptError(`shard header is damaged: ${err.message}`)
    throw err
  }
  if (Number(header.shardLength) > MAX_SHARD_BYTES) throw new ShardCorruptError('shard too large')
  return { header, dataOffset: 8 + hlen }
}

async function writeAll (fh: FileHandle, data: Uint8Array): Promise<void> {
  let off = 0
  while (off < data.byteLength) {
    const { bytesWritten } = await fh.write(data, off, data.byteLength - off)
    off += bytesWritten
  }
}

async function syncDir (dir: string): Promise<void> {
  const d = await openFile(dir, 'r')
  try { await d.sync() } finally { await d.close() }
}

/** SHA-256 helper used by callers that check a whole shard against an expected hash. */
export function sha256 (data: Uint8Array): Uint8Array {
  return createHash('sha256').update(data).digest()
}
