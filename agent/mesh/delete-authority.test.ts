import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { deleteSigningPayload } from '../../protocol/shard/delete-signature.js'
import { DELETE_WINDOW_MS, ownerSignedDeletes } from './delete-authority.js'

describe('ownerSignedDeletes: where a delete is authorised', () => {
  it('accepts only the owner\'s signature, from a member, within the window', async () => {
    const owner = await generateKeyPair('Ed25519')
    const other = await generateKeyPair('Ed25519')
    const ownerId = peerIdFromPrivateKey(owner)
    const otherId = peerIdFromPrivateKey(other)
    const now = 5_000_000
    const ref = { owner: ownerId.toString(), packId: new Uint8Array(32).fill(7), index: 2 }
    const request = async (key: typeof owner, timeMs: number): Promise<Parameters<ReturnType<typeof ownerSignedDeletes>>[0]> => {
      const payload = deleteSigningPayload(ref, timeMs)
      return { ref, timeMs, payload, signature: await key.sign(payload) }
    }
    const members = new Set([ownerId.toString(), otherId.toString()])
    const verify = ownerSignedDeletes(id => members.has(id), () => now)
    const opts = { signal: AbortSignal.timeout(5_000) }
    expect(await verify(await request(owner, now), ownerId, opts)).toBe(true)
    // a member relaying the owner's signed delete is fine; a signature by anyone else is not
    expect(await verify(await request(owner, now), otherId, opts)).toBe(true)
    expect(await verify(await request(other, now), otherId, opts)).toBe(false)
    // outside the replay window
    expect(await verify(await request(owner, now - DELETE_WINDOW_MS - 1), ownerId, opts)).toBe(false)
    expect(await verify(await request(owner, now + DELETE_WINDOW_MS + 1), ownerId, opts)).toBe(false)
    // not from a member
    members.delete(otherId.toString())
    expect(await verify(await request(owner, now), otherId, opts)).toBe(false)
  })
})
