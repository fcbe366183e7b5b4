#!/usr/bin/env bash
# Stop the servers that start.sh started, by the pids it recorded, and only
# if each pid still runs the program we started there (pids get reused).
# PURGE=1 also deletes the state dir (certs, registry blobs, logs).
set -euo pipefail

SANDBOX_DIR=${SANDBOX_DIR:-$PWD/.sandbox}
[ -d "$SANDBOX_DIR" ] || { echo "sandbox: no state dir $SANDBOX_DIR"; exit 0; }

# name of the pid file -> a string its /proc/<pid>/cmdline must contain
declare -A EXPECT=(
  [notary-server]=notary-server
  [token-notary-server]=notary-server
  [token-server]=token-server.mjs
  [registry]=docker-registry
)

for name in "${!EXPECT[@]}"; do
  pidfile=$SANDBOX_DIR/$name.pid
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
     tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "${EXPECT[$name]}"; then
    kill "$pid" 2>/dev/null || true
    # give it 5 s to exit on SIGTERM, then insist
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    echo "sandbox: stopped $name (pid $pid)"
  fi
  rm -f "$pidfile"
done

if [ "${PURGE:-0}" = 1 ]; then
  rm -rf "$SANDBOX_DIR"
  echo "sandbox: removed $SANDBOX_DIR"
fi
