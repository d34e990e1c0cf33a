/**
 * The `--from ADDR --mesh TOKEN --owner ID` options of the fresh-machine
 * commands. Kept apart from remote.ts, whose engine (libp2p, the recovery
 * code) is imported only when such a command runs: every CLI start would
 * otherwise pay ~0.4 s of imports.
 */
import type { Command } from 'commander'
import { UserError } from '../errors.js'

export interface RemoteOptions {
  from?: string
  mesh?: string
  owner?: string
  passphraseFile?: string
}

/** Add `--from`, `--mesh` and `--owner` to a command. */
export function withRemote (cmd: Command): Command {
  return cmd
    .option('--from <multiaddr>', 'read from the mesh through this member (a fresh machine: no data directory or agent needed)')
    .option('--mesh <token>', 'with --from: the mesh invite token (meshbackup mesh invite on any live agent)')
    .option('--owner <id>', 'with --from: whose backups: the owner\'s peer id or host name')
}

/** Is this a fresh-machine command (--from given)? Checks that the three options come together. */
export function isRemote (opts: RemoteOptions): boolean {
  const given = [opts.from, opts.mesh, opts.owner].filter(v => v !== undefined).length
  if (given === 0) return false
  if (given < 3) throw new UserError('--from, --mesh and --owner go together (the address of a live member, the invite token, and the owner\'s peer id or host name)', 2)
  return true
}
