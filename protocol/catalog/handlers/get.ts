/** get: CatalogGetRequest (owner) → the latest record held, or none. */
import { pb } from '../../../proto/index.js'
import { InvalidCatalogRequestError } from '../errors.js'
import { checkOwner, fromCatalogRecord } from '../record.js'
import type { HandlerContext } from '../context.js'

export async function handleGet (ctx: HandlerContext, request: pb.CatalogGetRequest.$Properties): Promise<void> {
  const owner = checkOwner(request.owner, (m) => new InvalidCatalogRequestError(`get: ${m}`))
  const record = await ctx.components.catalogs.get(owner, { signal: ctx.signal })
  await ctx.channel.write(pb.CatalogResponse, { get: record == null ? {} : { record: fromCatalogRecord(record) } }, { signal: ctx.signal })
}
