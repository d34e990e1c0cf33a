/** `meshbackup pg backup --pgdata DIR [--connect URL]`: a hot base backup of the cluster in config.yaml's pg: section. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { PG_BACKUP_PATH, PG_CHECK_PATH, PG_RESTORE_PATH } from '../../agent/control/api.js'
import type { PgBackupRequest, PgBackupResponse, PgCheckRequest, PgCheckResponse, PgRestoreRequest, PgRestoreResponse } from '../../agent/control/api.js'
import { call, callStream } from '../control-client.js'
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

  withData(pg.command('restore')
    .description('restore the newest base backup that ended before --to into a new data directory, with the recovery settings (restore_command, recovery_target_time, promote, recovery.signal); start the server on it to recover')
    .requiredOption('--to <time>', 'a time (ISO 8601) or "latest"')
    .requiredOption('--target <dir>', 'a new (empty or absent) data directory')
    .option('--restore-command <cmd>', 'restore_command for the server (default: meshbackup wal-fetch over pg.socket)')
    .option('--json', 'the result as JSON'))
    .action(async (opts: { to: string, target: string, restoreCommand?: string, json?: boolean, data?: string }) => {
      const res = await callStream<PgRestoreResponse>(dataDirOf(opts), 'POST', PG_RESTORE_PATH, { to: opts.to, target: resolve(opts.target), restoreCommand: opts.restoreCommand } satisfies PgRestoreRequest, () => {})
      if (opts.json === true) { printer.json(res); return }
      printer.ok(`base backup ${res.record.slice(0, 8)} (${res.startLsn} .. ${res.stopLsn}) restored into ${res.target}; recovery ${res.recoveryTargetTime === undefined ? 'replays every archived WAL file' : `stops at ${res.recoveryTargetTime}`} and promotes when the server starts`)
    })

  withData(pg.command('check')
    .description('force a WAL switch on the server and wait until that WAL file is archived in the mesh')
    .option('--connect <url>', 'connection string (postgresql://user@/db?host=/run/postgresql)', 'postgresql:///postgres?host=/var/run/postgresql')
    .option('--json', 'the result as JSON'))
    .action(async (opts: { connect: string, json?: boolean, data?: string }) => {
      const res = await call<PgCheckResponse>(dataDirOf(opts), 'POST', PG_CHECK_PATH, { connect: opts.connect } satisfies PgCheckRequest, 120_000)
      if (opts.json === true) { printer.json(res); return }
      printer.ok(`${res.walFile} archived ${res.seconds.toFixed(1)} s after the WAL switch`)
    })
}
