/**
 * Keys of a repository.
 *
 * - The master key is 32 random bytes (plus the repository id). Everything else
 *   is derived from it with HKDF-SHA-256 under a distinct label, so one secret
 *   in a key file is enough to read and extend the repository.
 * - A key file wraps the master key under a key-encryption key derived from a
 *   passphrase with scrypt; the scrypt parameters are stored in the key file.
 *   Several key files may wrap the same master key (add / remove / passwd).
 */
import { createHash, createHmac, hkdfSync, randomBytes, scrypt as scryptCb } from 'node:crypto'
import { hostname } from 'node:os'
import { pb, decode, encode, limits } from '../../proto/index.js'
import { AuthenticationError, open, seal } from './aead.js'
import { HKDF_LABELS, HKDF_SALT_PREFIX } from './labels.js'
import { currentUser } from '../util/user.js'

/** scrypt defaults: N = 2^15, r = 8, p = 1 (32 MiB, ~100 ms here), as restic's minimum. */
export const DEFAULT_SCRYPT = { logN: 15, r: 8, p: 1 } as const
export interface ScryptParams { logN: number, r: number, p: number }

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError'
  constructor () { super('wrong passphrase: no key file could be opened with it') }
}

export class KeyFileError extends Error {
  override name = 'KeyFileError'
}

/** Sub-keys derived from the master key. */
export interface RepositoryKeys {
  repoId: string
  /** HMAC key for blob ids. */
  idKey: Uint8Array
  /** AES-256-GCM key for blobs and pack headers. */
  dataKey: Uint8Array
  /** Seed of the chunker's gear table (keyed chunk boundaries). */
  chunkerSeed: Uint8Array
  /** Seed of the owner's Ed25519 signing key (catalog, deletes). */
  signingSeed: Uint8Array
  /** The master key itself, to write new key files. */
  master: pb.IMasterKey
}

export function newMasterKey (): pb.IMasterKey {
  return { version: 1, secret: randomBytes(32), repoId: randomBytes(16).toString('hex') }
}

export function deriveKeys (master: pb.IMasterKey): RepositoryKeys {
  const secret = master.secret
  if (secret == null || secret.byteLength !== 32) throw new KeyFileError('master key must be 32 bytes')
  const salt = Buffer.from(`${HKDF_SALT_PREFIX}${master.repoId ?? ''}`)
  const sub = (label: string): Uint8Array => new Uint8Array(hkdfSync('sha256', secret, salt, label, 32))
  return {
    repoId: master.repoId ?? '',
    idKey: sub(HKDF_LABELS.blobId),
    dataKey: sub(HKDF_LABELS.data),
    chunkerSeed: sub(HKDF_LABELS.chunker),
    signingSeed: sub(HKDF_LABELS.signing),
    master
  }
}

/** Blob id: HMAC-SHA-256 of the plaintext under the id key. */
export function blobId (idKey: Uint8Array, plaintext: Uint8Array): Uint8Array {
  return createHmac('sha256', idKey).update(plaintext).digest()
}

async function scrypt (passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Uint8Array> {
  const N = 2 ** params.logN
  return await new Promise((resolve, reject) => {
    scryptCb(passphrase.normalize('NFC'), salt, 32, { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 16 * 1024 * 1024 },
      (err, key) => { err != null ? reject(err) : resolve(key) })
  })
}

/** Wrap `master` under `passphrase`: a new key file. */
export async function createKeyFile (master: pb.IMasterKey, passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<pb.IKeyFile> {
  if (passphrase.length === 0) throw new KeyFileError('empty passphrase')
  const salt = randomBytes(32)
  const kek = await scrypt(passphrase, salt, params)
  const wrappedWithNonce = seal(kek, encode(pb.MasterKey, master), salt)
  const username = currentUser()
  return {
    version: 1,
    kdf: 'scrypt',
    scryptLogN: params.logN,
    scryptR: params.r,
    scryptP: params.p,
    salt,
    nonce: wrappedWithNonce.subarray(0, 12),
    wrapped: wrappedWithNonce.subarray(12),
    host: hostname(),
    username,
    createdMs: Date.now()
  }
}

/** Open one key file; throws WrongPassphraseError when the passphrase does not fit. */
export async function openKeyFile (file: pb.IKeyFile, passphrase: string): Promise<pb.IMasterKey> {
  if (file.kdf !== 'scrypt') throw new KeyFileError(`unsupported key derivation "${file.kdf ?? ''}"`)
  const logN = file.scryptLogN ?? 0
  const r = file.scryptR ?? 0
  const p = file.scryptP ?? 0
  if (logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16) throw new KeyFileError('scrypt parameters out of range')
  if (file.salt == null || file.nonce == null || file.wrapped == null || file.nonce.byteLength !== 12) throw new KeyFileError('key file is incomplete')
  const kek = await scrypt(passphrase, file.salt, { logN, r, p })
  let plain: Uint8Array
  try {
    plain = open(kek, Buffer.concat([file.nonce, file.wrapped]), file.salt)
  } catch (err) {
    if (err instanceof AuthenticationError) throw new WrongPassphraseError()
    throw err
  }
  return decode(pb.MasterKey, plain, limits.keyFile, 'master key')
}

/** Try every key file; the first that opens wins. */
export async function openAnyKeyFile (files: pb.IKeyFile[], passphrase: string): Promise<{ master: pb.IMasterKey, index: number }> {
  if (files.length === 0) throw new KeyFileError('no key file found: the repository has no keys')
  for (let i = 0; i < files.length; i++) {
    try {
      return { master: await openKeyFile(files[i], passphrase), index: i }
    } catch (err) {
      if (!(err instanceof WrongPassphraseError)) throw err
    }
  }
  throw new WrongPassphraseError()
}

/** Key file id: hex SHA-256 of its encoding (first 16 bytes). */
export function keyFileId (file: pb.IKeyFile): string {
  return keyFileIdOf(encode(pb.KeyFile, file))
}

/** Key file id of an encoded key file (as stored): a stored file whose bytes no longer give its id is damaged. */
export function keyFileIdOf (bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32)
}
