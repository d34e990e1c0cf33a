/**
 * A pool of worker threads for per-byte work (hashing, compression, cipher).
 *
 * Words: a *task* is one `{ op, args }` message with the buffers it carries; a
 * worker answers each task with `{ id, ok, value | error }`. Tasks run in the
 * order they are submitted, each on the first free worker; their results come
 * back to the caller that submitted them (one promise per task), so a caller that
 * awaits them in order sees them in order.
 *
 * Limits: `maxQueued` tasks wait at most (beyond the ones running); `run()` waits
 * for room before it queues (back-pressure), so a fast producer cannot fill memory.
 * Buffers listed in `transfer` move to the worker without a copy (the caller's view
 * becomes empty). An error thrown by the task rejects its promise with a
 * `WorkerTaskError`; a worker that dies rejects its running task with a
 * `WorkerExitedError` and is replaced. `close()` rejects everything still queued
 * with `PoolClosedError` and terminates the workers; nothing hangs.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { TransferListItem } from 'node:worker_threads'

export class PoolClosedError extends Error {
  override name = 'PoolClosedError'
}

/** The task threw in the worker; `message` is the worker's. */
export class WorkerTaskError extends Error {
  override name = 'WorkerTaskError'
}

export class WorkerExitedError extends Error {
  override name = 'WorkerExitedError'
}

export interface WorkerPoolInit {
  /** JavaScript run in each worker (CommonJS, `require` available), see cpu-worker.ts. */
  source: string
  /** Worker threads; default os.availableParallelism() - 1, at least 1. */
  size?: number
  /** Tasks queued beyond those running before run() waits; default 2 × size. */
  maxQueued?: number
}

/** Default worker count for this machine: one core left to the main thread. */
export function defaultPoolSize (): number {
  return Math.max(1, availableParallelism() - 1)
}

interface Task {
  id: number
  op: string
  args: unknown[]
  transfer: TransferListItem[]
  resolve: (v: unknown) => void
  reject: (e: Error) => void
}

interface Slot { worker: Worker, task?: Task }

interface Reply { id: number, ok: boolean, value?: unknown, error?: string }

export class WorkerPool {
  readonly size: number
  readonly maxQueued: number
  private readonly source: string
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private readonly roomWaiters: Array<() => void> = []
  private nextId = 0
  private closed = false

  constructor (init: WorkerPoolInit) {
    this.size = init.size ?? defaultPoolSize()
    this.maxQueued = init.maxQueued ?? 2 * this.size
    if (!Number.isInteger(this.size) || this.size < 1) throw new RangeError(`worker pool size must be an integer ≥ 1, got ${String(init.size)}`)
    if (!Number.isInteger(this.maxQueued) || this.maxQueued < 1) throw new RangeError(`worker pool maxQueued must be an integer ≥ 1, got ${String(init.maxQueued)}`)
    this.source = init.source
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn())
  }

  /** Tasks waiting for a worker (not counting those running). */
  get queued (): number { return this.queue.length }

  /** Run `op(...args)` on a worker; waits first while the queue is full. */
  async run<T> (op: string, args: unknown[], transfer: TransferListItem[] = []): Promise<T> {
    while (!this.closed && this.queue.length >= this.maxQueued) {
      await new Promise<void>(resolve => this.roomWaiters.push(resolve))
    }
    if (this.closed) throw new PoolClosedError('worker pool is closed')
    return await new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, op, args, transfer, resolve: resolve as (v: unknown) => void, reject })
      this.pump()
    })
  }

  /** Reject queued tasks, wait for none, terminate the workers. */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    const err = new PoolClosedError('worker pool closed')
    for (const t of this.queue.splice(0)) t.reject(err)
    for (const w of this.roomWaiters.splice(0)) w()
    await Promise.all(this.slots.map(async s => {
      const t = s.task
      s.task = undefined
      t?.reject(err)
      await s.worker.terminate()
    }))
  }

  private spawn (): Slot {
    const worker = new Worker(this.source, { eval: true })
    const slot: Slot = { worker }
    worker.unref()
    worker.on('message', (m: Reply) => {
      const t = slot.task
      if (t === undefined || t.id !== m.id) return
      slot.task = undefined
      if (m.ok) t.resolve(m.value)
      else t.reject(new WorkerTaskError(`${t.op}: ${m.error ?? 'failed'}`))
      this.pump()
    })
    const dead = (why: string): void => {
      const t = slot.task
      slot.task = undefined
      t?.reject(new WorkerExitedError(`worker died running ${t.op}: ${why}`))
      if (this.closed) return
      const i = this.slots.indexOf(slot)
      if (i >= 0) this.slots[i] = this.spawn()
      this.pump()
    }
    let gone = false
    worker.on('error', err => { if (!gone) { gone = true; dead(err.message) } })
    worker.on('exit', code => { if (!gone) { gone = true; dead(`exit code ${code}`) } })
    return slot
  }

  private pump (): void {
    if (this.closed) return
    for (const s of this.slots) {
      if (s.task !== undefined) continue
      const t = this.queue.shift()
      if (t === undefined) break
      s.task = t
      s.worker.ref()
      s.worker.postMessage({ id: t.id, op: t.op, args: t.args }, t.transfer)
    }
    for (const s of this.slots) if (s.task === undefined) s.worker.unref()
    while (this.roomWaiters.length > 0 && this.queue.length < this.maxQueued) this.roomWaiters.shift()?.()
  }
}
