/**
 * Tar headers for `dump` (a directory of a snapshot as a tar stream): POSIX
 * ustar headers, with a pax extended header (typeflag 'x') before an entry
 * whenever ustar cannot hold a field: a path or link target over 100 bytes
 * (or not ASCII), a size of 8 GiB or more, a uid or gid over 2097151, a user
 * or group name over 32 bytes; the pax header also carries the mtime to the
 * nanosecond, and the extended attributes as `SCHILY.xattr.NAME` records
 * (GNU tar's and bsdtar's form; `tar --xattrs -x` puts them back). GNU tar,
 * bsdtar and Python's tarfile read all of it.
 *
 * Written by hand: the format is a few fixed fields and a checksum, and
 * there is no well-kept streaming tar writer without dependencies to add
 * (tar-stream is not installed here; node-tar pulls in a file-system layer
 * this does not need). Names are bytes: a name that is not UTF-8 is written
 * as its bytes (pax `hdrcharset=BINARY`), never altered.
 */

export const TAR_BLOCK = 512

export type TarType = 'file' | 'hardlink' | 'symlink' | 'chardev' | 'blockdev' | 'dir' | 'fifo'

const TYPEFLAG: Record<TarType, string> = { file: '0', hardlink: '1', symlink: '2', chardev: '3', blockdev: '4', dir: '5', fifo: '6' }

export interface TarEntry {
  /** The path in the archive, relative ("srv/app/f"); a directory's without the trailing slash (added here). */
  path: Uint8Array
  type: TarType
  mode: number
  uid: number
  gid: number
  uname?: string
  gname?: string
  /** The bytes that follow (files only; 0 otherwise). */
  size: number
  mtimeSec: number
  mtimeNsec: number
  /** A symlink's target or a hard link's first path (relative, as `path`). */
  linkname?: Uint8Array
  devmajor?: number
  devminor?: number
  /** Extended attributes, in order (pax SCHILY.xattr records). */
  xattrs?: Array<{ name: Uint8Array, value: Uint8Array }>
}

/** Largest number a ustar field of `width` bytes holds (octal digits and a NUL). */
function maxOctal (width: number): number {
  return 8 ** (width - 1) - 1
}

function putString (h: Buffer, off: number, width: number, b: Uint8Array): void {
  Buffer.from(b.subarray(0, width)).copy(h, off)
}

function putOctal (h: Buffer, off: number, width: number, n: number): void {
  h.write(Math.max(0, Math.floor(n)).toString(8).padStart(width - 1, '0') + '\0', off, width, 'ascii')
}

/** One pax record: "LEN key=value\n", LEN counting the whole record. */
function paxRecord (key: string, value: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`, 'latin1'), value, Buffer.from('\n')])
  let len = body.length + 1
  while (String(len).length + body.length !== len) len = String(len).length + body.length
  return Buffer.concat([Buffer.from(String(len)), body])
}

const isAscii = (b: Uint8Array): boolean => b.every(c => c >= 0x20 && c < 0x7f)
const isUtf8 = (b: Uint8Array): boolean => Buffer.from(Buffer.from(b).toString('utf8')).equals(b)

/** The 512-byte ustar header of `e` with `name` (already fitted) and its checksum. */
function ustar (e: TarEntry, name: Uint8Array, typeflag: string, size: number, linkname: Uint8Array): Buffer {
  const h = Buffer.alloc(TAR_BLOCK)
  putString(h, 0, 100, name)
  putOctal(h, 100, 8, e.mode & 0o7777)
  putOctal(h, 108, 8, e.uid <= maxOctal(8) ? e.uid : 0)
  putOctal(h, 116, 8, e.gid <= maxOctal(8) ? e.gid : 0)
  putOctal(h, 124, 12, size <= maxOctal(12) ? size : 0)
  putOctal(h, 136, 12, Math.min(Math.max(e.mtimeSec, 0), maxOctal(12)))
  h.write(typeflag, 156, 1, 'ascii')
  putString(h, 157, 100, linkname)
  h.write('ustar\u000000', 257, 8, 'binary')
  const un = Buffer.from(e.uname ?? '')
  const gn = Buffer.from(e.gname ?? '')
  if (un.length <= 32) putString(h, 265, 32, un)
  if (gn.length <= 32) putString(h, 297, 32, gn)
  putOctal(h, 329, 8, e.devmajor ?? 0)
  putOctal(h, 337, 8, e.devminor ?? 0)
  // checksum: the header's bytes summed with the field itself as spaces
  h.fill(0x20, 148, 156)
  let sum = 0
  for (const c of h) sum += c
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii')
  return h
}

/** The header blocks of `e`: a pax extended header when ustar cannot hold it, then its ustar header. */
export function tarHeader (e: TarEntry): Buffer {
  const path = e.type === 'dir' ? Buffer.concat([e.path, Buffer.from('/')]) : Buffer.from(e.path)
  const link = Buffer.from(e.linkname ?? new Uint8Array())
  const size = e.type === 'file' ? e.size : 0
  const records: Buffer[] = []
  const binary = !isUtf8(path) || !isUtf8(link)
  if (binary) records.push(paxRecord('hdrcharset', Buffer.from('BINARY')))
  if (path.length > 100 || !isAscii(path)) records.push(paxRecord('path', path))
  if (link.length > 100 || !isAscii(link)) records.push(paxRecord('linkpath', link))
  if (size > maxOctal(12)) records.push(paxRecord('size', Buffer.from(String(size))))
  if (e.uid > maxOctal(8)) records.push(paxRecord('uid', Buffer.from(String(e.uid))))
  if (e.gid > maxOctal(8)) records.push(paxRecord('gid', Buffer.from(String(e.gid))))
  if (e.uname !== undefined && Buffer.byteLength(e.uname) > 32) records.push(paxRecord('uname', Buffer.from(e.uname)))
  if (e.gname !== undefined && Buffer.byteLength(e.gname) > 32) records.push(paxRecord('gname', Buffer.from(e.gname)))
  for (const x of e.xattrs ?? []) records.push(paxRecord(`SCHILY.xattr.${Buffer.from(x.name).toString('latin1')}`, x.value))
  if (e.mtimeNsec !== 0 || e.mtimeSec < 0 || e.mtimeSec > maxOctal(12)) records.push(paxRecord('mtime', Buffer.from(`${e.mtimeSec}.${String(e.mtimeNsec).padStart(9, '0')}`)))
  const head = ustar(e, fitName(path), TYPEFLAG[e.type], size, link)
  if (records.length === 0) return head
  const pax = Buffer.concat(records)
  const paxName = Buffer.from(`PaxHeaders/${Buffer.from(fitName(path)).toString('latin1').replace(/[^\x20-\x7e]/g, '_').slice(-80)}`, 'latin1')
  const paxHead = ustar({ ...e, uname: undefined, gname: undefined, mode: 0o644, devmajor: 0, devminor: 0 }, paxName, 'x', pax.length, new Uint8Array())
  return Buffer.concat([paxHead, pax, tarPadding(pax.length), head])
}

/** The name field for ustar: the path's last 100 bytes at most (the pax header holds the whole path). */
function fitName (path: Uint8Array): Uint8Array {
  return path.length <= 100 ? path : path.subarray(path.length - 100)
}

/** Zeros that fill the last block of `size` bytes of data. */
export function tarPadding (size: number): Buffer {
  const rest = size % TAR_BLOCK
  return Buffer.alloc(rest === 0 ? 0 : TAR_BLOCK - rest)
}

/** The end of an archive: two zero blocks. */
export function tarEnd (): Buffer {
  return Buffer.alloc(2 * TAR_BLOCK)
}
