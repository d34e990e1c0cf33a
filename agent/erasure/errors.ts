/** Thrown for unusable input: too few shards to rebuild, unequal lengths, bad parameters. */
export class ErasureError extends Error {
  override name = 'ErasureError'
}
