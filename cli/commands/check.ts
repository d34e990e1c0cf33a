/** `meshbackup check [--read-data]`: verify placements and shards; `meshbackup repair`: repair now. */
import type { Command } from 'commander'
import type { CheckRequest, CheckResponse, RepairRequest, RepairResponse } from '../../agent/control/api.js'
import { call, callStream } from '../control-client.js'
import { UserError } from '../errors.js'
import { dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'


export function checkCommand (program: Command, printer: Printer): void {
  withData(program.command('check')
    .description('check every pack\'s placement and audit every shard (a random block of each; --read-data fetches and verifies all of it); bad shards are repaired')
    .option('--read-data', 'fetch and verify every shard of every pack')
    .option('--json', 'print JSON'))
    .action(async (opts: { data?: string, readData?: boolean, json?: boolean }) => {
      const res = await callStream<CheckResponse>(dataDirOf(opts), 'POST', '/v1/check', { readData: opts.readData === true } satisfies CheckRequest, () => {})
      if (opts.json === true) printer.json(res)
      else {
        printer.line(`${res.mode}: ${res.packs} packs, ${res.shards} shards, ${res.ok} good${res.bytesRead > 0 ? `, ${formatBytes(res.bytesRead)} read and verified` : ''}`)
        if (res.problems.length > 0) {
          printer.table(['pack', 'shard', 'peer', 'problem'], res.problems.map(p => [p.pack.slice(0, 16), p.index, p.peer.slice(0, 20), p.problem]))
        }
      }
      if (res.problems.some(p => p.problem !== 'unreachable')) throw new UserError(`${res.problems.length} problems found (bad shards are being repaired)`, 3)
    })
  withPassphrase(withData(program.command('repair')
    .description('run repair now (it also runs on its own): rebuild lost or bad shards and collect surplus ones; with a passphrase (--passphrase-file or $MESHBACKUP_PASSPHRASE; never prompted) the new placements are also written to an index segment at once')
    .option('--json', 'print JSON')))
    .action(async (opts: { data?: string, json?: boolean, passphraseFile?: string }) => {
      // Repair itself needs no key; the passphrase is only used when given.
      const given = opts.passphraseFile !== undefined || (process.env.MESHBACKUP_PASSPHRASE ?? '') !== ''
      const body = given ? { passphrase: await getPassphrase({ file: opts.passphraseFile }) } : {}
      const st = await call<RepairResponse>(dataDirOf(opts), 'POST', '/v1/repair', body satisfies RepairRequest, 600_000)
      if (opts.json === true) printer.json(st)
      else printer.line(`repair: ${st.repairedPacks} packs (${st.repairedShards} shards) rebuilt so far, ${st.failedPacks} failed, ${st.surplus} surplus shards waiting${st.lastError !== null ? `; last error: ${st.lastError}` : ''}`)
    })
}
