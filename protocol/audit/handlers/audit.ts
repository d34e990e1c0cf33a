/**
 * audit: AuditRequest (ref, block) → the storage reads the block →
 * ok + the header as held + the block's bytes, or ok = false when the shard
 * is not held. The holder checks nothing: the auditor verifies.
 */
import { pb } from '../../../proto/index.js'
import { MAX_HEADER_BYTES } from '../constants.js'
import { AuditInternalError } from '../errors.js'
import { toAuditRequest } from '../ref.js'
import type { HandlerContext } from '../context.js'

export async function handleAudit (ctx: HandlerContext, request: pb.AuditRequest): Promise<void> {
  const { ref, block } = toAuditRequest(request)
  const held = await ctx.components.readBlock(ref, block, { signal: ctx.signal })
  if (held == null) {
    ctx.log('audit of shard %d of %s: not held', ref.index, ref.owner)
    await ctx.channel.write(pb.AuditResponse, { ok: false }, { signal: ctx.signal })
    return
  }
  if (held.header.byteLength > MAX_HEADER_BYTES || held.data.byteLength > ctx.settings.maxBlockBytes) {
    throw new AuditInternalError(`storage returned a ${held.header.byteLength}-byte header and a ${held.data.byteLength}-byte block, over the limits`)
  }
  await ctx.channel.write(pb.AuditResponse, { ok: true, header: held.header, blockData: held.data }, { signal: ctx.signal })
}
