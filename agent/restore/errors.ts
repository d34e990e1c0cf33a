/**
 * Why a restore (or a dump) refuses or stops. The checks made before anything
 * is written (plan.ts, free-space.ts) each have a name of their own.
 */

/** A restore that cannot go on: a path not in the snapshot, a target in the way, a short file. */
export class RestoreError extends Error {
  override name = 'RestoreError'
}

/**
 * A file whose recorded size is not what its content blobs hold. Holes are
 * stored as zeros (and restored as holes from them), so every byte of a
 * file's size must come from its content:
 * a 1 TB file made of one small blob (a hole bomb) is refused before any write.
 */
export class ContentSizeError extends RestoreError {
  override name = 'ContentSizeError'
}

/**
 * A snapshot whose trees would write far more than it records (its stats):
 * content or sub-trees repeated beyond what was backed up (hard-link and
 * tree bombs).
 */
export class RestoreTooLargeError extends RestoreError {
  override name = 'RestoreTooLargeError'
}

/** The target has not the room (bytes or inodes) for what the restore would write. */
export class RestoreNoSpaceError extends RestoreError {
  override name = 'RestoreNoSpaceError'
}

/** `restore --verify`: a file read back is not what the snapshot holds (each listed). */
export class RestoreVerifyError extends RestoreError {
  override name = 'RestoreVerifyError'
}
