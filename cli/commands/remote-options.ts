/**
 * The `--from ADDR --mesh TOKEN --owner ID` options of the fresh-machine
 * commands (the token also from `--mesh-file FILE` or MESHBACKUP_TOKEN). Kept
 * apart from remote.ts, whose engine (libp2p, the recovery code) is imported
 * only when such a command runs: every CLI start would otherwise pay ~0.4 s of
 * imports.
 */
import type { Command } from 'commander'
import { UserError } from '../errors.js'
import { getToken, hasToken } from '../token.js'

export interface RemoteOptions {
  from?: string
  mesh?: string
  meshFile?: string
  owner?: string
  passphraseFile?: string
}

/** Add `--from`, `--mesh`, `--mesh-file` and `--owner` to a command. */
export function withRemote (cmd: Command): Command {
  return cmd
    .option('--from <multiaddr>', 'read from the mesh through this member (a fresh machine: no data directory or agent needed)')
    .option('--mesh <token>', 'with --from: the mesh invite token (meshbackup mesh invite on any live agent); visible to other local users, prefer --mesh-file')
    .option('--mesh-file <file>', 'with --from: read the invite token from the first line of FILE (else --mesh, else $MESHBACKUP_TOKEN)')
    .option('--owner <id>', 'with --from: whose backups: the owner\'s peer id or host name')
}

/**
 * Is this a fresh-machine command (--from, --owner, --mesh or --mesh-file
 * given)? Checks that the three come together; the token may also come from
 * MESHBACKUP_TOKEN.
 */
export function isRemote (opts: RemoteOptions, env: NodeJS.ProcessEnv = process.env): boolean {
  if ([opts.from, opts.owner, opts.mesh, opts.meshFile].every(v => v === undefined)) return false
  if (opts.from === undefined || opts.owner === undefined || !hasToken({ arg: opts.mesh, file: opts.meshFile, env })) {
    throw new UserError('--from, --mesh and --owner go together (the address of a live member, the invite token — or --mesh-file FILE, or $MESHBACKUP_TOKEN — and the owner\'s peer id or host name)', 2)
  }
  return true
}

/** The invite token of a fresh-machine command (see cli/token.ts for the order). */
export async function remoteToken (opts: RemoteOptions, warn: (text: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const token = await getToken({ arg: opts.mesh, file: opts.meshFile, option: '--mesh', env, warn })
  if (token === undefined) throw new UserError('no invite token: give --mesh-file FILE (or set $MESHBACKUP_TOKEN)', 2)
  return token
}
