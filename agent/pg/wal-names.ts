/**
 * The names PostgreSQL archives (archive_command's %f): WAL segments
 * (24 hex digits: timeline, log, segment), `.partial` segments (the end of a
 * timeline a promoted standby left), timeline `.history` files and backup
 * history `.backup` files. Anything else is refused: the name becomes a path.
 */

export type WalFileKind = 'segment' | 'partial' | 'history' | 'backup'

export class WalNameError extends Error {
  override name = 'WalNameError'
}

const SEGMENT = /^[0-9A-F]{24}$/
const PARTIAL = /^[0-9A-F]{24}\.partial$/
const HISTORY = /^[0-9A-F]{8}\.history$/
const BACKUP = /^[0-9A-F]{24}\.[0-9A-F]{8}\.backup$/

/** The kind of a WAL file name, or WalNameError naming it. */
export function walFileKind (name: string): WalFileKind {
  if (SEGMENT.test(name)) return 'segment'
  if (PARTIAL.test(name)) return 'partial'
  if (HISTORY.test(name)) return 'history'
  if (BACKUP.test(name)) return 'backup'
  throw new WalNameError(`${JSON.stringify(name.slice(0, 80))} is not a WAL file name (24 hex digits, optionally .partial; 8 hex digits.history; or a .backup file)`)
}

/** Timeline, log and segment number of a segment name (the first 24 hex digits). */
export function segmentNumbers (name: string): { timeline: number, log: number, seg: number } {
  return { timeline: parseInt(name.slice(0, 8), 16), log: parseInt(name.slice(8, 16), 16), seg: parseInt(name.slice(16, 24), 16) }
}

/** The segment after `name` on the same timeline (16 MiB segments: 256 per log file). */
export function nextSegment (name: string): string {
  const { timeline, log, seg } = segmentNumbers(name)
  const [l, s] = seg === 0xff ? [log + 1, 0] : [log, seg + 1]
  return [timeline, l, s].map(n => n.toString(16).toUpperCase().padStart(8, '0')).join('')
}
