import { describe, expect, it } from 'vitest'
import { MAX_SHARD_BYTES } from '../../proto/index.js'
import { MAX_POLICY_SHARDS } from '../erasure/constants.js'
import { DEFAULT_CONFIG, RepositoryError, largestShardBytes, validateConfig } from './repository.js'

const MiB = 1024 * 1024

describe('repository settings', () => {
  it('accept the defaults, whose largest shard is (16 MiB + one 4 MiB blob + 1 MiB) / 4', () => {
    expect(() => validateConfig(DEFAULT_CONFIG)).not.toThrow()
    expect(largestShardBytes(DEFAULT_CONFIG)).toBe(21 * MiB / 4)
  })

  it('hold k + m to MAX_POLICY_SHARDS', () => {
    expect(() => validateConfig({ ...DEFAULT_CONFIG, k: MAX_POLICY_SHARDS - 2, m: 2 })).not.toThrow()
    expect(() => validateConfig({ ...DEFAULT_CONFIG, k: MAX_POLICY_SHARDS - 1, m: 2 })).toThrow(RepositoryError)
  })

  it('refuse settings whose largest shard would be over MAX_SHARD_BYTES', () => {
    const big = { ...DEFAULT_CONFIG, k: 1, m: 1, packBytes: 64 * MiB }
    expect(largestShardBytes(big)).toBeGreaterThan(MAX_SHARD_BYTES)
    expect(() => validateConfig(big)).toThrow(/over the limit of 67108864/)
    expect(() => validateConfig({ ...big, k: 2 })).not.toThrow()
  })
})
