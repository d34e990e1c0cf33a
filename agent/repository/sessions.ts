/**
 * Repository sessions: the owner's repository opened with a passphrase over
 * the live mesh, and one repository operation at a time (backup, restore,
 * prune and key changes share the index and its caches).
 */
import type { IndexDb } from '../../store/index-db.js'
import { BadRequestError } from '../control/errors.js'
import { Repository } from './repository.js'
import type { Placer } from './repository.js'
import type { ShardPeer } from './shard-peer.js'

export interface RepositorySessionsComponents {
  selfId: string
  index: IndexDb
  /** This agent's store and every member that is up. */
  reachablePeers: () => ShardPeer[]
  /** The placement policy over the live peers. */
  placer: (allowDegraded: boolean) => Placer
}

export class RepositorySessions {
  readonly name = 'repository-sessions'
  private busy: Promise<unknown> = Promise.resolve()

  constructor (private readonly c: RepositorySessionsComponents) {}

  /** Waits for the operation under way. */
  async stop (): Promise<void> {
    await this.busy.catch(() => {})
  }

  /**
   * The repository opened with `passphrase`; its shard peers are the members
   * that are up (or those `peers` keeps of them), chosen per pack by the
   * placement policy.
   */
  async open (passphrase: string, options: { allowDegraded?: boolean, peers?: (reachable: ShardPeer[]) => ShardPeer[] } = {}): Promise<Repository> {
    if (typeof passphrase !== 'string' || passphrase === '') throw new BadRequestError('a passphrase is needed')
    const repo = await Repository.attach(this.c.index, passphrase, { owner: this.c.selfId, placer: this.c.placer(options.allowDegraded === true) })
    // `peers`: the session reads only from these (a drill leaves out a site's members)
    const reachable = this.c.reachablePeers()
    for (const peer of options.peers === undefined ? reachable : options.peers(reachable)) repo.addPeer(peer)
    return repo
  }

  /** Run one repository operation at a time. */
  async exclusive<T> (fn: () => Promise<T>): Promise<T> {
    const run = this.busy.then(fn, fn)
    this.busy = run.catch(() => {})
    return await run
  }
}
