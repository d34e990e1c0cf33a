import { describe, expect, it } from 'vitest'
import { service, ServiceList } from './service.js'

describe('ServiceList', () => {
  it('starts in order, stops in reverse, and starts only what is new on a second start', async () => {
    const seen: string[] = []
    const list = new ServiceList()
    const add = (name: string): void => { list.add(service(name, { start: () => { seen.push(`start ${name}`) }, stop: () => { seen.push(`stop ${name}`) } })) }
    add('index')
    add('store')
    await list.start()
    add('node')
    await list.start()
    await list.stop()
    expect(seen).toEqual(['start index', 'start store', 'start node', 'stop node', 'stop store', 'stop index'])
    expect(list.names()).toEqual(['index', 'store', 'node'])
  })

  it('a failed start stops what was started and rethrows; a failed stop does not keep the others from stopping', async () => {
    const seen: string[] = []
    const stopErrors: string[] = []
    const list = new ServiceList((name, err) => stopErrors.push(`${name}: ${err.message}`))
    list.add(service('a', { stop: () => { seen.push('stop a') } }))
    list.add(service('b', { stop: () => { throw new Error('b is stuck') } }))
    list.add(service('c', { start: () => { throw new Error('c cannot start') }, stop: () => { seen.push('stop c') } }))
    await expect(list.start()).rejects.toThrow('c cannot start')
    expect(seen).toEqual(['stop a'])
    expect(stopErrors).toEqual(['b: b is stuck'])
  })
})
