/**
 * The bytes an owner signs to delete a shard: a domain-separation prefix and
 * the encoded ShardDeleteRequest without its signature. Both the owner (client)
 * and the verifier (responder's verifyDelete) build them here.
 */
import { encode, pb } from '../../proto/index.js'
import { DELETE_SIGNATURE_DOMAIN } from './constants.js'
import type { ShardRef } from './index.js'

const DOMAIN = DELETE_SIGNATURE_DOMAIN

export function deleteSigningPayload (ref: ShardRef, timeMs: number): Uint8Array {
  const body = encode(pb.ShardDeleteRequest, {
    ref: { owner: ref.owner, packId: ref.packId, index: ref.index },
    timeMs
  })
  const out = new Uint8Array(DOMAIN.byteLength + body.byteLength)
  out.set(DOMAIN, 0)
  out.set(body, DOMAIN.byteLength)
  return out
}
