/**
 * `meshbackup forget`: remove snapshots by a keep policy (restic's --keep-*
 * options, per host and paths group) or by id, and with --prune free the packs
 * no snapshot needs any more on every peer. `meshbackup prune` does the latter
 * alone.
 */
import type { Command } from 'commander'
import type { ForgetRequestBody, ForgetResponse, PruneResult } from '../../agent/control/api.js'
import { ForgetPolicyError, MAX_KEEP, parseDuration } from '../../agent/prune/retention.js'
import { callStream } from '../control-client.js'
import { UserError } from '../errors.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'

interface ForgetOpts {
  data?: string
  passphraseFile?: string
  keepLast?: string
  keepHourly?: string
  keepDaily?: string
  keepWeekly?: string
  keepMonthly?: string
  keepYearly?: string
  keepWithin?: string
  keepTag?: string[]
  host?: string[]
  path?: string[]
  tag?: string[]
  prune?: boolean
  dryRun?: boolean
  repackUnused?: string
  json?: boolean
}

const KEEPS = [['last', 'keepLast'], ['hourly', 'keepHourly'], ['daily', 'keepDaily'], ['weekly', 'keepWeekly'], ['monthly', 'keepMonthly'], ['yearly', 'keepYearly']] as const

/** A --keep-* count: a whole number ≥ 0, or "unlimited" (-1, restic's spelling). */
function count (flag: string, v: string): number {
  if (v === 'unlimited') return -1
  if (!/^\d+$/.test(v) || Number(v) > MAX_KEEP) throw new UserError(`--keep-${flag} must be a whole number from 0 to ${MAX_KEEP} or "unlimited", not "${v}"`, 2)
  return Number(v)
}

/** A tag list "a,b": snapshots with both a and b. */
function tagList (v: string): string[] {
  return v.split(',').map(t => t.trim())
}

function repackShare (v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(v.trim())
  const n = m === null ? Number.NaN : Number(m[1])
  if (!(n >= 0 && n <= 100)) throw new UserError(`--repack-unused must be a percentage between 0 and 100, not "${v}"`, 2)
  return n / 100
}

function localTime (iso: string): string {
  return new Date(iso).toLocaleString('sv-SE') // YYYY-MM-DD hh:mm:ss, local time like restic
}

function printPrune (printer: Printer, p: PruneResult): void {
  const would = p.dryRun ? 'would ' : ''
  printer.line(`prune${p.dryRun ? ' (dry run)' : ''}: ${p.packs} packs, ${p.snapshots} snapshots remain`)
  const orphans = (): void => {
    if (p.orphanShards > 0) printer.line(`${would}delete ${p.orphanShards} orphaned shards (sent by a backup that was interrupted before its pack was indexed)`)
    if (p.peersNotListed.length > 0) printer.warn(`${p.peersNotListed.length} peers could not be searched for orphaned shards (not reachable): the next prune looks again`)
  }
  if (p.packsDeleted + p.packsRewritten === 0 && p.shardsDeleted === 0 && p.orphanShards === 0) {
    printer.line(`nothing to prune (${formatBytes(p.bytesUnusedBefore)} unused in packs that are mostly used)`)
    orphans()
    return
  }
  orphans()
  if (p.packsDeleted + p.packsRewritten === 0) {
    if (!p.dryRun) printer.line(`${p.shardsDeleted} shards deleted on the peers`)
    if (!p.dryRun && p.shardsPending > 0) printer.warn(`${p.shardsPending} shards sit on peers that could not be reached: the next prune deletes them`)
    return
  }
  printer.table(['packs', 'count', 'data'], [
    [`${would}delete (unused)`, p.packsDeleted, ''],
    [`${would}rewrite (mostly unused)`, p.packsRewritten, `${formatBytes(p.bytesRepacked)} still used, repacked (${p.blobsRepacked} blobs)`],
    ['keep', p.packsKept, '']
  ])
  printer.line(`${would}free ${formatBytes(p.bytesFreed)} on the peers (with parity); unused data ${formatBytes(p.bytesUnusedBefore)} before, ${formatBytes(p.bytesUnusedAfter)} after`)
  if (!p.dryRun) {
    printer.line(`stored ${formatBytes(p.bytesAdded)} of new packs (with parity, ${p.indexPacks} index packs); ${p.shardsDeleted} shards deleted on the peers`)
    if (p.shardsPending > 0) printer.warn(`${p.shardsPending} shards sit on peers that could not be reached: the next prune deletes them`)
  }
}

