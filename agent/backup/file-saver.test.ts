import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hex } from '../../store/keys.js'
import { prng } from '../../test/fixtures/tree.js'
import { localRepository } from '../../test/fixtures/local-repo.js'
import { blobId } from '../crypto/keys.js'
import { BlobLoader } from '../repository/blob-loader.js'
import { BlobSaver } from '../repository/blob-saver.js'
import type { Repository } from '../repository/repository.js'
import { newBackupCounters } from './counters.js'
import type { BackupCounters } from './counters.js'
import { READ_BYTES } from './file-chunks.js'
import { FileSaver } from './file-saver.js'

let work: string
let repo: Repository
let saver: BlobSaver
let counters: BackupCounters
let referenced: Set<string>
let progress: string[]
let files: FileSaver

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-file-saver-'))
  repo = await localRepository(work)
  saver = new BlobSaver(repo, new Set())
  counters = newBackupCounters()
  referenced = new Set()
  progress = []
  files = new FileSaver({ blobs: saver, counters, referenced, onProgress: p => progress.push(p) }, { chunker: repo.chunkerOptions, chunkSizes: repo.config.chunker })
})
afterEach(async () => {
  await repo.close()
  await rm(work, { recursive: true, force: true })
})

/** The file's bytes as the repository holds them, from its content list. */
async function readBack (content: Uint8Array[]): Promise<Buffer> {
  await saver.flush()
  const loader = new BlobLoader(repo)
  return Buffer.concat(await Promise.all(content.map(async id => await loader.load(id))))
}

describe('FileSaver', () => {
  it('saves a file larger than several read buffers as chunks, in order, each counted and referenced', async () => {
    const data = prng('large', 3 * READ_BYTES + 12345)
    const path = join(work, 'large.bin')
    await writeFile(path, data)
    const saved = await files.save(path, data.byteLength)
    expect(saved.size).toBe(data.byteLength)
    // chunks are 16–256 KiB: a 3 MiB file has at least 12 of them
    expect(saved.content.length).toBeGreaterThanOrEqual(Math.ceil(data.byteLength / (256 * 1024)))
    expect(saved.content.length).toBeLessThanOrEqual(Math.ceil(data.byteLength / (16 * 1024)))
    // the read buffers were reused while the chunks were sealed: the stored bytes are the file's
    expect((await readBack(saved.content)).equals(data)).toBe(true)
    expect(counters.bytesRead).toBe(data.byteLength)
    expect([...referenced].sort()).toEqual([...new Set(saved.content.map(hex))].sort())
    expect(progress).toEqual(saved.content.map(() => path))
    expect(saver.stats.blobsNew).toBe(new Set(saved.content.map(hex)).size)

    // the same bytes again: the same content list, nothing new stored
    const copy = join(work, 'copy.bin')
    await writeFile(copy, data)
    const again = await files.save(copy, data.byteLength)
    expect(again.content.map(hex)).toEqual(saved.content.map(hex))
    expect(saver.stats.blobsNew).toBe(new Set(saved.content.map(hex)).size)
    expect(counters.bytesRead).toBe(2 * data.byteLength)
  })

  it('reads a file under the chunker minimum in one go as one blob, an empty one as none, and one that grew whole', async () => {
    const small = prng('small', 5000)
    await writeFile(join(work, 'small'), small)
    const one = await files.save(join(work, 'small'), small.byteLength)
    expect(one.content.map(hex)).toEqual([hex(blobId(repo.keys.idKey, small))])
    expect(one.size).toBe(5000)

    await writeFile(join(work, 'empty'), '')
    expect(await files.save(join(work, 'empty'), 0)).toEqual({ content: [], size: 0 })

    // lstat said 100 bytes; it holds 768 KiB by the time it is read: all of it is saved, in chunks
    // (three times the largest chunk of SMALL_CONFIG, so at least three whatever the repository's chunker seed)
    const grown = prng('grown', 3 * 256 * 1024)
    await writeFile(join(work, 'grown'), grown)
    const g = await files.save(join(work, 'grown'), 100)
    expect(g.size).toBe(grown.byteLength)
    expect(g.content.length).toBeGreaterThanOrEqual(3)
    expect((await readBack(g.content)).equals(grown)).toBe(true)
    expect(counters.bytesRead).toBe(small.byteLength + grown.byteLength)
  })

  it('fails with the file-system error of a file that is gone, and stops when aborted', async () => {
    await expect(files.save(join(work, 'missing'), 10)).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(files.save(join(work, 'missing'), 10 * 1024 * 1024)).rejects.toMatchObject({ code: 'ENOENT' })
    const path = join(work, 'f')
    await writeFile(path, prng('f', 1000))
    await expect(files.save(path, 1000, AbortSignal.abort())).rejects.toThrow(/abort/i)
    expect(counters.bytesRead).toBe(0)
    expect(referenced.size).toBe(0)
  })
})
