/** `meshbackup drill [SOURCE]`: a recovery drill through the local agent (agent/drill/), and `drills`: their history. */
import type { Command } from 'commander'
import type { DrillRecord, DrillRequest, DrillResponse, DrillsResponse } from '../../agent/control/api.js'
import { formatBytes } from '../../agent/util/format.js'
import { call } from '../control-client.js'
import { UserError } from '../errors.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import type { Printer } from '../printer.js'

/** Longest the CLI waits for a drill (a restore of the whole snapshot), in ms. */
const DRILL_WAIT_MS = 12 * 3600_000

/** A drill that failed or was slower than the objective (exit code 1). */
export class DrillFailedError extends UserError {
  override name = 'DrillFailedError'
}

function seconds (ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** The drill's outcome in lines of text. */
export function drillLines (r: DrillRecord): string[] {
  const objective = r.rtoObjectiveSeconds === null ? 'no objective' : `objective ${r.rtoObjectiveSeconds} s`
  const without = [...r.withoutSites.map(s => `site ${s}`), ...r.withoutPeers.map(p => `peer ${p.slice(0, 12)}`)]
  const lines = [
    `drill of ${r.source ?? 'the repository'}, snapshot ${r.snapshot?.slice(0, 8) ?? '-'}${without.length > 0 ? `, without ${without.join(', ')}` : ''}: ${r.result}`,
    `RTO measured ${r.rtoSeconds.toFixed(1)} s (${objective}); ${r.files} files, ${formatBytes(r.bytes)}, ${r.verified} verified against the snapshot`,
    `phases: index ${seconds(r.phases.indexMs)}, restore ${seconds(r.phases.restoreMs)} (shard reads ${seconds(r.phases.shardFetchMs)}, ${r.packDecodes} packs rebuilt from parity), validate ${seconds(r.phases.validateMs)}`
  ]
  for (const [site, bytes] of Object.entries(r.sites)) lines.push(`read from site ${site}: ${formatBytes(bytes)}`)
  for (const p of r.peers) lines.push(`  ${p.peer.slice(0, 16)} (${p.site}): ${p.reads} reads, ${formatBytes(p.bytes)}`)
  if (r.badShards > 0) lines.push(`${r.badShards} bad shards were read around and sent to repair`)
  if (r.kept) lines.push(`kept in ${r.scratch}`)
  if (r.error !== null) lines.push(`error: ${r.error}`)
  return lines
}

export function drillCommand (program: Command, printer: Printer): void {
  withPassphrase(withData(program.command('drill')
    .argument('[source]', 'the source whose snapshot to restore (default: the newest snapshot of any)')
    .description('a recovery drill: restore a snapshot into a scratch directory from the peers outside --without-site/--without-peer (those are not contacted), verify every file against the snapshot, time it against the source\'s RTO')
    .option('--snapshot <id>', 'snapshot id (or prefix), "latest" or "random"', 'latest')
    .option('--without-site <name>', 'rehearse the loss of this site: read nothing from its members (repeatable)', collect)
    .option('--without-peer <id>', 'read nothing from this member (id or unique prefix; repeatable)', collect)
    .option('--validate <command>', 'a shell command run in the restored tree; it must exit 0')
    .option('--keep', 'keep the restored tree (its path is printed)')
    .option('--json', 'print the drill record as JSON')))
    .action(async (source: string | undefined, opts: { data?: string, passphraseFile?: string, snapshot: string, withoutSite?: string[], withoutPeer?: string[], validate?: string, keep?: boolean, json?: boolean }) => {
      if (opts.snapshot !== 'latest' && opts.snapshot !== 'random' && !/^[0-9a-f]{4,64}$/i.test(opts.snapshot)) throw new UserError(`--snapshot: an id (at least 4 hex digits), "latest" or "random", not "${opts.snapshot}"`, 2)
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const r = await call<DrillResponse>(dataDirOf(opts), 'POST', '/v1/drill', {
        passphrase, source, snapshot: opts.snapshot, withoutSites: opts.withoutSite ?? [], withoutPeers: opts.withoutPeer ?? [], keep: opts.keep === true, validate: opts.validate
      } satisfies DrillRequest, DRILL_WAIT_MS)
      if (opts.json === true) printer.json(r)
      else for (const l of drillLines(r)) printer.line(l)
      if (r.result !== 'ok') throw new DrillFailedError(r.result === 'slow' ? `drill too slow: ${r.error ?? ''}` : `drill failed: ${r.error ?? 'unknown error'}`, 1)
    })

  withData(program.command('drills')
    .description('the recovery drill history, newest first')
    .option('--limit <n>', 'at most this many drills', '20')
    .option('--json', 'print JSON'))
    .action(async (opts: { data?: string, json?: boolean, limit: string }) => {
      if (!/^\d+$/.test(opts.limit) || Number(opts.limit) < 1) throw new UserError(`--limit must be a whole number ≥ 1, not "${opts.limit}"`, 2)
      const res = await call<DrillsResponse>(dataDirOf(opts), 'GET', `/v1/drills?limit=${opts.limit}`)
      if (opts.json === true) { printer.json(res); return }
      if (res.drills.length === 0) { printer.line('no drills yet'); return }
      printer.table(['STARTED', 'SOURCE', 'SNAPSHOT', 'WITHOUT', 'RTO', 'OBJECTIVE', 'RESULT'], res.drills.map(d => [
        new Date(d.startedMs).toISOString(), d.source ?? '-', d.snapshot?.slice(0, 8) ?? '-', [...d.withoutSites, ...d.withoutPeers.map(p => p.slice(0, 12))].join(',') || '-',
        `${d.rtoSeconds.toFixed(1)} s`, d.rtoObjectiveSeconds === null ? '-' : `${d.rtoObjectiveSeconds} s`, d.result
      ]))
    })
}
