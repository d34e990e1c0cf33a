/** Named errors of a recovery from the mesh (user-facing: the CLI prints their message). */

/** The mesh could not be reached or joined (bad --from, refused token). */
export class MeshUnreachableError extends Error {
  override name = 'MeshUnreachableError'
}

/** No catalog of the owner asked for is held by any reachable member. */
export class UnknownOwnerError extends Error {
  override name = 'UnknownOwnerError'
}

/** The owner's catalog or index could not be rebuilt (missing or inconsistent pieces). */
export class RecoverError extends Error {
  override name = 'RecoverError'
}
