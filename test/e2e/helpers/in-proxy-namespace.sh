#!/usr/bin/env bash
# Usage (as root): unshare -m bash in-proxy-namespace.sh HOSTS CONF PORT CMD...
# Inside a private mount namespace (unshare -m makes its mounts private):
# /etc/hosts is replaced by HOSTS, so the sandbox servers have non-loopback
# names there and only there; tinyproxy starts with CONF on 127.0.0.1:PORT in
# the same namespace (it must resolve the same names); then CMD runs, and
# tinyproxy stops when it ends. The machine's own /etc/hosts is untouched.
set -euo pipefail
hosts=$1 conf=$2 port=$3
shift 3
mount --bind "$hosts" /etc/hosts
tinyproxy -d -c "$conf" >/dev/null 2>&1 &
proxy=$!
trap 'kill "$proxy" 2>/dev/null || true; wait "$proxy" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 0.05
done
set +e
"$@"
exit $?
