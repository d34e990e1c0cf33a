/**
 * JSON views of the agent's state, as the control API answers them (the
 * shapes are declared in api.ts).
 */
import type { AgentStatusFields } from '../../protocol/status/index.js'
import { pb } from '../../proto/index.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import type { WalkEntry } from '../snapshot/walk.js'
import { withPeerId } from '../mesh/redialer.js'
import type { LsEntry, SnapshotJson, StatusView } from './api.js'

/** An agent's status fields as `meshbackup status --json` shows them. */
export function statusJson (f: AgentStatusFields, mesh: string | null, isUp: (id: string) => boolean): StatusView {
  return {
    self: {
      id: f.peerId,
      site: f.site,
      media: f.media,
      addrs: f.addrs.map(a => withPeerId(a, f.peerId)),
      capacity: f.capacity,
      used: f.used,
      free: f.free,
      version: f.version,
      uptimeMs: f.uptimeMs,
      mesh,
      lastBackupMs: f.lastBackupMs === 0 ? null : f.lastBackupMs,
      shardsHeld: f.shardsPerOwner
    },
    peers: f.peers.map(p => ({
      id: p.peerId,
      site: p.site,
      media: p.media,
      up: p.up && isUp(p.peerId),
      capacity: p.capacity,
      used: p.used,
      lastSeenMs: p.lastSeenMs
    }))
  }
}

export function snapshotJson (s: SnapshotInfo): SnapshotJson {
  return {
    id: s.idHex,
    short: s.idHex.slice(0, 8),
    time: s.time.toISOString(),
    type: s.type,
    host: s.host,
    paths: s.paths,
    tags: s.tags,
    parent: s.parent ?? null,
    stats: Object.fromEntries(Object.entries(s.stats).filter(([, v]) => v != null).map(([k, v]) => [k, Number(v)])),
    degraded: s.degraded
  }
}

const LS_TYPES: Partial<Record<pb.NodeType, LsEntry['type']>> = {
  [pb.NodeType.NODE_DIR]: 'dir',
  [pb.NodeType.NODE_SYMLINK]: 'symlink',
  [pb.NodeType.NODE_HARDLINK]: 'file',
  [pb.NodeType.NODE_FIFO]: 'fifo',
  [pb.NodeType.NODE_CHARDEV]: 'chardev',
  [pb.NodeType.NODE_BLOCKDEV]: 'blockdev'
}

/** A node of a snapshot as `meshbackup ls --json` shows it. */
export function lsEntryJson (e: WalkEntry): LsEntry {
  const n = e.node
  return {
    path: e.path,
    type: LS_TYPES[n.type] ?? 'file',
    size: n.size,
    mode: '0' + n.mode.toString(8),
    mtime: new Date(n.mtimeSec * 1000 + Math.floor(n.mtimeNsec / 1e6)).toISOString(),
    ...(n.linkTarget !== undefined ? { target: n.linkTarget } : {}),
    ...(n.hardlink !== undefined ? { hardlink: n.hardlink } : {}),
    ...(n.rdev !== undefined ? { rdev: n.rdev } : {}),
    uid: n.uid,
    gid: n.gid,
    user: n.user ?? null,
    group: n.group ?? null,
    ...(n.xattrs !== undefined ? { xattrs: n.xattrs.map(x => Buffer.from(x.name).toString('utf8')) } : {})
  }
}
