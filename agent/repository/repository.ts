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
import { dirname, join } from 'node:path'
import { MAX_SHARD_BYTES, pb } from '../../proto/index.js'
import { IndexDb } from '../../store/index-db.js'
import type { RepositorySettings } from '../../store/index-db.js'
import { DEFAULT_CHUNKER } from '../chunker/index.js'
import type { ChunkerOptions } from '../chunker/index.js'
import {
  DEFAULT_SCRYPT, KeyFileError, WrongPassphraseError, createKeyFile, deriveKeys, keyFileId, keyFileIdOf, newMasterKey, openAnyKeyFile
} from '../crypto/keys.js'
import type { RepositoryKeys, ScryptParams } from '../crypto/keys.js'
import { MAX_POLICY_SHARDS } from '../erasure/constants.js'
import { shardLength } from '../erasure/shards.js'
import { PACK_TARGET_BYTES } from '../pack/pack.js'
import { recoverAdvice } from './index-check.js'
import type { ShardPeer } from './shard-peer.js'

/** The repository settings (stored under `meta:config`). */
export type RepositoryConfig = RepositorySettings

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
  if (c.k + c.m > MAX_POLICY_SHARDS) bad(`k + m must be at most ${MAX_POLICY_SHARDS} (got ${c.k + c.m})`)
  if (c.packBytes < 64 * 1024 || c.packBytes > 64 * 1024 * 1024) bad('pack size must be between 64 KiB and 64 MiB')
  const shard = largestShardBytes(c)
  if (shard > MAX_SHARD_BYTES) bad(`a shard could be ${shard} bytes, over the limit of ${MAX_SHARD_BYTES}: use a smaller pack size or a larger k`)
}

/** Room past packBytes plus one largest blob for a pack's header, trailer and padding. */
const PACK_SLACK_BYTES = 1024 * 1024

/**
 * The largest shard these settings produce: a pack is cut once it reaches
 * packBytes, so it holds at most one more largest blob, plus its header.
 */
export function largestShardBytes (c: Pick<RepositoryConfig, 'k' | 'packBytes' | 'chunker'>): number {
  return shardLength(c.packBytes + c.chunker.max + PACK_SLACK_BYTES, c.k)
}

/** Chooses a shard peer for every shard of a pack (the agent's placement policy). */
export type Placer = (req: { packId: Uint8Array, shardBytes: number, keep: Map<number, string>, avoid: Set<string> }) =>
  | { ok: true, assignment: string[], degraded: boolean }
  | { ok: false, reason: string }

export interface AttachOptions {
  /** Name under which shards are stored (the agent's peer id); default: the repository id. */
  owner?: string
  /** Placement policy; without one, shards go to peers by rendezvous rank. */
  placer?: Placer
}

/** What a Repository is made of; views (withPlacer) share all but the placer. */
interface Parts {
  dir: string
  index: IndexDb
  keys: RepositoryKeys
  config: RepositoryConfig
  peers: Map<string, ShardPeer>
  /** Whether close() closes the index (the repository opened it). */
  ownsIndex: boolean
  owner?: string
  placer?: Placer
  /** The key file the passphrase opened. */
  keyId?: string
}

/** How a repository is being opened or created (the one path for both ways of each). */
interface Opening<O> {
  passphrase: string
  options: O
  /** The repository's directory (an agent's: its index path). */
  dir: string
  ownsIndex: boolean
}

/** The index of a repository kept in `dir` (`<dir>/index`), opened; the directory is made if need be. */
export async function openRepositoryIndex (dir: string): Promise<IndexDb> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const index = new IndexDb(join(dir, 'index'))
  await index.open()
  return index
}

/** Run `fn` on an index this call opened; the index is closed again if `fn` fails. */
async function closingOnFailure<T> (index: IndexDb, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    await index.close()
    throw err
  }
}

export class Repository {
  readonly dir: string
  readonly index: IndexDb
  readonly keys: RepositoryKeys
  readonly config: RepositoryConfig
  readonly peers: Map<string, ShardPeer>
  /** Placement policy; without one, shards go to peers by rendezvous rank. */
  readonly placer?: Placer
  /** The key file the passphrase opened. */
  readonly keyId?: string
  private readonly parts: Parts

  private constructor (parts: Parts) {
    this.parts = parts
    this.dir = parts.dir
    this.index = parts.index
    this.keys = parts.keys
    this.config = parts.config
    this.peers = parts.peers
    this.placer = parts.placer
    this.keyId = parts.keyId
  }

  /** The owner name under which shards are stored. */
  get owner (): string { return this.parts.owner ?? this.keys.repoId }

