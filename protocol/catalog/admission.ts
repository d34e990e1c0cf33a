/**
 * RequestAdmission: how many catalog requests are served at once, over all
 * peers and per peer. A request beyond either limit waits, in arrival order,
 * for a slot (its stream is not read meanwhile, so its sender is held back by
 * the muxer's window) until its signal aborts. This bounds the memory inbound
 * requests can take: each served request buffers at most one message.
 */

export class RequestAdmission {
  private active = 0
  private readonly perPeer = new Map<string, number>()
  private readonly waiting: Array<{ peer: string, grant: () => void }> = []

  constructor (private readonly maxActive: number, private readonly maxPerPeer: number) {
    if (!(maxActive >= 1) || !(maxPerPeer >= 1)) throw new RangeError('request limits must be at least 1')
  }

  /** Requests being served now. */
  get activeCount (): number {
    return this.active
  }

  /** Requests waiting for a slot. */
  get waitingCount (): number {
    return this.waiting.length
  }

  /**
   * Wait for a slot for a request of `peer`; resolves with its release
   * (call it once, when the request is done). Rejects with the signal's
   * reason when it aborts first.
   */
  async acquire (peer: string, signal: AbortSignal): Promise<() => void> {
    signal.throwIfAborted()
    // waiters left in the queue have no room (grantWaiting runs on every release): one with room may go first
    if (this.hasRoom(peer)) return this.take(peer)
    return await new Promise<() => void>((resolve, reject) => {
      const entry = {
        peer,
        grant: () => {
          signal.removeEventListener('abort', onAbort)
          resolve(this.take(peer))
        }
      }
      const onAbort = (): void => {
        const at = this.waiting.indexOf(entry)
        if (at >= 0) this.waiting.splice(at, 1)
        reject(signal.reason)
      }
      signal.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(entry)
    })
  }

  private hasRoom (peer: string): boolean {
    return this.active < this.maxActive && (this.perPeer.get(peer) ?? 0) < this.maxPerPeer
  }

  private take (peer: string): () => void {
    this.active++
    this.perPeer.set(peer, (this.perPeer.get(peer) ?? 0) + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      this.active--
      const left = (this.perPeer.get(peer) ?? 1) - 1
      if (left === 0) this.perPeer.delete(peer)
      else this.perPeer.set(peer, left)
      this.grantWaiting()
    }
  }

  /** Give free slots to the oldest waiters that have room (a peer at its limit does not block the others). */
  private grantWaiting (): void {
    for (let i = 0; i < this.waiting.length && this.active < this.maxActive;) {
      const entry = this.waiting[i]
      if (this.hasRoom(entry.peer)) {
        this.waiting.splice(i, 1)
        entry.grant()
      } else {
        i++
      }
    }
  }
}
