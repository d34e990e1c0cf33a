import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb, encode, decode, limits, DecodeError } from '../../proto/index.js'
import { AuthenticationError, OVERHEAD, open, seal } from './aead.js'
import { KeyFileError, WrongPassphraseError, blobId, createKeyFile, deriveKeys, newMasterKey, openAnyKeyFile, openKeyFile } from './keys.js'

const FAST = { logN: 10, r: 8, p: 1 }

describe('AES-256-GCM blobs', () => {
  it('round-trips any size, with a fresh nonce each time', () => {
    const key = randomBytes(32)
    for (const n of [0, 1, 65535, 65536, 65537, 3 * 1024 * 1024 + 5]) {
      const data = randomBytes(n)
      const a = seal(key, data, Buffer.from('id'))
      const b = seal(key, data, Buffer.from('id'))
      expect(a.byteLength).toBe(n + OVERHEAD)
      expect(Buffer.from(a).equals(b)).toBe(false)
      expect(Buffer.from(open(key, a, Buffer.from('id'))).equals(data)).toBe(true) // toEqual walks 3 MiB byte by byte: 20-45 s
    }
  })

  it('refuses a flipped bit, a wrong key, wrong associated data, a short message', () => {
    const key = randomBytes(32)
    const sealed = Buffer.from(seal(key, randomBytes(1000), Buffer.from('a')))
    const flipped = Buffer.from(sealed)
    flipped[500] ^= 1
    expect(() => open(key, flipped, Buffer.from('a'))).toThrow(AuthenticationError)
    expect(() => open(randomBytes(32), sealed, Buffer.from('a'))).toThrow(AuthenticationError)
    expect(() => open(key, sealed, Buffer.from('b'))).toThrow(AuthenticationError)
    expect(() => open(key, sealed.subarray(0, 20))).toThrow(AuthenticationError)
  })
})

describe('keys', () => {
  it('derives distinct sub-keys; blob ids depend on the id key', () => {
    const k1 = deriveKeys(newMasterKey())
    const k2 = deriveKeys(newMasterKey())
    expect(Buffer.from(k1.idKey).equals(k1.dataKey)).toBe(false)
    const data = Buffer.from('hello')
    expect(Buffer.from(blobId(k1.idKey, data)).equals(blobId(k2.idKey, data))).toBe(false)
    expect(Buffer.from(blobId(k1.idKey, data))).toEqual(Buffer.from(blobId(k1.idKey, data)))
  })

  it('wraps the master key under several passphrases', async () => {
    const master = newMasterKey()
    const a = await createKeyFile(master, 'alpha', FAST)
    const b = await createKeyFile(master, 'beta', FAST)
    expect((await openKeyFile(a, 'alpha')).repoId).toBe(master.repoId)
    const { master: viaB, index } = await openAnyKeyFile([a, b], 'beta')
    expect(index).toBe(1)
    expect(Buffer.from(viaB.secret as Uint8Array)).toEqual(Buffer.from(master.secret as Uint8Array))
    // survives encoding as stored
    const stored = decode(pb.KeyFile, encode(pb.KeyFile, a), limits.keyFile, 'key file')
    expect((await openKeyFile(stored, 'alpha')).repoId).toBe(master.repoId)
  })

  it('gives clear errors: wrong passphrase, no key files, bad parameters, garbage', async () => {
    const master = newMasterKey()
    const a = await createKeyFile(master, 'alpha', FAST)
    await expect(openKeyFile(a, 'wrong')).rejects.toThrow(WrongPassphraseError)
    await expect(openAnyKeyFile([a], 'wrong')).rejects.toThrow(/wrong passphrase/)
    await expect(openAnyKeyFile([], 'x')).rejects.toThrow(KeyFileError)
    await expect(openKeyFile({ ...a, scryptLogN: 40 }, 'alpha')).rejects.toThrow(/out of range/)
    await expect(openKeyFile({ ...a, kdf: 'md5' }, 'alpha')).rejects.toThrow(/unsupported/)
    await expect(createKeyFile(master, '', FAST)).rejects.toThrow(/empty/)
    expect(() => decode(pb.KeyFile, randomBytes(100_000), limits.keyFile, 'key file')).toThrow(DecodeError)
    expect(() => decode(pb.KeyFile, Buffer.from([0x0a, 0xff, 0xff, 0x03]), limits.keyFile, 'key file')).toThrow(DecodeError)
  })
})