  get chunkerOptions (): ChunkerOptions {
    return { ...this.config.chunker, seed: this.keys.chunkerSeed }
  }

  /**
   * The same repository (index, keys, shard peers) placing new packs with
   * `placer`: for one write that needs another policy (a placement segment
   * allowed to be degraded). Closing the view leaves the index open.
   */
  withPlacer (placer: Placer): Repository {
    return new Repository({ ...this.parts, placer, ownsIndex: false })
  }

  /** Write a new repository (key file, settings) into an open index. */
  static async initialize (index: IndexDb, passphrase: string, options: CreateOptions & AttachOptions = {}): Promise<Repository> {
    return await Repository.initializeIn(index, { passphrase, options, dir: index.path, ownsIndex: false })
  }

  /** Open the repository in an index someone else owns (the agent), with a passphrase. */
  static async attach (index: IndexDb, passphrase: string, options: AttachOptions = {}): Promise<Repository> {
    return await Repository.attachTo(index, { passphrase, options, dir: index.path, ownsIndex: false })
  }

  /** Create a new repository (index in `dir`) with one key file for `passphrase`. */
  static async create (dir: string, passphrase: string, options: CreateOptions & AttachOptions = {}): Promise<Repository> {
    const config = configWith(options.config) // refused before anything is written
    const index = await openRepositoryIndex(dir)
    return await closingOnFailure(index, async () => await Repository.initializeIn(index, { passphrase, options: { ...options, config }, dir, ownsIndex: true }))
  }

  /** Open an existing repository (index in `dir`) with a passphrase. */
  static async open (dir: string, passphrase: string, options: AttachOptions = {}): Promise<Repository> {
    const index = new IndexDb(join(dir, 'index'))
    await index.open()
    return await closingOnFailure(index, async () => await Repository.attachTo(index, { passphrase, options, dir, ownsIndex: true }))
  }

  private static async initializeIn (index: IndexDb, { passphrase, options, dir, ownsIndex }: Opening<CreateOptions & AttachOptions>): Promise<Repository> {
    const config = configWith(options.config)
    if (await index.getRepoId() !== undefined) throw new RepositoryError(`a repository already exists in ${dir}`)
    const master = newMasterKey()
    const file = await createKeyFile(master, passphrase, options.scrypt ?? DEFAULT_SCRYPT)
    const keyId = keyFileId(file)
    await index.createRepository(master.repoId as string, [{ id: keyId, file }], config)
    return new Repository({ dir, index, keys: deriveKeys(master), config, peers: new Map(), ownsIndex, owner: options.owner, placer: options.placer, keyId })
  }

  private static async attachTo (index: IndexDb, { passphrase, options, dir, ownsIndex }: Opening<AttachOptions>): Promise<Repository> {
    const repo = await index.getRepoId()
    if (repo === undefined) {
      throw new RepositoryError(ownsIndex ? `no repository in ${dir}` : 'this agent has no repository yet: run meshbackup init')
    }
    const all = await index.listKeyFiles()
    // a key file is stored under the hash of its bytes: one that no longer matches is damaged, not a wrong passphrase
    const files = all.filter(f => keyFileIdOf(f.bytes) === f.id)
    const damaged = all.length - files.length
    const advice = (): string => recoverAdvice(dirname(index.path), options.owner ?? 'OWNER-PEER-ID')
    if (damaged > 0 && files.length === 0) throw new KeyFileError(`every key file in the index is damaged (${damaged}): ${advice()}`)
    let opened
    try {
      opened = await openAnyKeyFile(files.map(f => f.file), passphrase)
    } catch (err) {
      if (err instanceof WrongPassphraseError && damaged > 0) throw new KeyFileError(`wrong passphrase, or it opens one of the ${damaged} damaged key files in the index; if the passphrase is right, ${advice()}`)
      throw err
    }
    const { master, index: which } = opened
    if (master.repoId !== repo) throw new RepositoryError('the key file belongs to another repository')
    const config = (await index.getConfig() ?? {}) as RepositoryConfig
    validateConfig(config)
    return new Repository({ dir, index, keys: deriveKeys(master), config, peers: new Map(), ownsIndex, owner: options.owner, placer: options.placer, keyId: files[which].id })
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
    if (this.parts.ownsIndex) await this.index.close()
  }
}

/** The default settings with `partial` over them, validated. */
export function configWith (partial: Partial<RepositoryConfig> = {}): RepositoryConfig {
  const config: RepositoryConfig = { ...DEFAULT_CONFIG, ...partial, chunker: { ...DEFAULT_CONFIG.chunker, ...partial.chunker } }
  validateConfig(config)
  return config
}
