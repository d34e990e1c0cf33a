/** `meshbackup run SOURCE [--json]`: run a configured source now (queued behind a run under way); exits 1 when the run failed. */
import type { Command } from 'commander'
import type { RunRequest, RunResponse } from '../../agent/control/api.js'
import { callStream } from '../control-client.js'
import { UserError } from '../errors.js'
import { dataDirOf, withData } from '../options.js'
import type { Printer } from '../printer.js'
import { RUN_HEADERS, runRow } from './sources.js'

export function runCommand (program: Command, printer: Printer): void {
  withData(program.command('run')
    .argument('<source>', 'a source of config.yaml (see meshbackup sources)')
    .description('run a source now, as its schedule would (hooks, retention, catalog); waits for it')
    .option('--json', 'print the run record as JSON'))
    .action(async (source: string, opts: { data?: string, json?: boolean }) => {
      const r = await callStream<RunResponse>(dataDirOf(opts), 'POST', '/v1/run', { source } satisfies RunRequest, e => {
        if (e.event === 'queued' && opts.json !== true) printer.step(`running ${source}`)
      })
      if (opts.json === true) printer.json(r)
      else printer.table(RUN_HEADERS, [runRow(r)])
      if (r.result !== 'success') throw new UserError(`run ${r.seq} of ${source} failed: ${r.error ?? r.result}`)
    })
}
