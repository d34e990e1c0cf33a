/**
 * Failures of control requests, and the one table from error name to HTTP
 * status. Services throw their own named errors (PlacementInfeasibleError,
 * SnapshotNotFoundError, …); the control server looks the name up here. An
 * error not in the table is a 500; an unnamed one (`Error`) is also logged as
 * a bug.
 */

/** The request is malformed or names something impossible (400). */
export class BadRequestError extends Error {
  override name = 'BadRequestError'
}

/** The operation needs a mesh this agent is not in yet (409). */
export class NotInMeshError extends Error {
  override name = 'NotInMeshError'
}

/** Another agent did not answer over the mesh (502). */
export class PeerUnreachableError extends Error {
  override name = 'PeerUnreachableError'
}

export const HTTP_STATUS: Readonly<Record<string, number>> = {
  BadRequestError: 400,
  ExcludePatternError: 400,
  ForgetPolicyError: 400,
  NotAdminError: 403,
  SnapshotNotFoundError: 404,
  PathNotInSnapshotError: 404,
  RestoreVerifyError: 422,
  ContentSizeError: 422,
  RestoreTooLargeError: 422,
  RestoreNoSpaceError: 507,
  NotInMeshError: 409,
  PlacementInfeasibleError: 409,
  PeerUnreachableError: 502,
  WalNameError: 400,
  WalNotFoundError: 404,
  WalConflictError: 409,
  WalIntegrityError: 500,
  PgNotConfiguredError: 409
}

/** The HTTP status of a failed request. */
export function httpStatusOf (err: Error): number {
  return HTTP_STATUS[err.name] ?? 500
}
