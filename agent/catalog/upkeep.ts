/**
 * Catalog upkeep: what follows a change of this owner's data, so that the
 * published catalog, the index segments and the heartbeat stay true.
 *
 * - After a backup: note its time, judge compliance again, write the
 *   placements repair changed into an index segment (the key is at hand),
 *   publish the catalog.
 * - After a repair pass moved shards (no key at hand): judge and announce the
 *   new counts, republish the catalog after any operation under way. The new
 *   placements go into an index segment at the next backup, or when
 *   `meshbackup repair` is given the passphrase.
 */
import type { Logger } from 'pino'
import { writePlacementSegment } from '../repair/index-segment.js'
import type { Placer, Repository } from '../repository/repository.js'
import type { PublishResult } from './publisher.js'

export interface CatalogUpkeepComponents {
  publisher: { publish: (repo: Repository) => Promise<PublishResult>, republish: () => Promise<PublishResult | undefined> }
  repairer: { unindexedPacks: () => Promise<string[]>, markIndexed: (packs: string[]) => Promise<void> }
  /** Placement that may degrade: a site may be down, and a degraded segment beats none. */
  degradedPlacer: () => Placer
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>
  /** Something changed: compliance is judged again, the heartbeat goes out now. */
  changed: () => void
  noteBackup: () => void
  log: Logger
}

export class CatalogUpkeep {
  constructor (private readonly c: CatalogUpkeepComponents) {}

  /** A snapshot was committed in `repo`; undefined catalog when replication failed. */
  async afterBackup (repo: Repository): Promise<PublishResult | undefined> {
    this.c.noteBackup()
    this.c.changed()
    await this.indexRepairs(repo)
    return await this.c.publisher.publish(repo).catch(err => {
      this.c.log.warn({ err: (err as Error).message }, 'catalog replication failed')
      return undefined
    })
  }

  /** Key files changed: publish them (a failure is logged; the next publish carries them). */
  async afterKeyChange (repo: Repository): Promise<void> {
    await this.c.publisher.publish(repo).catch(err => {
      this.c.log.warn({ err: (err as Error).message }, 'catalog replication failed')
    })
  }

  /** With the key at hand (`meshbackup repair` with a passphrase): index the repaired placements and publish. */
  async indexRepairsAndPublish (repo: Repository): Promise<void> {
    if (await this.indexRepairs(repo) > 0) await this.c.publisher.publish(repo)
  }

  /** A repair pass moved shards. */
  afterRepair (): void {
    this.c.changed()
    void this.c.exclusive(async () => await this.c.publisher.republish()).then(r => {
      if (r !== undefined) this.c.log.info({ version: r.version, replicated: r.replicated }, 'catalog republished after repair')
    }, err => { this.c.log.warn({ err: (err as Error).message }, 'catalog republish after repair failed') })
  }

  /**
   * Write the placements repair changed into an index segment, so that a
   * fresh-machine recovery finds the shards where they are now. A failure
   * leaves them listed for the next time.
   */
  private async indexRepairs (repo: Repository): Promise<number> {
    const packs = await this.c.repairer.unindexedPacks()
    if (packs.length === 0) return 0
    try {
      const done = await writePlacementSegment(repo.withPlacer(this.c.degradedPlacer()), packs)
      await this.c.repairer.markIndexed(packs)
      this.c.log.info({ packs: done.length }, 'repaired placements written to an index segment')
      return done.length
    } catch (err) {
      this.c.log.warn({ err: (err as Error).message }, 'could not write the repaired placements to an index segment (will retry)')
      return 0
    }
  }
}
