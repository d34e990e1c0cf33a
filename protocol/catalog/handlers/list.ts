/** list: CatalogListRequest → every owner held with its version and time (≤ MAX_LIST_ENTRIES). */
import { pb } from '../../../proto/index.js'
import { MAX_LIST_ENTRIES } from '../constants.js'
import { CatalogInternalError } from '../errors.js'
import type { HandlerContext } from '../context.js'

export async function handleList (ctx: HandlerContext, _request: pb.CatalogListRequest.$Properties): Promise<void> {
  const entries = await ctx.components.catalogs.list({ signal: ctx.signal })
  if (entries.length > MAX_LIST_ENTRIES) {
    throw new CatalogInternalError(`storage listed ${entries.length} owners, over the limit of ${MAX_LIST_ENTRIES}`)
  }
  await ctx.channel.write(pb.CatalogResponse, {
    list: { entries: entries.map(e => ({ owner: e.owner, version: e.version, timeMs: e.timeMs })) }
  }, { signal: ctx.signal })
}
