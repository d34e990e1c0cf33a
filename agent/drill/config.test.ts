import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, validateConfig } from '../config.js'
import { drillsConfigText, validateDrillsConfig } from './config.js'

describe('the drills: section', () => {
  it('takes an absolute scratch path; anything else is an error naming the key', () => {
    expect(validateDrillsConfig(undefined)).toEqual({ scratch: null })
    expect(validateDrillsConfig({ scratch: '/var/tmp/d' })).toEqual({ scratch: '/var/tmp/d' })
    expect(() => validateDrillsConfig({ scratch: 'rel/dir' })).toThrow(/drills\.scratch must be an absolute path, got "rel\/dir"/)
    expect(() => validateDrillsConfig({ scratsh: '/x' })).toThrow(/unknown setting drills\.scratsh \(known: scratch\)/)
    expect(() => validateDrillsConfig([])).toThrow(/drills must be a mapping/)
  })

  it('is written commented out by default and read back when set', () => {
    expect(drillsConfigText({ scratch: null })).toContain('# drills:\n#   scratch: /var/tmp/meshbackup-drills\n')
    expect(drillsConfigText({ scratch: '/srv/scratch' })).toContain('drills:\n  scratch: "/srv/scratch"\n')
    expect(validateConfig({ ...DEFAULT_CONFIG, drills: { scratch: '/srv/scratch' } }).drills).toEqual({ scratch: '/srv/scratch' })
  })
})
