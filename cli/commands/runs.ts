/** `meshbackup runs [SOURCE] [--json] [--limit N]`: the run history, newest first. */
import type { Command } from 'commander'
import type { RunsResponse } from '../../agent/control/api.js'
import { call } from '../control-client.js'
import { UserError } from '../errors.js'
import { dataDirOf, withData } from '../options.js'
import type { Printer } from '../printer.js'
import { RUN_HEADERS, runRow } from './sources.js'

export function runsCommand (program: Command, printer: Printer): void {
  withData(program.command('runs')
    .argument('[source]', 'only this source')
    .description('the run history of this agent\'s sources, newest first')
    .option('--limit <n>', 'at most this many runs', '50')
    .option('--json', 'print JSON'))
    .action(async (source: string | undefined, opts: { data?: string, json?: boolean, limit: string }) => {
      if (!/^\d+$/.test(opts.limit) || Number(opts.limit) < 1) throw new UserError(`--limit must be a whole number ≥ 1, not "${opts.limit}"`, 2)
      const q = new URLSearchParams({ limit: opts.limit })
      if (source !== undefined) q.set('source', source)
      const res = await call<RunsResponse>(dataDirOf(opts), 'GET', `/v1/runs?${q.toString()}`)
      if (opts.json === true) { printer.json(res); return }
      if (res.runs.length === 0) { printer.line('no runs yet'); return }
      printer.table(RUN_HEADERS, res.runs.map(runRow))
    })
}
