/**
 * A repository read straight from the mesh: join it with an ephemeral node,
 * rebuild the owner's index (recoverRepository) in a directory of its own,
 * and hand out an ordinary Repository. close() stops the node, closes the
 * index and, for a temporary index, deletes it; a failure while opening
 * cleans up the same way.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IndexDb } from '../../store/index-db.js'
import { openRepositoryIndex } from '../repository/repository.js'
import type { Repository } from '../repository/repository.js'
import { MeshReader } from './mesh-reader.js'
import { recoverRepository } from './recover-repository.js'
import type { Recovered } from './recover-repository.js'

export interface RemoteRepositoryInit {
  /** Multiaddr of a live member. */
  from: string
  /** Invite token of the mesh. */
  token: string
  /** The owner: peer id or host name. */
  owner: string
  passphrase: string
  /** Keep the index in `<dir>/index` (default: a temporary directory, deleted on close). */
  dir?: string
  /** Rebuild everything an agent keeps, and unseal the identity (init --recover). */
  full?: boolean
  signal?: AbortSignal
  log?: (message: string) => void
}

export class RemoteRepository {
  private constructor (
    readonly reader: MeshReader,
    readonly index: IndexDb,
    readonly recovered: Recovered,
    private readonly tempDir: string | undefined
  ) {}

  get repo (): Repository { return this.recovered.repo }
  get owner (): string { return this.recovered.repo.owner }

  static async open (init: RemoteRepositoryInit): Promise<RemoteRepository> {
    const reader = await MeshReader.connect({ from: init.from, token: init.token, signal: init.signal, log: init.log })
    let tempDir: string | undefined
    let index: IndexDb | undefined
    try {
      const owner = await reader.resolveOwner(init.owner)
      if (init.dir === undefined) tempDir = await mkdtemp(join(tmpdir(), 'meshbackup-recover-'))
      index = await openRepositoryIndex(init.dir ?? tempDir as string)
      const recovered = await recoverRepository(reader, { owner, passphrase: init.passphrase, index, full: init.full, signal: init.signal, log: init.log })
      return new RemoteRepository(reader, index, recovered, tempDir)
    } catch (err) {
      explainUnavailable(err, reader)
      await index?.close().catch(() => {})
      await reader.stop()
      if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true }).catch(() => {})
      throw err
    }
  }

  /** Add to a PackUnavailableError which members could not be reached (the likely cause). */
  explain (err: unknown): unknown {
    explainUnavailable(err, this.reader)
    return err
  }

  async close (): Promise<void> {
    await this.reader.stop()
    await this.index.close().catch(() => {})
    if (this.tempDir !== undefined) await rm(this.tempDir, { recursive: true, force: true }).catch(() => {})
  }
}

function explainUnavailable (err: unknown, reader: MeshReader): void {
  if (!(err instanceof Error) || err.name !== 'PackUnavailableError') return
  const down = [...reader.unreachable.keys()]
  err.message += `; ${reader.members.size} members were reached` + (down.length === 0 ? '' : `, ${down.length} could not be (${down.join(', ')})`)
}
