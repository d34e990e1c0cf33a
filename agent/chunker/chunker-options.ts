/** Options of the content-defined chunker; every field is optional. */
export interface ChunkerOptions {
  /** Smallest chunk in bytes (except a file's last one); default 256 KiB, at least 64. */
  min?: number
  /** Target average chunk size in bytes, a power of two; default 1 MiB. */
  avg?: number
  /** Largest chunk in bytes; default 4 MiB, at most 64 MiB. */
  max?: number
  /**
   * Seed of the gear table (1–1024 bytes). Default: DEFAULT_GEAR_SEED. A
   * repository should use its own secret seed so chunk sizes of known files
   * cannot be recognised in its packs (restic keys its polynomial the same way).
   */
  seed?: Uint8Array
}
