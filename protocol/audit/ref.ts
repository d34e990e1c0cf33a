/** Boundary check of an AuditRequest: a valid shard ref and block number. */
import { MAX_OWNER_LENGTH, MAX_SHARDS_PER_PACK, PACK_ID_BYTES } from './constants.js'
import { InvalidAuditRequestError } from './errors.js'
import type { AuditShardRef } from './index.js'
import type { pb } from '../../proto/index.js'

export function toAuditRequest (request: pb.AuditRequest.$Properties): { ref: AuditShardRef, block: number } {
  const owner = request.owner ?? ''
  const packId = request.packId ?? new Uint8Array(0)
  const index = request.index ?? 0
  const block = request.block ?? 0
  if (owner.length === 0 || owner.length > MAX_OWNER_LENGTH) {
    throw new InvalidAuditRequestError(`owner must be 1..${MAX_OWNER_LENGTH} characters, got ${owner.length}`)
  }
  if (packId.byteLength !== PACK_ID_BYTES) {
    throw new InvalidAuditRequestError(`pack id must be ${PACK_ID_BYTES} bytes, got ${packId.byteLength}`)
  }
  if (index >= MAX_SHARDS_PER_PACK) {
    throw new InvalidAuditRequestError(`shard index ${index} is out of range`)
  }
  return { ref: { owner, packId, index }, block }
}
