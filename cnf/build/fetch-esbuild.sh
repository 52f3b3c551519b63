#!/usr/bin/env bash
# Fetches esbuild's binary for this machine (the npm package of its platform) into OUT/esbuild/VERSION.
# usage: fetch-esbuild.sh OUT VERSION
set -euo pipefail
platform=$(node -p 'process.platform + "-" + process.arch')
exec bash "$(dirname "$0")/fetch-npm.sh" "$1" esbuild "@esbuild/$platform" "$2" "bin/esbuild"
