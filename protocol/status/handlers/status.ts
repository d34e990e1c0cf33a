/** status: StatusRequest (empty) → the components' getStatus(), checked against the limits → status. */
import { pb } from '../../../proto/index.js'
import { StatusInternalError } from '../errors.js'
import { fromAgentStatus } from '../status.js'
import type { HandlerContext } from '../context.js'

export async function handleStatus (ctx: HandlerContext, _request: pb.StatusRequest): Promise<void> {
  const fields = await ctx.components.getStatus()
  const status = fromAgentStatus(fields, (m) => new StatusInternalError(`own status out of limits: ${m}`))
  await ctx.channel.write(pb.StatusResponse, { status }, { signal: ctx.signal })
}
