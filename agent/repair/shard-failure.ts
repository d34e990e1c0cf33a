/**
 * What a failed shard read means: the one place that decides which shard
 * failures go to repair and which are tried again. The blob loader (restore,
 * dump, recovery), the repairer and the checker all ask here.
 *
 * - `repair`: the copy is bad where it is (ShardCorruptError, ShardNotFoundError):
 *   read around it from now on, and rebuild it elsewhere.
 * - `retry`: a passing failure (ShardUnavailableError: a timeout, a cut stream,
 *   a busy peer): the same shard may be read again (the blob loader tries once
 *   more at once); it says nothing about the shard, so no repair.
 * - `report`: neither (PeerUnreachableError: the peer is not connected or could
 *   not be dialled; a range outside the shard; a protocol violation; a bug):
 *   read around it and report it, but do not retry it now nor repair it for
 *   this; a peer that stays away is repaired by the grace period.
 */
import { PeerUnreachableError, ShardCorruptError, ShardNotFoundError, ShardUnavailableError } from '../../store/shard-errors.js'

export type ShardFailureAction = 'repair' | 'retry' | 'report'

/** Errors of node:timers and AbortSignal.timeout: a wait ran out (passing). */
const TIMEOUT_NAMES: ReadonlySet<string> = new Set(['TimeoutError'])

export function shardFailureAction (err: unknown): ShardFailureAction {
  if (err instanceof ShardCorruptError || err instanceof ShardNotFoundError) return 'repair'
  if (err instanceof PeerUnreachableError) return 'report'
  if (err instanceof ShardUnavailableError) return 'retry'
  if (err instanceof Error && TIMEOUT_NAMES.has(err.name)) return 'retry'
  return 'report'
}

/** A failed shard as reported by a read (the blob loader's onShardFailure). */
export interface ShardFailure {
  packId: Uint8Array
  /** The shard's index in its pack. */
  index: number
  /** The shard peer that was asked ('?' when the pack places it nowhere). */
  store: string
  error: Error
}
