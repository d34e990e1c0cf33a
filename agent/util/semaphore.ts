/** A counting semaphore: bounds how much work is in flight (backpressure). */
export class Semaphore {
  private waiters: Array<() => void> = []
  private free: number

  constructor (readonly size: number) {
    this.free = size
  }

  async acquire (): Promise<void> {
    if (this.free > 0) {
      this.free--
      return
    }
    await new Promise<void>(resolve => this.waiters.push(resolve))
  }

  release (): void {
    const next = this.waiters.shift()
    if (next !== undefined) next()
    else this.free++
  }

  async use<T> (fn: () => Promise<T>): Promise<T> {
    await this.acquire()
    try {
      return await fn()
    } finally {
      this.release()
    }
  }
}
