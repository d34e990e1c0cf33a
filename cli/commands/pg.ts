/** `meshbackup pg backup --pgdata DIR [--connect URL]`: a hot base backup of the cluster in config.yaml's pg: section. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { PG_BACKUP_PATH } from '../../agent/control/api.js'
import type { PgBackupRequest, PgBackupResponse } from '../../agent/control/api.js'
import { callStream } from '../control-client.js'
import { dataDirOf, withData } from '../options.js'
import type { Printer } from '../printer.js'

export function pgCommand (program: Command, printer: Printer): void {
  const pg = program.command('pg').description('PostgreSQL: hot base backups (WAL: wal-push / wal-fetch)')
  withData(pg.command('backup')
    .description('a hot base backup of a running cluster (pg_backup_start / pg_backup_stop on one connection; the data directory without pg_wal/, postmaster.pid and temp files)')
    .requiredOption('--pgdata <dir>', 'the cluster\'s data directory')
    .option('--connect <url>', 'connection string (postgresql://user@/db?host=/run/postgresql)', 'postgresql:///postgres?host=/var/run/postgresql')
    .option('--json', 'the base backup record as JSON'))
    .action(async (opts: { pgdata: string, connect: string, json?: boolean, data?: string }) => {
      const res = await callStream<PgBackupResponse>(dataDirOf(opts), 'POST', PG_BACKUP_PATH, { pgdata: resolve(opts.pgdata), connect: opts.connect } satisfies PgBackupRequest, () => {})
      if (opts.json === true) { printer.json(res); return }
      printer.ok(`base backup ${res.record.slice(0, 8)} of cluster ${res.cluster}: ${res.startLsn} .. ${res.stopLsn} on timeline ${res.timeline} (WAL ${res.startWalFile} .. ${res.stopWalFile})`)
    })
}
