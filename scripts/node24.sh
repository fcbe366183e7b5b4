#!/usr/bin/env bash
# Installs the Node the Action declares (action.yml: runs.using node24) and
# prints the path of its binary. The exact version is pinned in ONE place,
# package.json "config.actionNode"; the binary comes from the npm registry
# package node-linux-<arch> (a plain bin/node), unpacked once into
# ${XDG_CACHE_HOME:-~/.cache}/dct-sign/ and reused (it survives `npm ci`).
# Used by scripts/test.sh (the Action's e2e tests run on it) and the bench.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

version=$(node -p 'require("./package.json").config.actionNode')
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "node24.sh: no node-linux package for $(uname -m)" >&2; exit 1 ;;
esac
[ "$(uname -s)" = Linux ] || { echo "node24.sh: Linux only (node-linux-$arch)" >&2; exit 1; }

dir=${XDG_CACHE_HOME:-$HOME/.cache}/dct-sign/node-linux-$arch-$version
bin=$dir/package/bin/node
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  echo "node24.sh: installing node-linux-$arch@$version into $dir" >&2
  tarball=$(cd "$dir" && npm pack --silent "node-linux-$arch@$version")
  tar -xzf "$dir/$tarball" -C "$dir"
  rm -f "$dir/$tarball"
  [ "$("$bin" --version)" = "v$version" ] || { echo "node24.sh: $bin is not v$version" >&2; exit 1; }
fi
echo "$bin"
