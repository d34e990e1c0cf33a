/**
 * The start-up check of this agent's own index: what every later operation
 * takes for granted (a repository id, its settings, at least one intact key
 * file). A damaged or lost index must stop the agent with what is broken and
 * what to run, not start it silently and fail later with "blob … not in the
 * index" or "run meshbackup init".
 *
 * Key files are stored under their id, the hash of their encoding
 * (keyFileId), so damage to one is told apart from a wrong passphrase.
 */
import { keyFileIdOf } from '../crypto/keys.js'
import type { IndexDb } from '../../store/index-db.js'
import { configWith } from './repository.js'

export class IndexDamagedError extends Error {
  override name = 'IndexDamagedError'
}

/** What to run when the index cannot be trusted (the mesh holds its catalog: keys, snapshots, index packs). */
export function recoverAdvice (dataDir: string, owner: string): string {
  return `recover it from the mesh: move ${dataDir} aside (keep it), then run meshbackup init --recover --data ${dataDir} --owner ${owner} --from ADDR-OF-A-MEMBER --mesh-file MESH-TOKEN-FILE`
}

export interface IndexCheck {
  /** Key files whose content no longer matches their id (left out when opening with a passphrase). */
  damagedKeys: string[]
}

/** Check the index at start; throws IndexDamagedError naming what is broken. */
export async function checkOwnIndex (index: IndexDb, dataDir: string, owner: string): Promise<IndexCheck> {
  const where = `the index in ${dataDir}/index`
  const damaged = (what: string): IndexDamagedError => new IndexDamagedError(`${where} is damaged (${what}): ${recoverAdvice(dataDir, owner)}`)
  let repoId: string | undefined
  try {
    repoId = await index.getRepoId()
    await index.getConfig()
  } catch (err) {
    throw damaged((err as Error).message)
  }
  // init always creates the repository: an index without one was deleted or replaced
  if (repoId === undefined) throw new IndexDamagedError(`${where} has no repository (it was deleted, or replaced by an empty one): ${recoverAdvice(dataDir, owner)}`)
  let files
  try {
    files = await index.listKeyFiles()
  } catch (err) {
    throw damaged((err as Error).message)
  }
  const damagedKeys = files.filter(f => keyFileIdOf(f.bytes) !== f.id).map(f => f.id)
  if (files.length === 0) throw damaged('no key file')
  if (damagedKeys.length === files.length) throw damaged(`every key file is damaged: ${damagedKeys.join(', ')}`)
  return { damagedKeys }
}

/**
 * The erasure code new packs are cut with follows the config's policy: an
 * operator who edits policy.k/m in config.yaml changes it for new packs
 * (every pack records its own k and m, so older ones read and repair as
 * before). Returns the change made, if any; settings the new code cannot
 * meet (a shard over the size limit) throw RepositoryError.
 */
export async function alignErasureCode (index: IndexDb, policy: { k: number, m: number }): Promise<{ from: string, to: string } | undefined> {
  const settings = await index.getConfig()
  if (settings === undefined || (settings.k === policy.k && settings.m === policy.m)) return undefined
  const next = configWith({ ...settings, k: policy.k, m: policy.m })
  await index.setConfig(next)
  return { from: `${settings.k}+${settings.m}`, to: `${policy.k}+${policy.m}` }
}
