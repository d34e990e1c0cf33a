import { createHash, createHmac, randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { compressBlob, ZSTD_LEVEL } from '../compress.js'
import { blobId } from '../crypto/keys.js'
import { cpuWorkerPool } from './cpu-worker.js'
import { PoolClosedError, WorkerExitedError, WorkerPool, WorkerTaskError, defaultPoolSize } from './pool.js'

const pools: WorkerPool[] = []
const pool = (init: { size?: number, maxQueued?: number } = {}): WorkerPool => { const p = cpuWorkerPool(init); pools.push(p); return p }
afterEach(async () => { await Promise.all(pools.splice(0).map(async p => await p.close())) })

describe('WorkerPool', () => {
  it('sizes itself from the machine, one core left, at least one worker', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1)
    expect(() => new WorkerPool({ source: '', size: 0 })).toThrow(/size/)
    expect(() => new WorkerPool({ source: '', size: 1, maxQueued: 0 })).toThrow(/maxQueued/)
  })

  it('gives each caller its own result, in submission order, identical to the main thread', async () => {
    const p = pool({ size: 3, maxQueued: 4 })
    const key = randomBytes(32)
    const inputs = Array.from({ length: 40 }, (_, i) => randomBytes(1000 + i * 37))
    const ids = await Promise.all(inputs.map(async b => Buffer.from(await p.run<Uint8Array>('blobId', [key, b]))))
    expect(ids).toEqual(inputs.map(b => Buffer.from(blobId(key, b))))
    const sums = await Promise.all(inputs.map(async b => Buffer.from(await p.run<Uint8Array>('sha256', [b]))))
    expect(sums).toEqual(inputs.map(b => createHash('sha256').update(b).digest()))
  })

  it('compresses to the same bytes as compressBlob', async () => {
    const p = pool({ size: 2 })
    const text = Buffer.from('the quick brown fox jumps over the lazy dog '.repeat(3000))
    const mine = await p.run<Uint8Array>('zstdCompress', [text, ZSTD_LEVEL])
    expect(Buffer.from(mine)).toEqual(Buffer.from((await compressBlob(text)).data))
  })

  it('moves transferred buffers without a copy', async () => {
    const p = pool({ size: 1 })
    const key = randomBytes(32)
    const data = new Uint8Array(randomBytes(4096))
    const want = createHmac('sha256', key).update(data).digest()
    const got = await p.run<Uint8Array>('blobId', [key, data], [data.buffer])
    expect(data.byteLength).toBe(0) // detached: it moved
    expect(Buffer.from(got)).toEqual(want)
  })

  it('rejects the task whose op throws, and keeps serving the others', async () => {
    const p = pool({ size: 2 })
    const [bad, good] = await Promise.allSettled([p.run('fail', ['broken input']), p.run<Uint8Array>('sha256', [Buffer.from('x')])])
    expect(bad.status).toBe('rejected')
    expect((bad as PromiseRejectedResult).reason).toBeInstanceOf(WorkerTaskError)
    expect(((bad as PromiseRejectedResult).reason as Error).message).toMatch(/fail: broken input/)
    expect(good.status).toBe('fulfilled')
    await expect(p.run('noSuchOp', [])).rejects.toThrow(/unknown op noSuchOp/)
  })

  it('a worker that dies fails its task, never hangs, and is replaced', async () => {
    const p = pool({ size: 1 })
    await expect(p.run('exit', [3])).rejects.toBeInstanceOf(WorkerExitedError)
    expect(Buffer.from(await p.run<Uint8Array>('sha256', [Buffer.from('after')]))).toEqual(createHash('sha256').update('after').digest())
  })

  it('applies back-pressure: run() waits while maxQueued tasks are queued', async () => {
    const p = pool({ size: 1, maxQueued: 2 })
    const big = randomBytes(1 << 20)
    const running = [p.run('sha256', [big]), p.run('sha256', [big]), p.run('sha256', [big])] // 1 running + 2 queued
    let fourthDone = false
    const fourth = p.run('sha256', [big]).then(r => { fourthDone = true; return r })
    expect(p.queued).toBe(2)
    expect(fourthDone).toBe(false)
    await Promise.all([...running, fourth])
    expect(fourthDone).toBe(true)
    expect(p.queued).toBe(0)
  })

  it('close() rejects what is queued and what comes after', async () => {
    const p = pool({ size: 1, maxQueued: 8 })
    const big = randomBytes(4 << 20)
    const tasks = Array.from({ length: 5 }, async () => await p.run('sha256', [big]))
    const all = Promise.allSettled(tasks)
    await p.close()
    const settled = await all
    expect(settled.every(s => s.status === 'rejected' && s.reason instanceof PoolClosedError)).toBe(true)
    await expect(p.run('sha256', [big])).rejects.toBeInstanceOf(PoolClosedError)
  })
})
