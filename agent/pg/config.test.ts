import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { pgConfigText, validatePgConfig } from './config.js'

describe('pg: in config.yaml', () => {
  it('is off unless set, and reads cluster, socket, mode, group and degraded', () => {
    expect(validatePgConfig(undefined)).toBeNull()
    expect(validatePgConfig({ cluster: 'main', socket: '/run/mb/wal.sock' })).toEqual({ cluster: 'main', socket: '/run/mb/wal.sock', socketMode: 0o660, socketGroup: null, degraded: false })
    expect(validatePgConfig({ cluster: 'db-1', socket: '/s', socketMode: '0666', socketGroup: 116, degraded: true })).toEqual({ cluster: 'db-1', socket: '/s', socketMode: 0o666, socketGroup: 116, degraded: true })
  })

  it('names the key that is wrong', () => {
    expect(() => validatePgConfig({ socket: '/s' })).toThrow(/pg\.cluster/)
    expect(() => validatePgConfig({ cluster: 'a/b', socket: '/s' })).toThrow(/pg\.cluster/)
    expect(() => validatePgConfig({ cluster: 'm', socket: 'rel/wal.sock' })).toThrow(/pg\.socket must be an absolute path/)
    expect(() => validatePgConfig({ cluster: 'm', socket: '/s', socketMode: '0999' })).toThrow(/pg\.socketMode/)
    expect(() => validatePgConfig({ cluster: 'm', socket: '/s', socketGroup: 'postgres' })).toThrow(/pg\.socketGroup/)
    expect(() => validatePgConfig({ cluster: 'm', socket: '/s', port: 5432 })).toThrow(/unknown setting pg\.port/)
  })

  it('writes what it reads', () => {
    const c = { cluster: 'main', socket: '/run/mb/wal.sock', socketMode: 0o660, socketGroup: 116, degraded: false }
    expect(validatePgConfig(YAML.parse(pgConfigText(c)).pg)).toEqual(c)
    expect(YAML.parse(pgConfigText(null))).toBeNull()
  })
})
