/**
 * put: CatalogPutRequest (record) → validated → the sender's own record
 * (record.owner is the remote peer) → owner's signature verified → a new
 * owner only while fewer than maxOwners are held → the storage replaces the
 * held record only if this one is newer → put (existed: the identical record
 * was already held), or a refusal: NOT_OWNER, BAD_SIGNATURE, TOO_MANY_OWNERS,
 * STALE_VERSION, CONFLICT, TOO_LARGE.
 */
import { pb } from '../../../proto/index.js'
import {
  CatalogConflictError,
  CatalogNotOwnerError,
  CatalogOwnerLimitError,
  CatalogSignatureError,
  CatalogStaleVersionError,
  InvalidCatalogRequestError
} from '../errors.js'
import { toCatalogRecord } from '../record.js'
import { verifyCatalog } from '../signature.js'
import type { HandlerContext } from '../context.js'
import type { CatalogPutResult, CatalogRecord } from '../index.js'

export async function handlePut (ctx: HandlerContext, request: pb.CatalogPutRequest.$Properties): Promise<void> {
  const record = toCatalogRecord(request.record, ctx.settings.maxBodyBytes, (m) => new InvalidCatalogRequestError(`put: ${m}`))
  if (record.owner !== ctx.remotePeer.toString()) {
    ctx.log('refused catalog v%d of %s from %p: not its own', record.version, record.owner, ctx.remotePeer)
    throw new CatalogNotOwnerError(`a member puts only its own catalog: this record is ${record.owner}'s`)
  }
  if (!(await verifyCatalog(record))) {
    ctx.log('refused catalog v%d of %s from %p: bad signature', record.version, record.owner, ctx.remotePeer)
    throw new CatalogSignatureError(`catalog v${record.version} of ${record.owner} is not signed by its owner`)
  }
  const outcome = await store(ctx, record)
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

/** Put into the storage; an owner not held yet only while fewer than maxOwners are (checked and stored in one step). */
async function store (ctx: HandlerContext, record: CatalogRecord): Promise<CatalogPutResult> {
  const { catalogs } = ctx.components
  const options = { signal: ctx.signal }
  const held = async (): Promise<{ known: boolean, owners: number }> => {
    const entries = await catalogs.list(options)
    return { known: entries.some(e => e.owner === record.owner), owners: entries.length }
  }
  if ((await held()).known) return await catalogs.put(record, options)
  return await ctx.addingOwner(async () => {
    const now = await held()
    if (!now.known && now.owners >= ctx.settings.maxOwners) {
      ctx.log.error('refused catalog of %s from %p: %d owners held, the limit', record.owner, ctx.remotePeer, now.owners)
      throw new CatalogOwnerLimitError(`this member holds the catalogs of ${now.owners} owners, its limit: no new owner is taken`)
    }
    return await catalogs.put(record, options)
  })
}