async function run (printer: Printer, opts: ForgetOpts, body: Omit<ForgetRequestBody, 'passphrase' | 'dryRun' | 'repackUnused'>): Promise<void> {
  const passphrase = await getPassphrase({ file: opts.passphraseFile })
  const res = await callStream<ForgetResponse>(dataDirOf(opts), 'POST', '/v1/forget', { ...body, passphrase, dryRun: opts.dryRun === true, repackUnused: repackShare(opts.repackUnused) } satisfies ForgetRequestBody, () => {})
  if (opts.json === true) { printer.json(res); return }
  for (const g of res.groups) {
    if (g.host !== '' || g.paths.length > 0) printer.line(`snapshots for host ${g.host}, paths ${g.paths.join(' ')}:`)
    if (g.keep.length > 0) {
      printer.line(`keep ${g.keep.length} snapshots:`)
      printer.table(['id', 'time', 'host', 'tags', 'reasons', 'paths'], g.keep.map(s => [s.short, localTime(s.time), s.host, s.tags.join(','), (s.reasons ?? []).join(', '), s.paths.join(' ')]))
      printer.line()
    }
    if (g.remove.length > 0) {
      printer.line(`${res.dryRun ? 'would remove' : 'removed'} ${g.remove.length} snapshots:`)
      printer.table(['id', 'time', 'host', 'tags', 'paths'], g.remove.map(s => [s.short, localTime(s.time), s.host, s.tags.join(','), s.paths.join(' ')]))
      printer.line()
    }
  }
  if (body.pruneOnly !== true && res.removed === 0) printer.line('no snapshots removed')
  if (res.prune !== undefined) printPrune(printer, res.prune)
}

export function forgetCommand (program: Command, printer: Printer): void {
  const cmd = withPassphrase(withData(program.command('forget')
    .description('remove snapshots by a keep policy (per host and paths, like restic) or by id; --prune then frees the data no snapshot needs')
    .argument('[snapshot...]', 'snapshot ids (or unique prefixes) to remove instead of a policy')))
  for (const [name] of KEEPS) cmd.option(`--keep-${name} <n>`, `keep the last n ${name === 'last' ? '' : name + ' '}snapshots ("unlimited": all)`)
  cmd
    .option('--keep-within <duration>', 'keep snapshots newer than the newest one minus this duration (e.g. 7d, 1y2m, 36h)')
    .option('--keep-tag <tags>', 'keep snapshots with all these tags (a,b; repeatable)', collect)
    .option('--host <host>', 'only consider snapshots of this host (repeatable)', collect)
    .option('--path <path>', 'only consider snapshots that include this path (repeatable)', collect)
    .option('--tag <tags>', 'only consider snapshots with all these tags (a,b; repeatable: any of the lists)', collect)
    .option('--prune', 'then delete the packs no snapshot needs from every peer, and rewrite mostly unused ones')
    .option('--repack-unused <percent>', 'with --prune: rewrite packs with more than this share unused (default 50%)')
    .option('--dry-run', 'only show what would be removed and freed')
    .option('--json', 'print JSON')
    .action(async (ids: string[], opts: ForgetOpts) => {
      const policy: NonNullable<ForgetRequestBody['policy']> = {}
      for (const [name, key] of KEEPS) if (opts[key] !== undefined) policy[name] = count(name, opts[key] as string)
      if (opts.keepWithin !== undefined) {
        try { parseDuration(opts.keepWithin) } catch (err) { throw new UserError(`--keep-within: ${(err as ForgetPolicyError).message}`, 2) }
        policy.within = opts.keepWithin
      }
      if (opts.keepTag !== undefined) policy.tags = opts.keepTag.map(tagList)
      const hasPolicy = Object.entries(policy).some(([k, v]) => k === 'within' || k === 'tags' || v !== 0)
      if (ids.length > 0 && hasPolicy) throw new UserError('give either snapshot ids or --keep-* options, not both', 2)
      if (ids.length === 0 && !hasPolicy) throw new UserError('no policy was specified, no snapshots will be removed (give --keep-* options or snapshot ids)', 2)
      for (const id of ids) if (!/^[0-9a-f]{4,64}$/i.test(id)) throw new UserError(`"${id}" is not a snapshot id (hex, at least 4 digits)`, 2)
      const filter = { hosts: opts.host, paths: opts.path, tags: opts.tag?.map(tagList) }
      await run(printer, opts, { policy, ids, filter, prune: opts.prune === true })
    })

  withPassphrase(withData(program.command('prune')
    .description('delete the packs no snapshot needs from every peer that holds their shards, and rewrite mostly unused ones')
    .option('--repack-unused <percent>', 'rewrite packs with more than this share unused (default 50%)')
    .option('--dry-run', 'only show what would be deleted and freed')
    .option('--json', 'print JSON')))
    .action(async (opts: ForgetOpts) => {
      await run(printer, opts, { pruneOnly: true })
    })
}
