import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createIdentity, IDENTITY_FILE, loadIdentity, peerIdOf } from './identity.js'

let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-identity-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

async function flip (offset: number): Promise<void> {
  const path = join(dir, IDENTITY_FILE)
  const bytes = await readFile(path)
  bytes[offset] ^= 0x01
  await writeFile(path, bytes)
}

describe('identity.key', () => {
  it('loads what it wrote', async () => {
    const key = await createIdentity(dir)
    expect(peerIdOf(await loadIdentity(dir))).toBe(peerIdOf(key))
  })

  // the file: 4 bytes of protobuf framing, the 32-byte seed, the 32-byte public key
  it.each([['the private seed', 10], ['the public half', 50]])('refuses a key with a flipped byte in %s, saying what to do', async (_what, offset) => {
    await createIdentity(dir)
    await flip(offset)
    await expect(loadIdentity(dir)).rejects.toMatchObject({ name: 'IdentityError', message: expect.stringMatching(/is damaged.*init --recover/) })
  })

  it('refuses a key others can read, and a missing one', async () => {
    await createIdentity(dir)
    await chmod(join(dir, IDENTITY_FILE), 0o644)
    await expect(loadIdentity(dir)).rejects.toThrow(/readable by others/)
    await rm(join(dir, IDENTITY_FILE))
    await expect(loadIdentity(dir)).rejects.toThrow(/run meshbackup init/)
  })
})
