/**
 * File names are bytes. Linux allows any bytes but "/" and NUL in a name; a
 * name that is valid UTF-8 is a string everywhere (the common case, and what
 * version 0 trees hold); one that is not keeps its bytes (TreeNode.nameBytes,
 * Node.name_bytes) and is shown escaped (`\xff` for each byte that is not part
 * of a UTF-8 character). File-system calls take a string path, or a Buffer
 * path from the first such name down (FsPath).
 */
import { join } from 'node:path'

/** A path for node:fs: a string, or bytes below a name that is not UTF-8. */
export type FsPath = string | Buffer

const SLASH = Buffer.from('/')

/** Whether `bytes` is valid UTF-8 (what Buffer.toString decodes without replacement). */
export function isUtf8 (bytes: Uint8Array): boolean {
  return Buffer.from(Buffer.from(bytes).toString('utf8')).equals(bytes)
}

/** A name as text: UTF-8 as is, each other byte as `\xNN`. */
export function escapeBytes (bytes: Uint8Array): string {
  const b = Buffer.from(bytes)
  let out = ''
  let i = 0
  while (i < b.length) {
    const n = utf8Length(b, i)
    if (n === 0) {
      out += '\\x' + b[i].toString(16).padStart(2, '0')
      i++
    } else {
      out += b.toString('utf8', i, i + n)
      i += n
    }
  }
  return out
}

/** The length of the valid UTF-8 character at `i`, or 0. */
function utf8Length (b: Buffer, i: number): number {
  const c = b[i]
  const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
  if (n <= 1 || i + n > b.length) return n === 1 ? 1 : 0
  for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0
  return isUtf8(b.subarray(i, i + n)) ? n : 0 // overlong forms and surrogates
}

/** `parent`/`name`: a string while every part is UTF-8, else bytes. */
export function childPath (parent: FsPath, name: string, nameBytes?: Uint8Array): FsPath {
  if (nameBytes === undefined && typeof parent === 'string') return join(parent, name)
  const p = typeof parent === 'string' ? Buffer.from(parent) : parent
  const trimmed = p.length > 1 && p[p.length - 1] === 0x2f ? p.subarray(0, p.length - 1) : p
  const sep = trimmed.length === 1 && trimmed[0] === 0x2f ? Buffer.alloc(0) : SLASH
  return Buffer.concat([trimmed, sep, nameBytes ?? Buffer.from(name)])
}

/** A path for messages: strings as they are, bytes escaped. */
export function showPath (p: FsPath): string {
  return typeof p === 'string' ? p : escapeBytes(p)
}

/** Whether `path` is `root` or inside it. */
export function isInside (root: string, path: FsPath): boolean {
  if (typeof path === 'string') return path === root || path.startsWith(root.endsWith('/') ? root : root + '/')
  const r = Buffer.from(root.endsWith('/') ? root : root + '/')
  return path.subarray(0, r.length).equals(r) || path.equals(Buffer.from(root))
}
