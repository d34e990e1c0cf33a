/**
 * A block of a shard in this agent's store, as the audit protocol answers it
 * (and as the checker audits this agent's own store, without dialling itself).
 */
import { InvalidAuditRequestError } from '../../protocol/audit/index.js'
import type { AuditShardRef, HeldBlock } from '../../protocol/audit/index.js'
import { encodeShardHeader } from '../../store/shard-format.js'
import type { ShardStore } from '../../store/shard-store.js'

/** The raw bytes of block `block` (even when damaged: the auditor checks them), or undefined when the shard is not held. */
export async function readHeldBlock (store: Pick<ShardStore, 'getHeader' | 'readRaw'>, ref: AuditShardRef, block: number): Promise<HeldBlock | undefined> {
  const header = await store.getHeader(ref.owner, ref.packId, ref.index).catch(() => undefined)
  if (header === undefined) return undefined
  const bs = header.blockSize
  if (block < 0 || block * bs >= Number(header.shardLength)) throw new InvalidAuditRequestError(`block ${block} is past the end of the shard`)
  const got = await store.readRaw(ref.owner, ref.packId, ref.index, block * bs, bs)
  return got === undefined ? undefined : { header: encodeShardHeader(got.header), data: got.data }
}
