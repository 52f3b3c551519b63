#!/usr/bin/env bash
# Fetches files from npm packages into OUT/<name>/<version>/ (keeping their paths inside the
# package), checking each tarball against the integrity the registry publishes. Nothing fetched
# here is ever committed.
#
# usage: fetch-npm.sh OUT (NAME PACKAGE VERSION "FILE...")...
set -euo pipefail
out=$1; shift
while [ $# -gt 0 ]; do
  name=$1 package=$2 version=$3 files=$4; shift 4
  dest="$out/$name/$version"
  expected=$(npm view "$package@$version" dist.integrity 2>/dev/null || true)
  if [ -f "$dest/.integrity" ] && [ -n "$expected" ] && [ "$(cat "$dest/.integrity")" = "$expected" ]; then
    continue
  fi
  if [ -f "$dest/.integrity" ] && [ -z "$expected" ]; then
    echo "fetch-npm: registry unreachable, keeping $package@$version already in $dest"
    continue
  fi
  [ -n "$expected" ] || { echo "fetch-npm: cannot read the integrity of $package@$version" >&2; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  echo "fetch-npm: $package@$version"
  tarball=$(cd "$work" && npm pack "$package@$version" --silent 2>/dev/null | tail -n 1)
  algo=${expected%%-*}
  actual="$algo-$(openssl dgst -"$algo" -binary "$work/$tarball" | base64 -w0)"
  if [ "$actual" != "$expected" ]; then
    echo "fetch-npm: $package@$version: integrity mismatch (expected $expected, got $actual)" >&2
    exit 1
  fi
  tar -xzf "$work/$tarball" -C "$work"
  rm -rf "$dest" && mkdir -p "$dest"
  for f in $files; do
    [ -f "$work/package/$f" ] || { echo "fetch-npm: $package@$version has no $f" >&2; exit 1; }
    mkdir -p "$(dirname "$dest/$f")"
    cp -p "$work/package/$f" "$dest/$f"
  done
  echo "$expected" > "$dest/.integrity"
  rm -rf "$work"; trap - EXIT
done
