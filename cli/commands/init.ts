/** `meshbackup init`: create an agent's data directory (identity, config, index, shard store, keys). */
import { chmod, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import { DEFAULT_CONFIG, checkLabel, checkMultiaddr, parseSize, saveConfig } from '../../agent/config.js'
import { MAX_POLICY_SHARDS } from '../../agent/erasure/constants.js'
import { createIdentity, peerIdOf } from '../../agent/identity.js'
import { checkNotExpired, decodeInvite, saveMembership } from '../../agent/mesh/membership.js'
import { Repository } from '../../agent/repository/repository.js'
import { UserError } from '../errors.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { getToken } from '../token.js'
import type { Printer } from '../printer.js'
import { withRemote } from './remote-options.js'
import type { RemoteOptions } from './remote-options.js'

interface InitOptions extends RemoteOptions {
  data?: string
  site?: string
  media?: string
  recover?: boolean
  capacity?: string
  listen?: string[]
  join?: string
  joinFile?: string
  passphraseFile?: string
  k?: string
  m?: string
}

export function initCommand (program: Command, printer: Printer): void {
  const cmd = program.command('init')
    .description('create this server\'s agent: identity, config, index, shard store and repository keys')
    .option('--site <name>', 'failure domain of this server (office, data centre, region); required unless --recover or the invite names it')
    .option('--media <kind>', 'storage class of this server (disk, ssd, nas, tape, object ...); required unless --recover or the invite names it')
    .option('--capacity <size>', 'space offered for other members\' shards, e.g. 500GiB', '100GiB')
    .option('--listen <multiaddr>', 'address to listen on (repeatable)', collect)
    .option('--join <token>', 'join a mesh with a token from `meshbackup mesh invite` (visible to other local users: prefer --join-file)')
    .option('--join-file <file>', 'join a mesh with the token on the first line of FILE (else --join, else $MESHBACKUP_TOKEN)')
    .option('--k <n>', 'data shards per pack', String(DEFAULT_CONFIG.policy.k))
    .option('--m <n>', 'parity shards per pack', String(DEFAULT_CONFIG.policy.m))
    .option('--recover', 're-create a lost agent (identity, keys, index) from the mesh: with --from, --mesh and --owner')
  withRemote(withPassphrase(withData(cmd))).action(async (opts: InitOptions) => {
    const dir = dataDirOf(opts)
    if (opts.recover === true) { await (await import('./remote.js')).recoverInit(dir, opts, printer); return }
    const token = await getToken({ arg: opts.join, file: opts.joinFile, option: '--join', warn: t => { printer.warn(t) } })
    const invite = token === undefined ? undefined : wrap(() => decodeInvite(token))
    if (invite !== undefined) wrap(() => { checkNotExpired(invite.record) })
    // the invite's site and media are attested by its issuer: they stand, and a different --site or --media is refused
    const attested = { site: invite?.record.site ?? '', media: invite?.record.media ?? '' }
    for (const what of ['site', 'media'] as const) {
      const given = opts[what]
      if (attested[what] !== '' && given !== undefined && given !== attested[what]) throw new UserError(`--${what} ${given} differs from the ${what} the invite attests (${attested[what]}, by ${invite?.record.issuer ?? ''}); leave --${what} out, or ask for an invite with --${what} ${given}`, 2)
    }
    const siteText = attested.site !== '' ? attested.site : opts.site
    const mediaText = attested.media !== '' ? attested.media : opts.media
    if (siteText === undefined || mediaText === undefined) throw new UserError('--site and --media are required (except with --recover, or when the invite names them)', 2)
    const site = wrap(() => checkLabel(siteText, '--site'))
    const media = wrap(() => checkLabel(mediaText, '--media'))
    const capacity = wrap(() => parseSize(opts.capacity ?? '100GiB', '--capacity'))
    const listen = (opts.listen ?? DEFAULT_CONFIG.listen).map((a, i) => wrap(() => checkMultiaddr(a, `--listen[${i}]`)))
    const k = Number(opts.k)
    const m = Number(opts.m)
    if (!Number.isInteger(k) || k < 1 || !Number.isInteger(m) || m < 0 || k + m > MAX_POLICY_SHARDS) throw new UserError(`--k must be ≥ 1, --m ≥ 0, k + m ≤ ${MAX_POLICY_SHARDS}`, 2)
    try {
      const entries = await readdir(dir)
      if (entries.includes('config.yaml') || entries.includes('identity.key')) throw new UserError(`${dir} already holds an agent (config.yaml exists); nothing changed`)
      if (entries.length > 0) throw new UserError(`${dir} is not empty; choose an empty or new directory`)
    } catch (err) {
      if (err instanceof UserError) throw err
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot use ${dir}: ${(err as Error).message}`)
    }
    const passphrase = await getPassphrase({ file: opts.passphraseFile, confirm: true, prompt: 'new repository passphrase: ' })
    await mkdir(dir, { recursive: true, mode: 0o700 })
    await chmod(dir, 0o700) // also an empty one given
    const key = await createIdentity(dir)
    const peerId = peerIdOf(key)
    await saveConfig(dir, {
      ...DEFAULT_CONFIG,
      site,
      media,
      capacity,
      listen,
      bootstrap: invite?.addrs ?? [],
      policy: { ...DEFAULT_CONFIG.policy, k, m }
    })
    if (invite !== undefined) await saveMembership(dir, invite)
    await (await Repository.create(dir, passphrase, { owner: peerId, config: { k, m } })).close()
    await mkdir(join(dir, 'shards'), { mode: 0o700 })
    printer.line(`created agent ${peerId} in ${dir} (site ${site}, media ${media})`)
    if (invite !== undefined) printer.line(`joined mesh ${invite.meshId}; start it with: meshbackup agent --data ${dir}`)
    else printer.line(`next: meshbackup mesh create --data ${dir} (a new mesh), or init again with --join-file FILE`)
  })
}

function wrap<T> (fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw new UserError((err as Error).message, 2)
  }
}
