/**
 * The layers, read from the imports: cli -> agent -> protocol/store -> proto.
 * An import may point down or stay in its layer, never up; on top of that,
 * cli/ never imports store/ (it reaches the repository through agent/), and
 * store/ never imports protocol/ (protocol/ may use store/'s formats). Code
 * in the layers never imports test/. Every .ts file under the five folders
 * counts except tests (*.test.ts), declarations and proto/gen.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')

/** The layers from the bottom (1) up; store and protocol share a floor. */
const RANK: Readonly<Record<string, number>> = { proto: 1, store: 2, protocol: 2, agent: 3, cli: 4 }

/** Imports that may point between two layers against the rule for one floor. */
const FORBIDDEN_ACROSS: ReadonlyArray<readonly [from: string, to: string]> = [
  ['cli', 'store'],
  ['store', 'protocol']
]

/**
 * Arrows up that are known and being removed (none today). Each entry must
 * still be there (the test says so when it is gone): delete it then.
 */
const KNOWN_ARROWS_UP: readonly string[] = []

interface SourceFile {
  /** Relative to the project root, with forward slashes. */
  path: string
  text: string
}

/** `text` with its comments blanked out; strings and template literals kept. */
function stripComments (text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end === -1 ? text.length : end + 2
      out += text.slice(i, stop).replace(/[^\n]/g, ' ')
      i = stop
    } else if (c === '\'' || c === '"' || c === '`') {
      let j = i + 1
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1
      out += text.slice(i, j + 1)
      i = j + 1
    } else {
      out += c
      i++
    }
  }
  return out
}

/** The module specifiers `text` imports or re-exports, statically or with import(). */
function importsOf (text: string): string[] {
  const code = stripComments(text)
  const specs: string[] = []
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, // import x from, import type { y } from, export * from
    /\bimport\s*['"]([^'"]+)['"]/g, // import './side-effect.js'
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g // await import('./lazy.js')
  ]
  for (const re of patterns) {
    for (const m of code.matchAll(re)) specs.push(m[1])
  }
  return specs
}

/** Whether an import from layer `from` to top-level folder `to` points up. */
function pointsUp (from: string, to: string): boolean {
  if (from === to) return false
  if (to === 'test') return true
  const rFrom = RANK[from]
  const rTo = RANK[to]
  if (rFrom === undefined || rTo === undefined) return false
  return rTo > rFrom || FORBIDDEN_ACROSS.some(([f, t]) => f === from && t === to)
}

/** Every import in `files` that points up, as `path -> specifier`. */
function arrowsUp (files: readonly SourceFile[]): string[] {
  const bad: string[] = []
  for (const file of files) {
    const from = file.path.split('/')[0]
    for (const spec of importsOf(file.text)) {
      if (!spec.startsWith('.')) continue // packages and node: builtins
      const target = posix.normalize(posix.join(posix.dirname(file.path), spec))
      if (pointsUp(from, target.split('/')[0])) bad.push(`${file.path} -> ${spec}`)
    }
  }
  return bad
}

/** The project's layered sources (tests, declarations and proto/gen left out). */
function projectSources (): SourceFile[] {
  const files: SourceFile[] = []
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && path !== 'proto/gen') walk(path)
      } else if (entry.name.endsWith('.ts') && !/\.(test|d)\.ts$/.test(entry.name)) {
        files.push({ path, text: readFileSync(join(root, path), 'utf8') })
      }
    }
  }
  for (const layer of Object.keys(RANK)) walk(layer)
  return files
}

describe('layers', () => {
  it('no import in the tree points up the layers', () => {
    const files = projectSources()
    for (const layer of Object.keys(RANK)) {
      expect(files.some(f => f.path.startsWith(`${layer}/`)), `no source read under ${layer}/`).toBe(true)
    }
    const found = arrowsUp(files)
    expect(found.filter(a => !KNOWN_ARROWS_UP.includes(a)), 'imports that point up the layers').toEqual([])
    expect(KNOWN_ARROWS_UP.filter(a => !found.includes(a)), 'fixed: remove from KNOWN_ARROWS_UP').toEqual([])
  })

  it('reads static, type-only, side-effect, re-export and dynamic imports, not comments or strings', () => {
    const text = [
      "import { a,\n  b } from './multi-line.js'",
      "import type { T } from \"../type-only.js\"",
      "import * as ns from './namespace.js'",
      "import def, { c } from './default.js'",
      "import './side-effect.js'",
      "export { d } from './re-export.js'",
      "export * from './star.js'",
      "export type { E } from './type-export.js'",
      "const m = await import('./dynamic.js')",
      "// import { gone } from './line-comment.js'",
      "/* import { gone } from './block-comment.js' */",
      "/**\n * import the key from './doc-comment.js'\n */",
      "const s = \"import { x } from './in-a-string.js' // not a comment\"",
      "const url = 'http://example.org' // a '//' in a string is no comment",
      "import { after } from './after-url.js'"
    ].join('\n')
    expect(importsOf(text).sort()).toEqual([
      '../type-only.js', './after-url.js', './default.js', './dynamic.js', './multi-line.js', './namespace.js',
      './re-export.js', './side-effect.js', './star.js', './type-export.js',
      // the string's content looks like an import and is kept: a false alarm, never a miss
      './in-a-string.js'
    ].sort())
  })

  it('flags every arrow that points up, and only those, on a planted tree', () => {
    const imp = (specs: string[]): string => specs.map(s => `import { x } from '${s}'`).join('\n')
    const files: SourceFile[] = [
      { path: 'proto/index.ts', text: imp(['./gen/format.js', '../store/keys.js']) },
      { path: 'store/shard-store.ts', text: imp(['../proto/index.js', './keys.js', '../protocol/shard/header.js', '../agent/config.js']) },
      { path: 'protocol/shard/client.ts', text: imp(['../../proto/index.js', '../../store/shard-format.js', '../common/stream-io.js', '../../agent/mesh/node.js']) },
      { path: 'agent/agent.ts', text: imp(['../proto/index.js', '../store/index-db.js', '../protocol/shard/index.js', './config.js', '../cli/printer.js']) },
      { path: 'agent/util/fixture.ts', text: imp(['../../test/fixtures/tree.js', 'node:fs', '@libp2p/interface']) },
      { path: 'cli/commands/init.ts', text: imp(['../../agent/config.js', '../../protocol/status/index.js', '../../proto/index.js', '../../store/index-db.js']) },
      { path: 'cli/main.ts', text: "const { Agent } = await import('../agent/agent.js')\nimport type { IndexDb } from '../store/index-db.js'" }
    ]
    expect(arrowsUp(files).sort()).toEqual([
      'proto/index.ts -> ../store/keys.js',
      'store/shard-store.ts -> ../protocol/shard/header.js',
      'store/shard-store.ts -> ../agent/config.js',
      'protocol/shard/client.ts -> ../../agent/mesh/node.js',
      'agent/agent.ts -> ../cli/printer.js',
      'agent/util/fixture.ts -> ../../test/fixtures/tree.js',
      'cli/commands/init.ts -> ../../store/index-db.js',
      'cli/main.ts -> ../store/index-db.js'
    ].sort())
  })
})
