/**
 * proto/ — every wire and disk format of meshbackup, as protobuf schemas
 * (format.proto: on disk and in packs; wire.proto: the shard protocol and
 * its errors; mesh.proto: the catalog, status and audit protocols, gossip
 * heartbeats, the peer table). `npm run proto:gen` regenerates gen/ with protobufjs:
 * one static module per schema (encode and decode only, 64-bit integers as JS
 * numbers), all adding their types to one `meshbackup` namespace, exported
 * here as `pb`. The output is committed.
 *
 * Decode through `decode()` here: it refuses input over a size limit before
 * protobufjs sees it and turns protobufjs' errors into one named error.
 */
import protobuf from 'protobufjs/minimal.js'
import './gen/format.js'
import './gen/wire.js'
import { meshbackup } from './gen/mesh.js'
import { MAX_SHARD_HEADER_BYTES } from './limits.js'

// 64-bit fields decode as JS numbers (the generated types say number); without
// this, protobufjs returns Long objects whenever the `long` package is present.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long
protobuf.configure()

export { meshbackup as pb }
export { MAX_SHARDS_PER_PACK, MAX_SHARD_BYTES, MAX_SHARD_HEADER_BYTES } from './limits.js'
export { int64, toSafeInteger } from './int64.js'

/** Thrown for any malformed or oversized encoded message. */
export class DecodeError extends Error {
  override name = 'DecodeError'
}

interface Decoder<T> {
  decode: (reader: Uint8Array) => T
}

/** Decode `bytes` as message `type`, refusing more than `maxBytes`. */
export function decode<T> (type: Decoder<T>, bytes: Uint8Array, maxBytes: number, what: string): T {
  if (bytes.byteLength > maxBytes) {
    throw new DecodeError(`${what}: ${bytes.byteLength} bytes is over the limit of ${maxBytes}`)
  }
  try {
    return type.decode(bytes)
  } catch (err) {
    throw new DecodeError(`${what}: malformed (${(err as Error).message})`)
  }
}

interface Encoder<T> {
  encode: (message: T) => { finish: () => Uint8Array }
}

export function encode<T> (type: Encoder<T>, message: T): Uint8Array {
  return type.encode(message).finish()
}

/** Size limits of the encoded formats, in bytes (the shard limits are in limits.ts). */
export const limits = {
  keyFile: 64 * 1024,
  packHeader: 8 * 1024 * 1024,
  shardHeader: MAX_SHARD_HEADER_BYTES,
  tree: 64 * 1024 * 1024,
  snapshot: 1024 * 1024,
  indexSegment: 64 * 1024 * 1024,
  record: 1024 * 1024
} as const
