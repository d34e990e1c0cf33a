/**
 * The agent's persistent identity: an Ed25519 key pair in `identity.key`
 * (libp2p's protobuf encoding, mode 0600). Its peer id names the agent in the
 * mesh and, as owner, names its backups; it signs the owner's catalog.
 */
import { chmod, readFile, stat, writeFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'

export const IDENTITY_FILE = 'identity.key'

export class IdentityError extends Error {
  override name = 'IdentityError'
}

export async function createIdentity (dir: string, key?: PrivateKey): Promise<PrivateKey> {
  const k = key ?? await generateKeyPair('Ed25519')
  await writeSecretFile(join(dir, IDENTITY_FILE), privateKeyToProtobuf(k))
  return k
}

export async function loadIdentity (dir: string): Promise<PrivateKey> {
  const path = join(dir, IDENTITY_FILE)
  let st
  try {
    st = await stat(path)
  } catch {
    throw new IdentityError(`no identity in ${dir} (${IDENTITY_FILE} missing): run meshbackup init first`)
  }
  if ((st.mode & 0o077) !== 0) {
    throw new IdentityError(`${path} is readable by others (mode ${(st.mode & 0o777).toString(8)}): chmod 600 it`)
  }
  if (st.size > 4096) throw new IdentityError(`${path} is too large to be a key`)
  let key: PrivateKey
  try {
    key = privateKeyFromProtobuf(await readFile(path))
  } catch (err) {
    throw new IdentityError(`${path} is not a private key: ${(err as Error).message}`)
  }
  if (key.type !== 'Ed25519') throw new IdentityError(`${path}: the identity must be an Ed25519 key, found ${key.type}`)
  // an Ed25519 key file holds the private seed and the public key: a flipped byte in either still decodes,
  // but the agent could then prove its identity to nobody (every handshake fails): check the pair signs and verifies
  const probe = new TextEncoder().encode('meshbackup identity self-check')
  if (!await key.publicKey.verify(probe, await key.sign(probe))) {
    throw new IdentityError(`${path} is damaged (its private and public halves do not match: no member would accept this agent). ` +
      `Put back a copy of ${IDENTITY_FILE} from a backup of ${dir}, or re-create this agent from the mesh: move ${dir} aside and run meshbackup init --recover (see meshbackup init --help)`)
  }
  return key
}

export function peerIdOf (key: PrivateKey): string {
  return peerIdFromPrivateKey(key).toString()
}

/** Write a file only its owner may read, atomically. */
export async function writeSecretFile (path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.tmp`
  await writeFile(tmp, data, { mode: 0o600 })
  await chmod(tmp, 0o600)
  await rename(tmp, path)
}
