import { Writable } from 'node:stream'
import { peerIdFromString } from '@libp2p/peer-id'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { componentLog, pinoComponentLogger } from './log.js'

function capture (level: string): { root: pino.Logger, lines: () => Array<Record<string, unknown>> } {
  const out: string[] = []
  const sink = new Writable({ write (chunk: Buffer, _enc, done) { out.push(chunk.toString('utf8')); done() } })
  const root = pino({ level, base: undefined, timestamp: false }, sink)
  return { root, lines: () => out.join('').split('\n').filter(l => l !== '').map(l => JSON.parse(l) as Record<string, unknown>) }
}

const PEER = '12D3KooWGWcuDvo4hsBNm5f7jQfFqjMCnVZ3dr9SAF8NpFPjk8Ve'

describe('one logger family', () => {
  it('libp2p-style loggers write pino lines with the component and libp2p format specifiers', () => {
    const { root, lines } = capture('trace')
    const log = pinoComponentLogger(root).forComponent('meshbackup:protocol:shard')
    expect(log.enabled).toBe(true)
    log('put from %p: %d bytes, %s', peerIdFromString(PEER), 42, 'ok')
    log.error('failed: %e', new Error('boom'))
    log.trace('hash %x', Uint8Array.of(0xab, 0xcd))
    log.newScope('stream')('scoped %s', 'line', 'extra')
    const got = lines()
    expect(got.map(l => [l.component, l.level, l.msg])).toEqual([
      ['meshbackup:protocol:shard', 20, `put from ${PEER}: 42 bytes, ok`],
      ['meshbackup:protocol:shard', 20, expect.stringMatching(/^failed: Error: boom\n/)],
      ['meshbackup:protocol:shard', 10, 'hash abcd'],
      ['meshbackup:protocol:shard:stream', 20, 'scoped line extra']
    ])
    expect(got[1].failure).toBe(true)
  })

  it('is silent and reports enabled: false below debug', () => {
    const { root, lines } = capture('info')
    const log = pinoComponentLogger(root).forComponent('libp2p:yamux')
    expect(log.enabled).toBe(false)
    log('frame %d', 1)
    log.error('reset')
    log.trace('x')
    expect(lines()).toEqual([])
  })

  it('names agent components on pino children', () => {
    const { root, lines } = capture('info')
    componentLog(root, 'repair').info({ packs: 2 }, 'repaired')
    expect(lines()).toEqual([{ level: 30, component: 'repair', packs: 2, msg: 'repaired' }])
  })
})
