#!/bin/sh
# Regenerates proto/gen/ from the .proto files (npm run proto:gen): one static
# module per schema, gen/NAME.js and gen/NAME.d.ts, holding NAME.proto's types
# (gen-module.cjs says how the schemas share one namespace). Only encode and
# decode are generated: no create, verify, from/toObject, toJSON, delimited
# or type-URL functions. 64-bit integers are JS numbers. The output is
# committed; test/generated.test.ts checks that it does not drift from the
# schemas. Usage: proto/gen.sh [OUTDIR] (default: proto/gen)
set -e
cd "$(dirname "$0")"
out="${1:-gen}"
mkdir -p "$out"
cli=../node_modules/protobufjs-cli/bin
# NAME.proto -> gen/NAME.js + gen/NAME.d.ts (the three run side by side)
gen() {
  node "$cli/pbjs" -t ./gen-module.cjs -w es6 -r meshbackup --no-beautify --force-number \
    --no-create --no-verify --no-convert --no-delimited --no-typeurl \
    -p . -o "$out/$1.js" "$1.proto"
  node "$cli/pbts" -o "$out/$1.d.ts" "$out/$1.js"
  node gen-module.cjs dts "$1.proto" "$out/$1.d.ts"
}
pids=
for proto in *.proto; do
  gen "${proto%.proto}" &
  pids="$pids $!"
done
for pid in $pids; do wait "$pid"; done
