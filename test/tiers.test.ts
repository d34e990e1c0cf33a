/**
 * Each test file runs in exactly one tier (test/tiers.ts), and in the right
 * one: a file that starts libp2p nodes is a node test (`*.node.test.ts`), one
 * that starts agents or loads dist/ is an agent test; the unit tier does
 * neither and needs no build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { minimatch } from 'minimatch'
import { describe, expect, it } from 'vitest'
import { AGENT_FILES, TIERS } from './tiers.js'
import type { Tier } from './tiers.js'

const root = resolve(import.meta.dirname, '..')

/** Starts in-process libp2p nodes. */
const NODE_MARKERS = /\bcreateMeshNode\(|\bcreateLibp2p\(|\bmemberNode\(|['"]@libp2p\/tcp['"]/
/** Starts agent processes or loads built code. */
const AGENT_MARKERS = /harness\.js['"]|['"/]dist\/|cli\/bin\.js/

const matches = (path: string, globs: readonly string[]): boolean => globs.some(g => minimatch(path, g))

function tiersOf (path: string, tiers: readonly Tier[] = TIERS): string[] {
  return tiers.filter(t => matches(path, t.include) && !matches(path, t.exclude)).map(t => t.name)
}

/** The tier a test file with this content needs (agents may start nodes of their own too). */
function tierFor (text: string): 'nodes' | 'agents' | 'unit' {
  if (AGENT_MARKERS.test(text)) return 'agents'
  if (NODE_MARKERS.test(text)) return 'nodes'
  return 'unit'
}

function testFiles (): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = `${rel}/${e.name}`
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(path)
      } else if (e.name.endsWith('.test.ts')) out.push(path)
    }
  }
  for (const top of ['agent', 'protocol', 'store', 'cli', 'proto', 'test']) walk(top)
  return out
}

describe('test tiers', () => {
  it('every test file is in exactly one tier, the one its content needs', () => {
    const files = testFiles()
    expect(files.length).toBeGreaterThan(20)
    const wrong: string[] = []
    for (const f of files) {
      const tiers = tiersOf(f)
      // this file holds the markers as examples
      const need = f === 'test/tiers.test.ts' ? 'unit' : tierFor(readFileSync(join(root, f), 'utf8'))
      const ok = tiers.length === 1 && tiers[0] === need
      if (!ok) wrong.push(`${f}: in ${tiers.join(' and ') || 'no tier'}, needs ${need}`)
    }
    expect(wrong).toEqual([])
  })

  it('the files listed as agent tests exist', () => {
    expect(AGENT_FILES.filter(f => !existsSync(join(root, f)))).toEqual([])
  })

  it('places new files by name and folder', () => {
    expect(tiersOf('protocol/shard/shard.test.ts')).toEqual(['unit'])
    expect(tiersOf('test/golden/pack.test.ts')).toEqual(['unit'])
    expect(tiersOf('agent/services/gate/gate.test.ts')).toEqual(['unit'])
    expect(tiersOf('protocol/shard/shard.node.test.ts')).toEqual(['nodes'])
    expect(tiersOf('test/mesh/catalog.node.test.ts')).toEqual(['nodes'])
    expect(tiersOf('test/mesh/new-agents.test.ts')).toEqual(['agents'])
    expect(tiersOf('test/demo.test.ts')).toEqual(['agents'])
    expect(tiersOf('dist/test/layers.test.ts')).toEqual([])
    expect(tiersOf('agent/chunker/chunker.ts')).toEqual([])
  })

  it('tells node and agent tests by their content', () => {
    expect(tierFor("const node = await createMeshNode({ privateKey })")).toBe('nodes')
    expect(tierFor("import { tcp } from '@libp2p/tcp'")).toBe('nodes')
    expect(tierFor("import { MeshHarness } from './harness.js'")).toBe('agents')
    expect(tierFor("new URL('../dist/agent/runtime.js', import.meta.url)")).toBe('agents')
    expect(tierFor("import { Chunker } from './chunker.js'")).toBe('unit')
  })
})
