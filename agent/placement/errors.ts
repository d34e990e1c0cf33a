/** A placement input that is a caller's bug (bad k/m, shard index out of range, …), not a mesh condition. */
export class PlacementInputError extends Error {
  override name = 'PlacementInputError'
}
