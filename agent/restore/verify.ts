/**
 * `restore --verify`: a restored file read back and compared with the
 * snapshot. The file is read in the lengths of its content blobs (the index
 * records each blob's plaintext length) and each piece's blob id (the keyed
 * hash of agent/crypto/keys.ts blobId) compared with the snapshot's: what is
 * on disk is then exactly what was backed up, byte for byte, holes included.
 */
import { open as openFile } from 'node:fs/promises'
import { constants as fsc } from 'node:fs'
import { blobId } from '../crypto/keys.js'
import type { FsPath } from '../snapshot/names.js'
import type { TreeNode } from '../snapshot/tree.js'
import { errorWords } from '../util/errno.js'

/** The largest blob verify reads in one piece (the chunker's blobs are far smaller). */
export const MAX_VERIFY_BLOB = 64 * 1024 * 1024

export interface VerifyComponents {
  idKey: Uint8Array
  /** Each blob's plaintext length, undefined where the index has no such blob. */
  rawLengths: (ids: Uint8Array[]) => Promise<Array<number | undefined>>
}

/** undefined when the file at `path` is the snapshot's `node`, else why not in words. */
export async function verifyFile (path: FsPath, node: Pick<TreeNode, 'content' | 'size'>, c: VerifyComponents, signal?: AbortSignal): Promise<string | undefined> {
  const lengths = await c.rawLengths(node.content)
  let fh
  try {
    fh = await openFile(path, fsc.O_RDONLY | fsc.O_NOFOLLOW)
  } catch (err) {
    return `cannot read it back: ${errorWords(err)}`
  }
  try {
    const size = (await fh.stat()).size
    if (size !== node.size) return `${size} bytes on disk, the snapshot holds ${node.size}`
    let at = 0
    for (let i = 0; i < node.content.length; i++) {
      signal?.throwIfAborted()
      const len = lengths[i]
      if (len === undefined || len > MAX_VERIFY_BLOB) return `content blob ${i} has no usable length in the index`
      const buf = Buffer.alloc(len)
      let got = 0
      while (got < len) {
        const { bytesRead } = await fh.read(buf, got, len - got, at + got)
        if (bytesRead === 0) return `shorter than the snapshot's content (${at + got} bytes)`
        got += bytesRead
      }
      if (!Buffer.from(blobId(c.idKey, buf)).equals(node.content[i])) return `bytes ${at}–${at + len} differ from the snapshot`
      at += len
    }
    if (at !== node.size) return `the snapshot's content holds ${at} bytes, its size says ${node.size}`
    return undefined
  } finally {
    await fh.close()
  }
}
