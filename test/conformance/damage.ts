/** Flip a byte of a shard's data in its file of the disk store (for the damaged-shard cases). */
import { open } from 'node:fs/promises'
import type { ShardStore } from '../../store/shard-store.js'

export async function damageShardFile (store: ShardStore, owner: string, packId: Uint8Array, index: number, offset: number): Promise<void> {
  const fh = await open(store.pathOf(owner, packId, index), 'r+')
  try {
    const prefix = Buffer.alloc(8)
    await fh.read(prefix, 0, 8, 0)
    const at = 8 + prefix.readUInt32LE(4) + offset
    const b = Buffer.alloc(1)
    await fh.read(b, 0, 1, at)
    b[0] ^= 0xff
    await fh.write(b, 0, 1, at)
  } finally {
    await fh.close()
  }
}
