/** `meshbackup restore SNAPSHOT|latest --target DIR`: restore through the local agent from the mesh. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { callStream } from '../control-client.js'
import { UserError } from '../errors.js'
import { dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../printer.js'
import type { Printer } from '../printer.js'

export function restoreCommand (program: Command, printer: Printer): void {
  withPassphrase(withData(program.command('restore')
    .description('restore a snapshot (or "latest") into an empty directory')
    .argument('<snapshot>', 'snapshot id (or unique prefix) or "latest"')
    .requiredOption('--target <dir>', 'directory to restore into (new or empty)')
    .option('--path <path>', 'restore only this path of the snapshot')
    .option('--at <time>', 'point in time: the newest snapshot at or before TIME (ISO 8601)')
    .option('--json', 'print the result as JSON')))
    .action(async (snapshot: string, opts: { data?: string, target: string, path?: string, at?: string, json?: boolean, passphraseFile?: string }) => {
      if (opts.at !== undefined && Number.isNaN(new Date(opts.at).getTime())) throw new UserError(`--at: "${opts.at}" is not a time (use ISO 8601, e.g. 2026-11-24T18:00:00Z)`, 2)
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const res = await callStream(dataDirOf(opts), 'POST', '/v1/restore', {
        snapshot, target: resolve(opts.target), path: opts.path, at: opts.at, passphrase
      }, () => {})
      if (opts.json === true) { printer.json(res); return }
      const snap = res.snapshot as { short: string }
      printer.line(`restored snapshot ${snap.short}: ${String(res.files)} files, ${formatBytes(Number(res.bytes))} into ${resolve(opts.target)}`)
      const failures = res.shardFailures as string[]
      if (failures.length > 0) printer.line(`${failures.length} shards were missing or bad and were rebuilt around (${Number(res.packDecodes)} packs decoded from parity)`)
    })
}
