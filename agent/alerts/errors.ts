/** Named errors of the alerts. */

/** A notice could not be delivered on a channel (non-2xx answer, timeout, command failure). */
export class AlertDeliveryError extends Error {
  override name = 'AlertDeliveryError'
}
