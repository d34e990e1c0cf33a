/**
 * Where a delete is authorised: a storage peer deletes a shard only when the
 * request comes from a proven member and is signed by the shard's owner (its
 * Ed25519 identity, the peer id) within DELETE_WINDOW_MS of now. A survivor
 * can rebuild another owner's ciphertext, never delete it.
 */
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { ShardDeleteRequest, VerifyDelete } from '../../protocol/shard/index.js'

/** Accepted clock skew of a signed delete, in ms. */
export const DELETE_WINDOW_MS = 10 * 60_000

export function ownerSignedDeletes (isMember: (id: string) => boolean, now: () => number = Date.now): VerifyDelete {
  return async (req: ShardDeleteRequest, remote: PeerId): Promise<boolean> => {
    if (!isMember(remote.toString())) return false
    if (Math.abs(now() - req.timeMs) > DELETE_WINDOW_MS) return false
    try {
      const owner = peerIdFromString(req.ref.owner)
      if (owner.publicKey === undefined) return false
      return await owner.publicKey.verify(req.payload, req.signature)
    } catch {
      return false
    }
  }
}
