#!/bin/sh
# Regenerates proto/gen/ from the .proto files (npm run proto:gen). The output is
# committed; test/generated.test.ts checks that it does not drift from the
# schemas. Usage: proto/gen.sh [OUTDIR] (default: proto/gen)
set -e
cd "$(dirname "$0")"
out="${1:-gen}"
mkdir -p "$out"
npx pbjs -t static-module -w es6 --no-beautify --force-number -p . -o "$out/meshbackup.js" format.proto wire.proto mesh.proto
npx pbts -o "$out/meshbackup.d.ts" "$out/meshbackup.js"
