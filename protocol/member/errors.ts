/**
 * Named errors of the member protocol. The hello carries its refusal as text
 * (MemberHello.error), not as a WireError code: a refused peer learns only
 * that it was refused.
 */

/** The peer refused our proof, or its own proof did not check out. */
export class MembershipRefusedError extends Error {
  override name = 'MembershipRefusedError'
}
