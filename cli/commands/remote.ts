/**
 * Commands on a fresh machine, straight from the mesh (no data directory, no
 * running agent): `snapshots` and `restore` with `--from ADDR --mesh TOKEN
 * --owner ID`, and `init --recover`. The work is in agent/recover; this file
 * parses, asks for the passphrase, cleans up on exit and on failure, prints.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { snapshotJson } from '../../agent/control/views.js'
import { findSnapshot, listSnapshots } from '../../agent/snapshot/snapshots.js'
import { DEFAULT_CONFIG, checkLabel, checkMultiaddr, parseSize, saveConfig } from '../../agent/config.js'
import { createIdentity } from '../../agent/identity.js'
import { decodeInvite, saveMembership } from '../../agent/mesh/membership.js'
import { RemoteRepository } from '../../agent/recover/index.js'
import { restore } from '../../agent/restore/restorer.js'
import type { OverwriteMode } from '../../agent/restore/overwrite.js'
import { restoreResponse } from '../../agent/control/routes/restore.js'
import { snapshotFilterOf } from '../../agent/control/routes/snapshots.js'
import { printRestore } from './restore.js'
import { UserError } from '../errors.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'
import { isRemote, remoteToken } from './remote-options.js'
import { filterOf, filterSnapshots } from './snapshots.js'
import type { FilterFlags } from './snapshots.js'
import type { RemoteOptions } from './remote-options.js'

/**
 * Open the owner's repository from the mesh, run `fn` on it, clean up. Ctrl-C
 * (or SIGTERM) aborts the work and still removes the temporary index.
 */
async function withRemoteRepository<T> (opts: RemoteOptions, printer: Printer, fn: (remote: RemoteRepository, signal: AbortSignal) => Promise<T>, extra: { dir?: string, full?: boolean, token?: string } = {}): Promise<T> {
  const { token: given, ...more } = extra
  const token = given ?? await remoteToken(opts, t => { printer.warn(t) })
  // a damaged token or address is a usage error, found before the passphrase is asked for
  try { decodeInvite(token) } catch (err) { throw new UserError(`--mesh: ${(err as Error).message}`, 2) }
  try { checkMultiaddr(opts.from, '--from') } catch (err) { throw new UserError((err as Error).message, 2) }
  const passphrase = await getPassphrase({ file: opts.passphraseFile })
  const ac = new AbortController()
  const stop = (): void => { ac.abort(new UserError('interrupted', 130)) }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    const remote = await RemoteRepository.open({
      from: opts.from as string,
      token,
      owner: opts.owner as string,
      passphrase,
      signal: ac.signal,
      log: (m) => { printer.err.write(`${m}\n`) },
      ...more
    })
    try {
      return await fn(remote, ac.signal)
    } catch (err) {
      throw remote.explain(err)
    } finally {
      await remote.close()
    }
  } catch (err) {
    if (ac.signal.aborted) throw ac.signal.reason
    throw err
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}

/** `snapshots --from ... --mesh ... --owner ...` */
export async function remoteSnapshots (opts: RemoteOptions & { json?: boolean, path?: string[], tag?: string[] }, printer: Printer): Promise<void> {
  const all = await withRemoteRepository(opts, printer, async remote => (await listSnapshots(remote.repo)).map(snapshotJson))
  const list = filterSnapshots(all, opts)
  if (opts.json === true) { printer.json(list); return }
  printer.table(['id', 'time', 'type', 'size', 'host', 'paths'], list.map(s => [s.short, s.time, s.type, formatBytes(s.stats.bytesTotal ?? 0), s.host, s.paths.join(' ')]))
}

/** `restore SNAPSHOT --target DIR --from ... --mesh ... --owner ...` */
export async function remoteRestore (snapshot: string, opts: RemoteOptions & FilterFlags & { target: string, path?: string, at?: string, json?: boolean, numericOwner?: boolean, overwrite?: string, delete?: boolean, include?: string[], exclude?: string[], dryRun?: boolean, verify?: boolean }, printer: Printer): Promise<void> {
  const target = resolve(opts.target)
  const filter = snapshotFilterOf({ filter: filterOf({ host: opts.host, tag: opts.tag, snapshotPath: opts.snapshotPath }) })
  const res = await withRemoteRepository(opts, printer, async (remote, signal) => {
    const snap = await findSnapshot(remote.repo, snapshot, { at: opts.at === undefined ? undefined : new Date(opts.at), filter })
    const failures: string[] = []
    const dryRun = opts.dryRun === true
    const r = await restore(remote.repo, snap, {
      target,
      subPath: opts.path,
      numericOwner: opts.numericOwner === true,
      overwrite: opts.overwrite as OverwriteMode | undefined,
      delete: opts.delete === true,
      includes: opts.include ?? [],
      excludes: opts.exclude ?? [],
      dryRun,
      verify: opts.verify === true,
      signal,
      events: { onShardFailure: ({ index, store, error }) => { failures.push(`${store} shard ${index}: ${error.message}`) } }
    })
    return { ...restoreResponse(snap, r, failures, dryRun), owner: remote.owner }
  })
  printRestore(printer, res, target, opts, ` of ${res.owner}`)
}

