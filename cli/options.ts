/** Options shared by the commands. */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'

export interface DataOption { data?: string }

/** `--data DIR`, else $MESHBACKUP_DATA, else ~/.meshbackup. */
export function dataDirOf (opts: DataOption): string {
  return resolve(opts.data ?? process.env.MESHBACKUP_DATA ?? join(homedir(), '.meshbackup'))
}

export function withData (cmd: Command): Command {
  return cmd.option('--data <dir>', 'agent data directory (default: $MESHBACKUP_DATA, then ~/.meshbackup)')
}

export function withPassphrase (cmd: Command): Command {
  return cmd.option('--passphrase-file <file>', 'read the repository passphrase from the first line of FILE (else $MESHBACKUP_PASSPHRASE, else a prompt)')
}

export function collect (value: string, previous: string[] = []): string[] {
  return [...previous, value]
}
