/**
 * A repository: one owner's backups. It ties together the keys (opened with a
 * passphrase), the LevelDB index, the erasure-code settings and the shard peers
 * that hold the shards.
 *
 * Words (restic's, extended): a *blob* is a chunk of a file or a serialized tree;
 * a *pack* is ~16 MiB of encrypted blobs; a *shard* is one of the k+m
 * erasure-coded rows of a pack; a *snapshot* is the root of one backup run.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pb } from '../../proto/index.js'
import { IndexDb } from '../../store/index-db.js'
import { DEFAULT_CHUNKER } from '../chunker/index.js'
import type { ChunkerOptions } from '../chunker/index.js'
import {
  DEFAULT_SCRYPT, createKeyFile, deriveKeys, keyFileId, newMasterKey, openAnyKeyFile
} from '../crypto/keys.js'
import type { RepositoryKeys, ScryptParams } from '../crypto/keys.js'
import { PACK_TARGET_BYTES } from '../pack/pack.js'
import type { ShardPeer } from './shard-peer.js'

export interface RepositoryConfig {
  k: number
  m: number
  chunker: { min: number, avg: number, max: number }
  packBytes: number
}

export const DEFAULT_CONFIG: RepositoryConfig = {
  k: 4,
  m: 2,
  chunker: { ...DEFAULT_CHUNKER },
  packBytes: PACK_TARGET_BYTES
}

export class RepositoryError extends Error {
  override name = 'RepositoryError'
}

export interface CreateOptions {
  config?: Partial<RepositoryConfig>
  scrypt?: ScryptParams
}

export function validateConfig (c: RepositoryConfig): void {
  const bad = (why: string): never => { throw new RepositoryError(`invalid repository settings: ${why}`) }
  if (!Number.isInteger(c.k) || c.k < 1) bad(`k must be an integer ≥ 1 (got ${c.k})`)
  if (!Number.isInteger(c.m) || c.m < 0) bad(`m must be an integer ≥ 0 (got ${c.m})`)
  if (c.k + c.m > 32) bad(`k + m must be at most 32 (got ${c.k + c.m})`)
  if (c.packBytes < 64 * 1024 || c.packBytes > 64 * 1024 * 1024) bad('pack size must be between 64 KiB and 64 MiB')
}

/** Chooses a shard peer for every shard of a pack (the agent's placement policy). */
export type Placer = (req: { packId: Uint8Array, shardBytes: number, keep: Map<number, string>, avoid: Set<string> }) =>
  | { ok: true, assignment: string[], degraded: boolean }
  | { ok: false, reason: string }

export interface AttachOptions {
  /** Name under which shards are stored (the agent's peer id); default: the repository id. */
  owner?: string
}

export class Repository {
  private constructor (
    readonly dir: string,
    readonly index: IndexDb,
    readonly keys: RepositoryKeys,
    readonly config: RepositoryConfig,
    readonly peers: Map<string, ShardPeer>,
    private readonly ownsIndex: boolean,
    private readonly ownerName?: string,
    /** The key file the passphrase opened. */
    readonly keyId?: string
  ) {}

  /** Placement policy; without one, shards go to peers by rendezvous rank. */
  placer?: Placer

  /** The owner name under which shards are stored. */
  get owner (): string { return this.ownerName ?? this.keys.repoId }

  /** Write a new repository (key file, settings) into an open index. */
  static async initialize (index: IndexDb, passphrase: string, options: CreateOptions & AttachOptions = {}): Promise<Repository> {
    const config: RepositoryConfig = { ...DEFAULT_CONFIG, ...options.config, chunker: { ...DEFAULT_CONFIG.chunker, ...options.config?.chunker } }
    validateConfig(config)
    if (await index.getMeta('repo') !== undefined) throw new RepositoryError(`a repository already exists in ${index.path}`)
    const master = newMasterKey()
    const file = await createKeyFile(master, passphrase, options.scrypt ?? DEFAULT_SCRYPT)
    await index.putKeyFile(keyFileId(file), file)
    await index.putMeta('config', JSON.stringify(config))
    await index.putMeta('repo', master.repoId as string)
    return new Repository(index.path, index, deriveKeys(master), config, new Map(), false, options.owner)
  }

