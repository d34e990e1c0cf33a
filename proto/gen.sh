#!/bin/sh
# Regenerates proto/gen/ from the .proto files (npm run proto:gen). The output is
# committed; CI checks that it does not drift from the schemas.
set -e
cd "$(dirname "$0")"
npx pbjs -t static-module -w es6 --no-beautify --force-number -p . -o gen/meshbackup.js format.proto wire.proto
npx pbts -o gen/meshbackup.d.ts gen/meshbackup.js
