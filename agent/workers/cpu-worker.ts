/**
 * The per-byte operations a WorkerPool runs for the data path, as the source of
 * its workers (plain JavaScript, so it runs the same from dist/ and under the
 * test runner). Each op is the same function the main thread would call, so the
 * results are byte-identical: `blobId` = HMAC-SHA-256 under the id key
 * (crypto/keys.ts blobId), `sha256`, `zstdCompress` (level as compress.ts).
 * Buffers come back transferred.
 */
import { createRequire } from 'node:module'
import { WorkerPool } from './pool.js'
import type { WorkerPoolInit } from './pool.js'

const ZSTD_PATH = createRequire(import.meta.url).resolve('@mongodb-js/zstd/bindings.js') // index.js drops the level

export const CPU_WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash, createHmac } = require('node:crypto')
let zstd
const ops = {
  blobId: (key, data) => createHmac('sha256', key).update(data).digest(),
  sha256: (data) => createHash('sha256').update(data).digest(),
  zstdCompress: async (data, level) => { zstd ??= require(${JSON.stringify(ZSTD_PATH)}); return await zstd.compress(Buffer.from(data.buffer, data.byteOffset, data.byteLength), level) },
  fail: (msg) => { throw new Error(msg) },
  exit: (code) => { process.exit(code) }
}
parentPort.on('message', async ({ id, op, args }) => {
  try {
    const f = ops[op]
    if (f === undefined) throw new Error('unknown op ' + op)
    const value = await f(...args)
    const transfer = value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? [value.buffer] : []
    parentPort.postMessage({ id, ok: true, value }, transfer)
  } catch (err) {
    parentPort.postMessage({ id, ok: false, error: String(err && err.message || err) })
  }
})
`

/** A pool of workers that run CPU_WORKER_SOURCE's ops. */
export function cpuWorkerPool (init: Omit<WorkerPoolInit, 'source'> = {}): WorkerPool {
  return new WorkerPool({ ...init, source: CPU_WORKER_SOURCE })
}
