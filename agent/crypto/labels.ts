/**
 * Every additional-authenticated-data string and domain-separation label of
 * meshbackup, in one list. Each one is part of a format: changing a byte makes
 * every existing pack, key file, catalog, signature or proof unreadable (the
 * golden fixtures in test/golden pin them).
 *
 * Labels the protocols need (the bytes a peer signs) live in protocol/, the
 * layer below, and are re-exported here so that this list is complete:
 *   - CATALOG_SIGNATURE_DOMAIN (protocol/catalog/constants.ts)
 *   - DELETE_SIGNATURE_DOMAIN (protocol/shard/constants.ts)
 *
 * AADs that are not labels, for the record:
 *   - a blob is sealed with its blob id as AAD (agent/pack/pack.ts);
 *   - a key file's master key is sealed with the key file's scrypt salt as AAD
 *     (agent/crypto/keys.ts).
 */
export { CATALOG_SIGNATURE_DOMAIN } from '../../protocol/catalog/constants.js'
export { DELETE_SIGNATURE_DOMAIN } from '../../protocol/shard/constants.js'

/** AAD of a pack's sealed header (agent/pack/pack.ts). */
export const PACK_HEADER_AAD: Uint8Array = Buffer.from('meshbackup pack header v1')

/** AAD of the agent identity sealed into a catalog body (agent/catalog/publisher.ts, agent/recover). */
export const IDENTITY_AAD: Uint8Array = Buffer.from('meshbackup identity v1')

/**
 * HKDF-SHA-256 of a repository's subkeys from its master secret
 * (agent/crypto/keys.ts): the salt is HKDF_SALT_PREFIX + repository id, the
 * info one label per subkey.
 */
export const HKDF_SALT_PREFIX = 'meshbackup '
export const HKDF_LABELS = Object.freeze({
  /** HMAC key of blob ids. */
  blobId: 'blob-id',
  /** AES-256-GCM key of blobs, pack headers and the sealed identity. */
  data: 'data',
  /** Seed of the repository's chunker gear table. */
  chunker: 'chunker',
  /** Seed of the repository's signing key. */
  signing: 'signing'
} as const)

/** Domain of an invite record's Ed25519 signature by its issuer (agent/mesh/membership.ts signInvite). */
export const INVITE_SIGNATURE_DOMAIN: Uint8Array = Buffer.from('meshbackup invite v1\0')

/** Prefix of the membership proof HMAC-SHA-256(secret, label || mesh id || peer id) (agent/mesh/membership.ts). */
export const MEMBER_PROOF_LABEL = 'meshbackup member v1'

/** Domain-separation prefix hashed before the seed when deriving a chunker gear table (agent/chunker/gear-table.ts). */
export const GEAR_DOMAIN = 'meshbackup fastcdc gear table\0'

/** Default gear-table seed, when a repository does not key its own: the ASCII bytes of "meshbackup/chunker/gear/v1". */
export const DEFAULT_GEAR_SEED: Uint8Array = new TextEncoder().encode('meshbackup/chunker/gear/v1')

/**
 * Prefix of the Noise prologue HMAC-SHA-256(secret, label || mesh id) (agent/mesh/handshake.ts):
 * both ends of every mesh connection mix it into the security handshake.
 */
export const MESH_PROLOGUE_LABEL = 'meshbackup noise prologue v1'
