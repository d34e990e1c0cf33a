import { describe, expect, it } from 'vitest'
import { excludedFromBase } from './base-backup.js'

describe('what a base backup leaves out of the data directory', () => {
  it('leaves out pg_wal/ contents, the pid file, labels, signals and temp files, and keeps the rest', () => {
    for (const p of ['postmaster.pid', 'postmaster.opts', 'backup_label', 'recovery.signal', 'standby.signal', 'pg_wal/000000010000000000000001', 'pg_wal/archive_status', 'pg_replslot/s1', 'pg_stat_tmp/db.stat', 'base/pgsql_tmp', 'base/5/pgsql_tmp1.0']) {
      expect(excludedFromBase(p, false), p).toBe(true)
    }
    expect(excludedFromBase('base/16384/pg_internal.init', false)).toBe(true)
    for (const p of ['pg_wal', 'PG_VERSION', 'global/pg_control', 'base/5/1259', 'postgresql.conf', 'pg_xact/0000', 'base/5/backup_label']) {
      expect(excludedFromBase(p, p === 'pg_wal'), p).toBe(false)
    }
  })
})
