/**
 * The ways reading or storing a shard fails, as named error classes. Every
 * shard peer (agent/repository/shard-peer.ts: a local store or a remote agent)
 * throws these, so a caller decides what a failure means without knowing
 * where the shard was (agent/repair/shard-failure.ts makes that decision):
 *
 * - ShardCorruptError: the bytes do not match their hashes (a damaged shard,
 *   a header that does not check out, data offered to a put that does not
 *   match its header). Lasting: the copy is bad.
 * - ShardNotFoundError: the peer does not hold the shard. Lasting.
 * - ShardUnavailableError: the peer could not answer now (a timeout, a cut
 *   stream, a busy or failing peer); try later. PeerUnreachableError is the
 *   case where the peer cannot be reached at all (not connected, the dial
 *   failed): try later too, but not at once.
 * - ShardStoreFullError: a put refused for want of room (capacity or quota).
 *
 * This module has no imports, so that store/ and agent/ share it. The wire
 * (protocol/shard) has its own named errors, mapped by name: a storage that
 * throws ShardNotFoundError reaches the requester as the NOT_FOUND code, and
 * agent/mesh/remote-peer.ts turns the protocol's errors back into these.
 */

/** The bytes of a shard (or its header) do not match their hashes. */
export class ShardCorruptError extends Error {
  override name = 'ShardCorruptError'
}

/** The data offered for a shard is longer or shorter than its header declares. */
export class ShardLengthError extends ShardCorruptError {
  override name = 'ShardLengthError'
}

/** The peer does not hold the shard. */
export class ShardNotFoundError extends Error {
  override name = 'ShardNotFoundError'
}

/** The peer could not answer now (timeout, cut stream, busy); try later. */
export class ShardUnavailableError extends Error {
  override name = 'ShardUnavailableError'
}

/** The peer cannot be reached at all (not connected, the dial failed): try later, not at once. */
export class PeerUnreachableError extends ShardUnavailableError {
  override name = 'PeerUnreachableError'
}

/** No room for the shard: the store is at its capacity or the owner at its quota. */
export class ShardStoreFullError extends Error {
  override name = 'ShardStoreFullError'
}
