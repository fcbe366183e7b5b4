#!/usr/bin/env bash
# Stop what start-production.sh started, by the pids it recorded, and only if
# each pid still runs the process we started there (pids get reused):
#   stop-production.sh                               # everything
#   stop-production.sh notary-server notary-signer   # only these (a restart test)
# PURGE=1 with a full stop also deletes the state dir (database, keys, logs).
set -euo pipefail

SANDBOX_DIR=${SANDBOX_DIR:-$PWD/.sandbox-prod}
[ -d "$SANDBOX_DIR" ] || { echo "production: no state dir $SANDBOX_DIR"; exit 0; }
SANDBOX_DIR=$(cd "$SANDBOX_DIR" && pwd)
TOKEN_PORT=$(sed -n 's/^TOKEN_PORT=//p' "$SANDBOX_DIR/state.env" 2>/dev/null || true)
ALL=(registry token-server token-notary-server notary-server notary-signer postgres)   # clients before the database
services=("$@")
[ ${#services[@]} -gt 0 ] || services=("${ALL[@]}")

# a zombie counts as gone (the daemons are orphans; PID 1 may reap them late)
up() { kill -0 "$1" 2>/dev/null && [ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" != Z ]; }
# by command line: notary-signer makes itself non-dumpable, so its cwd is unreadable
ours() {   # ours PID NAME
  local cmd
  up "$1" && cmd=$( { tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null) || return 1
  case $2 in
    postgres) [[ $cmd == *"-D $SANDBOX_DIR/pg/data"* ]] ;;
    registry) [[ $cmd == *"docker-registry serve $SANDBOX_DIR/registry.yml"* ]] ;;
    token-server) [[ $cmd == *"token-server.mjs --port $TOKEN_PORT "* ]] ;;
    *) [[ $cmd == *" -config $SANDBOX_DIR/$2.json"* ]] ;;
  esac
}

for name in "${ALL[@]}"; do
  case " ${services[*]} " in *" $name "*) ;; *) continue ;; esac
  pidfile=$SANDBOX_DIR/$name.pid
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if [[ "$pid" =~ ^[0-9]+$ ]] && ours "$pid" "$name"; then
    # postgres: SIGINT is a "fast" shutdown (pg_ctl stop -m fast)
    if [ "$name" = postgres ]; then sig=INT; else sig=TERM; fi
    kill -s "$sig" "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do up "$pid" || break; sleep 0.05; done
    if up "$pid"; then kill -9 "$pid" 2>/dev/null || true; fi
    echo "production: stopped $name (pid $pid)"
  fi
  rm -f "$pidfile"
done

if [ "${PURGE:-0}" = 1 ] && [ $# -eq 0 ]; then
  sock=$(sed -n 's/^PG_SOCKET_DIR=//p' "$SANDBOX_DIR/state.env" 2>/dev/null || true)
  case $sock in /tmp/dct-pgsock.*) rm -rf "$sock" ;; esac
  rm -rf "$SANDBOX_DIR"
  echo "production: removed $SANDBOX_DIR"
fi
