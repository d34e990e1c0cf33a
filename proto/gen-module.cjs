'use strict'
/*
 * One generated module per schema (proto/gen.sh): gen/NAME.js holds the types
 * of NAME.proto only. The schemas import each other (wire imports format, mesh
 * imports wire), so a module imports the modules of its imports and all of
 * them add their types to one shared `meshbackup` namespace object: encode and
 * decode reach another schema's types through it, at call time.
 *
 * - As a pbjs target (`pbjs -t ./gen-module.cjs -o gen/NAME.js NAME.proto`):
 *   pbjs' static-module target, emitting only NAME.proto's types, with an
 *   `import "./DEP.js"` per imported schema and the namespace object shared.
 * - As a script (`node gen-module.cjs dts NAME.proto gen/NAME.d.ts`): turns
 *   pbts' declarations of a schema that imports others into an augmentation
 *   of the namespace declared by the schema that imports none, so TypeScript
 *   sees one `meshbackup` namespace with every type, re-exported by every module.
 */
const { existsSync, readFileSync, writeFileSync } = require('node:fs')
const { basename, dirname, join } = require('node:path')

/** The schemas a .proto file imports, by file name (`import "x.proto";`). */
function importsOf (protoPath) {
  return [...readFileSync(protoPath, 'utf8').matchAll(/^\s*import\s+(?:public\s+|weak\s+)?"([^"]+)"\s*;/gm)].map(m => m[1])
}

/** Every schema `proto` depends on, directly or not, deepest first, without duplicates. */
function dependencies (dir, proto, seen = new Set()) {
  const out = []
  for (const dep of importsOf(join(dir, proto))) {
    if (seen.has(dep)) continue
    seen.add(dep)
    out.push(...dependencies(dir, dep, seen), dep)
  }
  return out
}

/** The schema among `proto` and its dependencies that imports nothing: it declares the namespace. */
function baseSchema (dir, proto) {
  const bases = [proto, ...dependencies(dir, proto)].filter(p => importsOf(join(dir, p)).length === 0)
  if (bases.length !== 1) throw new Error(`${proto}: expected one schema without imports among it and its dependencies, found ${bases.length}`)
  return bases[0]
}

const moduleOf = proto => `./${basename(proto, '.proto')}.js`

function target (root, options, callback) {
  const out = options.out
  if (typeof out !== 'string' || !out.endsWith('.js')) return callback(new Error('gen-module: -o gen/NAME.js is required'))
  const main = `${basename(out, '.js')}.proto`
  const dir = dirname(root.files.find(f => basename(f) === main) ?? main)
  if (!existsSync(join(dir, main))) return callback(new Error(`gen-module: ${main} (named after ${out}) is not among the loaded schemas`))

  const packages = root.nestedArray.filter(ns => ns.filename === null || ns.filename === undefined)
  if (packages.length !== 1 || root.nestedArray.length !== 1) return callback(new Error('gen-module: the schemas must declare exactly one package'))
  const pkg = packages[0]
  // emit only the main schema's types; the others stay in the tree, so references resolve to their full names
  Object.defineProperty(pkg, 'nestedArray', { value: pkg.nestedArray.filter(t => basename(t.filename) === main), configurable: true })

  require('protobufjs-cli/targets/static-module')(root, options, (err, code) => {
    if (err) return callback(err)
    const emptyNs = `    const ${pkg.name} = {};\n`
    const sharedNs = `    const ${pkg.name} = $root.${pkg.name} || {};\n`
    const protobufImport = /^import \$protobuf from [^\n]*\n/m
    if (!code.includes(emptyNs) || !protobufImport.test(code)) return callback(new Error('gen-module: the static-module output has changed shape; update gen-module.cjs'))
    const deps = dependencies(dir, main).map(d => `import "${moduleOf(d)}";\n`).join('')
    callback(null, code.replace(emptyNs, sharedNs).replace(protobufImport, m => m + deps))
  })
}

/** Rewrites pbts' declarations `dts` of schema `proto` (in `dir`) as described above. */
function rewriteDts (dir, proto, dts) {
  const base = baseSchema(dir, proto)
  if (base === proto) return
  const text = readFileSync(dts, 'utf8')
  const start = text.search(/^(\/\*\*[^\n]*\*\/\n)?export namespace (\w+) \{$/m)
  const name = /^export namespace (\w+) \{$/m.exec(text)?.[1]
  if (start === -1 || name === undefined) throw new Error(`${dts}: no top-level namespace; update gen-module.cjs`)
  const head = text.slice(0, start)
  const deps = dependencies(dir, proto).map(d => `import "${moduleOf(d)}";\n`).join('')
  writeFileSync(dts, `${head}${deps}export { ${name} } from "${moduleOf(base)}";\n\ndeclare module "${moduleOf(base)}" {\n${text.slice(start).trimEnd()}\n}\n`)
}

module.exports = target

if (require.main === module) {
  const [cmd, proto, dts] = process.argv.slice(2)
  if (cmd !== 'dts' || proto === undefined || dts === undefined) {
    process.stderr.write('usage: node gen-module.cjs dts NAME.proto OUT.d.ts\n')
    process.exit(2)
  }
  rewriteDts(process.cwd(), proto, dts)
}
