/** The campaign's cases, in order of value. */
import type { FaultCase } from '../types.js'
import { killOriginBackup } from './kill-origin-backup.js'
import { frozenPeerBackup, frozenPeerRestore, frozenPeerStatus } from './frozen-peer.js'
import { corruptShard } from './corrupt-shard.js'
import { fuzzShard } from './fuzz-shard.js'
import { secretsLogs } from './secrets-logs.js'

export const CASES: ReadonlyArray<FaultCase<any>> = [
  killOriginBackup, frozenPeerRestore, frozenPeerBackup, frozenPeerStatus, corruptShard, fuzzShard, secretsLogs
]
