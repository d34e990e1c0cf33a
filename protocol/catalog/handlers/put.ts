/**
 * put: CatalogPutRequest (record) → validated → owner's signature verified →
 * the storage replaces the held record only if this one is newer → put
 * (existed: the identical record was already held), or a refusal:
 * BAD_SIGNATURE, STALE_VERSION, CONFLICT, TOO_LARGE.
 */
import { pb } from '../../../proto/index.js'
import {
  CatalogConflictError,
  CatalogSignatureError,
  CatalogStaleVersionError,
  InvalidCatalogRequestError
} from '../errors.js'
import { toCatalogRecord } from '../record.js'
import { verifyCatalog } from '../signature.js'
import type { HandlerContext } from '../context.js'

export async function handlePut (ctx: HandlerContext, request: pb.CatalogPutRequest.$Properties): Promise<void> {
  const record = toCatalogRecord(request.record, ctx.settings.maxBodyBytes, (m) => new InvalidCatalogRequestError(`put: ${m}`))
  if (!(await verifyCatalog(record))) {
    ctx.log('refused catalog v%d of %s from %p: bad signature', record.version, record.owner, ctx.remotePeer)
    throw new CatalogSignatureError(`catalog v${record.version} of ${record.owner} is not signed by its owner`)
  }
  const outcome = await ctx.components.catalogs.put(record, { signal: ctx.signal })
  switch (outcome.result) {
    case 'stored':
      ctx.log('stored catalog v%d of %s (%d bytes) from %p', record.version, record.owner, record.body.byteLength, ctx.remotePeer)
      break
    case 'same':
      break
    case 'stale':
      throw new CatalogStaleVersionError(`catalog v${record.version} of ${record.owner} is older than the v${outcome.heldVersion} held`)
    case 'conflict':
      throw new CatalogConflictError(`a different catalog v${record.version} of ${record.owner} is held`)
  }
  await ctx.channel.write(pb.CatalogResponse, { put: { existed: outcome.result === 'same' } }, { signal: ctx.signal })
}