/**
 * `init --recover --data DIR --from ... --mesh ... --owner ...`: re-create a
 * lost agent with its old identity, keys and index, from the mesh.
 */
export async function recoverInit (dir: string, opts: RemoteOptions & { site?: string, media?: string, capacity?: string, listen?: string[], json?: boolean }, printer: Printer): Promise<void> {
  if (!isRemote(opts)) throw new UserError('init --recover needs --from ADDR, --mesh-file FILE (or --mesh TOKEN, or $MESHBACKUP_TOKEN) and --owner ID', 2)
  const wrap = <T>(fn: () => T): T => { try { return fn() } catch (err) { throw new UserError((err as Error).message, 2) } }
  const capacity = wrap(() => parseSize(opts.capacity ?? '100GiB', '--capacity'))
  const listen = (opts.listen ?? DEFAULT_CONFIG.listen).map((a, i) => wrap(() => checkMultiaddr(a, `--listen[${i}]`)))
  const site = opts.site === undefined ? undefined : wrap(() => checkLabel(opts.site, '--site'))
  const media = opts.media === undefined ? undefined : wrap(() => checkLabel(opts.media, '--media'))
  const token = await remoteToken(opts, t => { printer.warn(t) })
  const invite = wrap(() => decodeInvite(token))
  let existed = true
  try {
    const entries = await readdir(dir)
    if (entries.length > 0) throw new UserError(`${dir} is not empty; init --recover needs an empty or new directory (nothing changed)`)
  } catch (err) {
    if (err instanceof UserError) throw err
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot use ${dir}: ${(err as Error).message}`)
    existed = false
  }
  await mkdir(dir, { recursive: true, mode: 0o700 })
  if (((await stat(dir)).mode & 0o077) !== 0) printer.warn(`${dir} is readable by other users; chmod 700 it`)
  try {
    const out = await withRemoteRepository(opts, printer, async remote => {
      const { body, identity, config, stats } = remote.recovered
      if (identity === undefined) throw new UserError('the owner\'s identity could not be recovered')
      const peerId = remote.owner
      await createIdentity(dir, identity)
      await saveConfig(dir, {
        ...DEFAULT_CONFIG,
        site: site ?? wrap(() => checkLabel(body.site, 'the catalog\'s site (give --site)')),
        media: media ?? wrap(() => checkLabel(body.media, 'the catalog\'s media (give --media)')),
        capacity,
        listen,
        // every member reached, so the agent finds the mesh at once
        bootstrap: [...new Set([...remote.reader.members.values(), ...invite.addrs])],
        policy: { ...DEFAULT_CONFIG.policy, k: config.k, m: config.m }
      })
      // without the token's admission: that invite admitted this command's throwaway node; members know the old identity already
      await saveMembership(dir, { meshId: invite.meshId, secret: invite.secret })
      await mkdir(join(dir, 'shards'), { mode: 0o700 })
      return { peerId, host: body.host, site: site ?? body.site, media: media ?? body.media, ...stats }
    }, { dir, full: true, token })
    if (opts.json === true) { printer.json(out); return }
    printer.line(`recovered agent ${out.peerId} (host ${out.host}) in ${dir}: ${out.snapshots} snapshots, ${out.packs + out.indexPacks + out.orphanPacks} packs, ${out.blobs} blobs, catalog v${out.catalogVersion}`)
    printer.line(`make sure the old server is not running anymore, then start it with: meshbackup agent --data ${dir}`)
  } catch (err) {
    // Leave no half-made agent behind: the directory was empty or new.
    if (existed) {
      for (const e of await readdir(dir).catch(() => [] as string[])) await rm(join(dir, e), { recursive: true, force: true }).catch(() => {})
    } else {
      await rm(dir, { recursive: true, force: true }).catch(() => {})
    }
    throw err
  }
}
