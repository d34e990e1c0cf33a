import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { ProgressBar } from './progress.js'

function fakeTerminal (): { stream: NodeJS.WriteStream, text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough
  let out = ''
  s.on('data', (d: Buffer) => { out += d.toString() })
  Object.assign(s, { isTTY: true, columns: 160, rows: 40 })
  return { stream: s, text: () => out }
}

describe('progress bar', () => {
  it('draws files, bytes, rate and ETA once totals are known', async () => {
    const t = fakeTerminal()
    const bar = new ProgressBar('backup', true, t.stream)
    bar.start()
    bar.update({ files: 3, bytes: 10 * 1024 * 1024, added: 1024 })
    await new Promise(resolve => setTimeout(resolve, 50))
    bar.update({ files: 5, bytes: 20 * 1024 * 1024, added: 2048 })
    bar.total(10, 40 * 1024 * 1024)
    bar.stop()
    const text = t.text()
    expect(text).toMatch(/backup .* 50% \| 5\/10 files \| 20\.0 MiB \/ 40\.0 MiB \| [\d.]+ [KMG]?i?B\/s \| 2\.00 KiB new \| 0:0\d ETA 0:\d\d/)
  })

  it('shows what is done before totals arrive', () => {
    const t = fakeTerminal()
    const bar = new ProgressBar('restore', true, t.stream)
    bar.start()
    bar.update({ files: 2, bytes: 5000 })
    bar.stop()
    expect(t.text()).toMatch(/restore .*\? ?% \| 2 files \| 4\.88 KiB \|/)
  })

  it('draws nothing when disabled or not on a terminal', () => {
    const t = fakeTerminal()
    const off = new ProgressBar('backup', false, t.stream)
    off.start(); off.update({ files: 1, bytes: 1 }); off.stop()
    const pipe = new PassThrough() as unknown as NodeJS.WriteStream
    let piped = ''
    ;(pipe as unknown as PassThrough).on('data', (d: Buffer) => { piped += d.toString() })
    const noTty = new ProgressBar('backup', true, pipe)
    noTty.start(); noTty.update({ files: 1, bytes: 1 }); noTty.stop()
    expect(t.text()).toBe('')
    expect(piped).toBe('')
  })
})