  /** Open the repository in an index someone else owns (the agent), with a passphrase. */
  static async attach (index: IndexDb, passphrase: string, options: AttachOptions = {}): Promise<Repository> {
    const repo = await index.getMeta('repo')
    if (repo === undefined) throw new RepositoryError('this agent has no repository yet: run meshbackup init')
    const files = await index.listKeyFiles()
    const { master, index: which } = await openAnyKeyFile(files.map(f => f.file), passphrase)
    if (master.repoId !== repo) throw new RepositoryError('the key file belongs to another repository')
    const config = JSON.parse(await index.getMeta('config') ?? '{}') as RepositoryConfig
    validateConfig(config)
    return new Repository(index.path, index, deriveKeys(master), config, new Map(), false, options.owner, files[which].id)
  }

  get chunkerOptions (): ChunkerOptions {
    return { ...this.config.chunker, seed: this.keys.chunkerSeed }
  }

  /** Create a new repository (index in `dir`) with one key file for `passphrase`. */
  static async create (dir: string, passphrase: string, options: CreateOptions = {}): Promise<Repository> {
    const config: RepositoryConfig = { ...DEFAULT_CONFIG, ...options.config, chunker: { ...DEFAULT_CONFIG.chunker, ...options.config?.chunker } }
    validateConfig(config)
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const index = new IndexDb(join(dir, 'index'))
    await index.open()
    try {
      if (await index.getMeta('repo') !== undefined) throw new RepositoryError(`a repository already exists in ${dir}`)
      const master = newMasterKey()
      const file = await createKeyFile(master, passphrase, options.scrypt ?? DEFAULT_SCRYPT)
      await index.putKeyFile(keyFileId(file), file)
      await index.putMeta('config', JSON.stringify(config))
      await index.putMeta('repo', master.repoId as string)
      return new Repository(dir, index, deriveKeys(master), config, new Map(), true)
    } catch (err) {
      await index.close()
      throw err
    }
  }

  /** Open an existing repository with a passphrase. */
  static async open (dir: string, passphrase: string): Promise<Repository> {
    const index = new IndexDb(join(dir, 'index'))
    await index.open()
    try {
      const repo = await index.getMeta('repo')
      if (repo === undefined) throw new RepositoryError(`no repository in ${dir}`)
      const files = await index.listKeyFiles()
      const { master } = await openAnyKeyFile(files.map(f => f.file), passphrase)
      if (master.repoId !== repo) throw new RepositoryError('the key file belongs to another repository')
      const config = JSON.parse(await index.getMeta('config') ?? '{}') as RepositoryConfig
      validateConfig(config)
      return new Repository(dir, index, deriveKeys(master), config, new Map(), true)
    } catch (err) {
      await index.close()
      throw err
    }
  }

  addPeer (peer: ShardPeer): void {
    this.peers.set(peer.name, peer)
  }

  removePeer (name: string): void {
    this.peers.delete(name)
  }

  async addKey (passphrase: string, scrypt: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
    const file = await createKeyFile(this.keys.master, passphrase, scrypt)
    const id = keyFileId(file)
    await this.index.putKeyFile(id, file)
    return id
  }

  /** Remove a key file; never the one in use nor the last one. */
  async removeKey (id: string): Promise<void> {
    const keys = await this.index.listKeyFiles()
    const matches = keys.filter(k => k.id.startsWith(id))
    if (matches.length === 0) throw new RepositoryError(`no key ${id}`)
    if (matches.length > 1) throw new RepositoryError(`key id prefix ${id} is ambiguous`)
    if (matches[0].id === this.keyId) throw new RepositoryError('refusing to remove the key in use (open with another passphrase to remove it)')
    if (keys.length === 1) throw new RepositoryError('refusing to remove the last key')
    await this.index.deleteKeyFile(matches[0].id)
  }

  async listKeys (): Promise<Array<{ id: string, file: pb.KeyFile }>> {
    return await this.index.listKeyFiles()
  }

  /** Close the index if this repository opened it (an agent's index stays open). */
  async close (): Promise<void> {
    if (this.ownsIndex) await this.index.close()
  }
}
