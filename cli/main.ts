/**
 * cli/ — the `meshbackup` command. It parses arguments and prints; the work is
 * done by agent/ (through the agent's control API, or as a library for
 * ephemeral jobs such as the demo). Exit codes: 0 success, 1 a failed
 * operation, 2 bad usage, 70 a bug.
 */
import { Command, CommanderError } from 'commander'
import { Printer } from './printer.js'
import { agentCommand } from './commands/agent.js'
import { alertsCommand } from './commands/alerts.js'
import { backupCommand } from './commands/backup.js'
import { checkCommand } from './commands/check.js'
import { forgetCommand } from './commands/forget.js'
import { demoCommand } from './commands/demo.js'
import { dumpCommand } from './commands/dump.js'
import { initCommand } from './commands/init.js'
import { keyCommand } from './commands/key.js'
import { lsCommand } from './commands/ls.js'
import { meshCommand } from './commands/mesh.js'
import { restoreCommand } from './commands/restore.js'
import { snapshotsCommand } from './commands/snapshots.js'
import { runCommand } from './commands/run.js'
import { runsCommand } from './commands/runs.js'
import { drillCommand } from './commands/drill.js'
import { sourcesCommand } from './commands/sources.js'
import { statusCommand } from './commands/status.js'
import { walCommands } from './commands/wal.js'
import { pgCommand } from './commands/pg.js'
import { UserError } from './errors.js'
import { asSystemFailure } from '../agent/util/errno.js'
import { VERSION } from '../agent/version.js'


export async function main (argv: string[], printer = new Printer()): Promise<number> {
  const program = new Command()
  program
    .name('meshbackup')
    .description('Peer-to-peer backup mesh: chunked, deduplicated, encrypted, erasure-coded backups across your own servers')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => printer.out.write(s),
      writeErr: (s) => printer.err.write(s)
    })
  initCommand(program, printer)
  meshCommand(program, printer)
  agentCommand(program, printer)
  statusCommand(program, printer)
  alertsCommand(program, printer)
  backupCommand(program, printer)
  snapshotsCommand(program, printer)
  restoreCommand(program, printer)
  checkCommand(program, printer)
  forgetCommand(program, printer)
  lsCommand(program, printer)
  dumpCommand(program, printer)
  keyCommand(program, printer)
  demoCommand(program, printer)
  sourcesCommand(program, printer)
  runsCommand(program, printer)
  drillCommand(program, printer)
  runCommand(program, printer)
  walCommands(program, printer)
  pgCommand(program, printer)
  try {
    await program.parseAsync(argv)
    return 0
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2
    }
    if (err instanceof UserError) {
      if (err.message !== '') printer.error(err.message)
      return err.exitCode
    }
    // a full disk, a read-only mount, a permission: said in words (agent/util/errno.ts), not a bug
    const e = asSystemFailure(err) as Error
    // Named errors from the engines are user-facing; anything else is a bug.
    if (e.name !== 'Error' && e.name !== 'TypeError' && e.name !== 'ReferenceError') {
      printer.error(e.message)
      return 1
    }
    throw err
  }
}
