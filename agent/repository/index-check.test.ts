/** The start-up check of the owner's index, and key-file damage told apart from a wrong passphrase. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ClassicLevel } from 'classic-level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IndexDb } from '../../store/index-db.js'
import { alignErasureCode, checkOwnIndex } from './index-check.js'
import { Repository } from './repository.js'

const FAST_SCRYPT = { logN: 10, r: 8, p: 1 }
let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-index-check-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

/** Edit the raw LevelDB entries under `prefix` (the index closed), as damage on disk would. */
async function damage (prefix: string, edit: (v: Uint8Array) => Uint8Array, which = 0): Promise<void> {
  const db = new ClassicLevel<string, Uint8Array>(join(dir, 'index'), { keyEncoding: 'utf8', valueEncoding: 'view' })
  let i = 0
  for await (const [k, v] of db.iterator({ gte: prefix, lt: prefix + '\uffff' })) {
    if (i++ === which) await db.put(k, edit(Uint8Array.from(v)))
  }
  await db.close()
}

async function check (): Promise<ReturnType<typeof checkOwnIndex>> {
  const index = new IndexDb(join(dir, 'index'))
  await index.open()
  try { return await checkOwnIndex(index, dir, 'OWNER') } finally { await index.close() }
}

describe('checkOwnIndex', () => {
  it('passes an intact index', async () => {
    await (await Repository.create(dir, 'p', { scrypt: FAST_SCRYPT })).close()
    expect(await check()).toEqual({ damagedKeys: [] })
  })

  it('an index without a repository (deleted and re-created empty) stops the agent with the recovery command', async () => {
    await expect(check()).rejects.toMatchObject({ name: 'IndexDamagedError', message: expect.stringMatching(/has no repository.*init --recover --data .* --owner OWNER/) })
  })

  it('damaged settings stop the agent naming the entry', async () => {
    await (await Repository.create(dir, 'p', { scrypt: FAST_SCRYPT })).close()
    await damage('meta:config', () => Buffer.from('{not json'))
    await expect(check()).rejects.toMatchObject({ name: 'IndexDamagedError', message: expect.stringMatching(/meta:config.*init --recover/) })
  })

  it('a damaged key file is named as damaged, not taken for a wrong passphrase', async () => {
    const repo = await Repository.create(dir, 'first', { scrypt: FAST_SCRYPT })
    await repo.addKey('second', FAST_SCRYPT)
    const keys = (await repo.listKeys()).map(k => k.id)
    await repo.close()
    // flip a byte of the wrapped master key of one key file
    await damage('key:', v => { v[v.length - 3] ^= 1; return v })
    const { damagedKeys } = await check()
    expect(damagedKeys).toHaveLength(1)
    expect(keys).toContain(damagedKeys[0])
    const other = await Repository.open(dir, 'first').then(async r => { await r.close(); return 'first' }, () => 'second')
    const lost = other === 'first' ? 'second' : 'first'
    // the intact key still opens; the damaged one's passphrase gets a KeyFileError that says so
    await (await Repository.open(dir, other)).close()
    await expect(Repository.open(dir, lost)).rejects.toMatchObject({ name: 'KeyFileError', message: expect.stringMatching(/damaged key file/) })
    await expect(Repository.open(dir, 'never a key')).rejects.toMatchObject({ name: 'KeyFileError' })
    // both damaged: the agent does not start
    await damage('key:', v => { v[v.length - 3] ^= 1; return v }, 1)
    const again = await check().catch((err: Error) => err)
    if (again instanceof Error) expect(again.message).toMatch(/every key file is damaged/)
    else expect(again.damagedKeys).toHaveLength(1) // the second flip hit the already damaged one (iteration order)
  })

  it('an index whose CURRENT file is gone is not opened as a new empty one', async () => {
    await (await Repository.create(dir, 'p', { scrypt: FAST_SCRYPT })).close()
    await rm(join(dir, 'index', 'CURRENT'))
    expect(() => new IndexDb(join(dir, 'index'))).toThrow(/CURRENT file is missing.*echo MANIFEST-\d+ > /)
  })

  it('the erasure code of new packs follows the config policy: settings updated once, refused when a shard would be too large', async () => {
    await (await Repository.create(dir, 'p', { scrypt: FAST_SCRYPT, config: { k: 4, m: 2 } })).close()
    const index = new IndexDb(join(dir, 'index'))
    await index.open()
    try {
      expect(await alignErasureCode(index, { k: 4, m: 2 })).toBeUndefined()
      expect(await alignErasureCode(index, { k: 1, m: 1 })).toEqual({ from: '4+2', to: '1+1' })
      expect(await index.getConfig()).toMatchObject({ k: 1, m: 1 })
      expect(await alignErasureCode(index, { k: 1, m: 1 })).toBeUndefined()
      await expect(alignErasureCode(index, { k: 0, m: 1 })).rejects.toMatchObject({ name: 'RepositoryError' })
    } finally {
      await index.close()
    }
  })
})
