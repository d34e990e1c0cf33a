/**
 * An owner's catalog body (pb.CatalogBody: the sealed identity, the key file
 * and the index of its repository). The catalog protocol carries it as
 * opaque, signed bytes of at most MAX_BODY_BYTES; only the agent reads it.
 */
import { decode, pb } from '../../proto/index.js'
import { MAX_BODY_BYTES } from '../../protocol/catalog/index.js'
import type { CatalogRecord } from '../../protocol/catalog/index.js'

/** Decode an owner's catalog body, within the catalog protocol's body limit (the record's signature is checked by whoever got it). */
export function decodeCatalogBody (record: CatalogRecord): pb.CatalogBody {
  return decode(pb.CatalogBody, record.body, MAX_BODY_BYTES, `catalog of ${record.owner}`)
}
