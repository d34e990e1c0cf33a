/** `meshbackup agent`: run the daemon in the foreground (systemd style). */
import type { Command } from 'commander'
import type { Agent } from '../../agent/agent.js'
import { ConfigError } from '../../agent/config.js'
import { UserError } from '../errors.js'
import { collect, dataDirOf, withData } from '../options.js'
import type { Printer } from '../printer.js'

export function agentCommand (program: Command, printer: Printer): void {
  withData(program.command('agent')
    .description('run the agent in the foreground; stops cleanly on SIGINT/SIGTERM')
    .option('--bootstrap <multiaddr>', 'an address to dial at start (repeatable)', collect)
    .option('--repair-grace <seconds>', 'repair a peer\'s shards after it has been down this long'))
    .action(async (opts: { data?: string, bootstrap?: string[], repairGrace?: string }) => {
      const grace = opts.repairGrace === undefined ? undefined : Number(opts.repairGrace)
      if (grace !== undefined && (!Number.isInteger(grace) || grace < 0)) throw new UserError('--repair-grace must be a whole number of seconds', 2)
      let agent: Agent
      try {
        // loaded here, not at start-up: libp2p and the agent take ~0.4 s to import, which every other command would pay
        const { Agent } = await import('../../agent/agent.js')
        agent = await Agent.start({ dataDir: dataDirOf(opts), bootstrap: opts.bootstrap, repairGraceSeconds: grace })
      } catch (err) {
        if (err instanceof ConfigError || (err as Error).name !== 'Error') throw new UserError((err as Error).message)
        throw err
      }
      printer.line(`agent ${agent.peerId} running; listening on ${agent.addrs().join(' ')}`)
      const stop = (): void => { void agent.stop() }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      await agent.stopped
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
    })
}
