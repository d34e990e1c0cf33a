/** `meshbackup backup PATH...`: back up through the local agent into the mesh. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { callStream } from '../control-client.js'
import { UserError } from '../errors.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../printer.js'
import type { Printer } from '../printer.js'

export function backupCommand (program: Command, printer: Printer): void {
  withPassphrase(withData(program.command('backup')
    .description('back up paths into the mesh (incremental by default)')
    .argument('<path...>', 'files or directories to back up')
    .option('--type <type>', 'incremental (vs the last snapshot), differential (vs the last full one) or full', 'incremental')
    .option('--tag <tag>', 'tag the snapshot (repeatable)', collect)
    .option('--degraded', 'back up even if the mesh cannot meet the placement policy; the snapshot is marked degraded')
    .option('--json', 'print the result as JSON')))
    .action(async (paths: string[], opts: { data?: string, type: string, tag?: string[], json?: boolean, passphraseFile?: string, degraded?: boolean }) => {
      if (!['incremental', 'differential', 'full'].includes(opts.type)) throw new UserError(`--type must be incremental, differential or full, not "${opts.type}"`, 2)
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const res = await callStream(dataDirOf(opts), 'POST', '/v1/backup', {
        paths: paths.map(p => resolve(p)), type: opts.type, tags: opts.tag ?? [], passphrase, degraded: opts.degraded === true
      }, ev => {
        if (ev.event === 'warning') printer.warn(String(ev.message))
      })
      if (opts.json === true) { printer.json(res); return }
      const snap = res.snapshot as { short: string, stats: Record<string, number> }
      const st = snap.stats
      printer.line(`snapshot ${snap.short} saved${(res.snapshot as { degraded?: boolean }).degraded === true ? ' (DEGRADED: placed without meeting every placement rule)' : ''}`)
      printer.line(`files: ${st.filesNew ?? 0} new, ${st.filesChanged ?? 0} changed, ${st.filesUnchanged ?? 0} unchanged`)
      printer.line(`read ${formatBytes(Number(st.bytesRead ?? 0))}, added ${formatBytes(Number(st.bytesAdded ?? 0))} after dedup and compression, sent ${formatBytes(Number(st.bytesStored ?? 0))} with parity`)
    })
}
