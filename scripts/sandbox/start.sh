#!/usr/bin/env bash
# Start a throwaway Docker Content Trust back end on loopback for the e2e tests:
#   - notary-server (TLS, memory storage, local signer), no auth
#   - a second notary-server with `auth: token`, whose realm is
#   - token-server.mjs, a tiny ES256 JWT token endpoint (Basic dct-user/dct-pass)
#   - docker-registry (plain HTTP, blobs in the state dir, delete enabled)
# Every port is picked free at start, so several sandboxes (and a packaged
# registry on :5000) can coexist. Writes $SANDBOX_DIR/sandbox.env and
# sandbox.json describing the sandbox. Exits non-zero, with the log tails, if
# anything does not come up.
#
# If the state dir already holds a sandbox whose servers all still run, it is
# reused as is; otherwise leftovers are stopped and a fresh one is started.
# Needs: notary-server, docker-registry, openssl, curl, node (install-deps.sh).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SANDBOX_DIR=${SANDBOX_DIR:-$PWD/.sandbox}
NOTARY_LOG_LEVEL=${NOTARY_LOG_LEVEL:-info}   # info: one JSON line per request
READY_TIMEOUT=${READY_TIMEOUT:-20}           # seconds
# Fixed, public test credentials and token parameters (nothing secret here).
TOKEN_USER=dct-user TOKEN_PASSWORD=dct-pass
TOKEN_SERVICE=dct-sandbox-notary TOKEN_ISSUER=dct-sandbox-token-issuer

die() { echo "sandbox: $*" >&2; exit 1; }
for bin in notary-server docker-registry openssl curl node; do
  command -v "$bin" >/dev/null || die "'$bin' not found; run scripts/sandbox/install-deps.sh as root"
done

mkdir -p "$SANDBOX_DIR"
SANDBOX_DIR=$(cd "$SANDBOX_DIR" && pwd)
cd "$SANDBOX_DIR"
SERVERS=(notary-server token-notary-server token-server registry)

alive() { [ -f "$1.pid" ] && kill -0 "$(cat "$1.pid")" 2>/dev/null; }

# --- 0. Reuse a running sandbox, or clear what is left of a dead one. -------
if [ -s sandbox.json ]; then
  all=1
  for s in "${SERVERS[@]}"; do alive "$s" || all=; done
  # a running sandbox whose TLS certificate is about to expire is not reused
  openssl x509 -checkend 86400 -noout -in tls/server.crt >/dev/null 2>&1 || all=
  if [ -n "$all" ]; then
    echo "sandbox: already running in $SANDBOX_DIR (reusing it)"
    exit 0
  fi
  echo "sandbox: stale state in $SANDBOX_DIR; stopping leftovers and starting afresh"
  SANDBOX_DIR=$SANDBOX_DIR bash "$HERE/stop.sh" >/dev/null
  rm -f sandbox.json sandbox.env
fi
mkdir -p tls logs registry

# --- 1. Free loopback ports, picked now (not fixed), one per server. --------
mapfile -t PORTS < <(node "$HERE/free-ports.mjs" 4)
[ "${#PORTS[@]}" = 4 ] || die "could not pick free ports"
NOTARY_ADDR=127.0.0.1:${PORTS[0]}
TOKEN_NOTARY_ADDR=127.0.0.1:${PORTS[1]}
TOKEN_PORT=${PORTS[2]}
REGISTRY_ADDR=127.0.0.1:${PORTS[3]}
NOTARY_URL=https://$NOTARY_ADDR
TOKEN_NOTARY_URL=https://$TOKEN_NOTARY_ADDR
TOKEN_REALM=http://127.0.0.1:$TOKEN_PORT/token
REGISTRY_URL=http://$REGISTRY_ADDR

# --- 2. Throwaway keys and certs (ECDSA P-256, 30 days). --------------------
# Made at start, so their lifetime never depends on the date the suite runs;
# 30 days is far past any run (CI's limit is 90 minutes). A state dir kept
# from earlier whose CA or server cert has less than a day left is remade.
fresh_for_a_day() { openssl x509 -checkend 86400 -noout -in "$1" >/dev/null 2>&1; }
if [ -s tls/server.crt ] && ! { fresh_for_a_day tls/ca.crt && fresh_for_a_day tls/server.crt && fresh_for_a_day tls/token.crt; }; then
  echo "sandbox: the certificates in $SANDBOX_DIR/tls expire within a day; making new ones"
  rm -f tls/*
fi
# The server cert also names notary.dct.test: the proxy e2e reaches the
# servers under that non-loopback name (a private /etc/hosts); older state
# dirs made without it are remade.
if [ -s tls/server.crt ] && ! openssl x509 -noout -ext subjectAltName -in tls/server.crt 2>/dev/null | grep -q notary.dct.test; then
  rm -f tls/*
fi
# The CA signs the TLS cert both notary-servers serve; clients trust ca.crt.
# token.crt is self-signed: notary-server trusts it as `rootcertbundle`, and
# the token server puts it in each JWT's x5c header.
if [ ! -s tls/server.crt ]; then
  ossl() { openssl "$@" 2>>logs/openssl.log || die "openssl $1 failed; see $SANDBOX_DIR/logs/openssl.log"; }
  ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
    -subj "/CN=dct-sign sandbox test CA" -keyout tls/ca.key -out tls/ca.crt \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
  ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "/CN=127.0.0.1" -keyout tls/server.key -out tls/server.csr
  printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature" \
    "extendedKeyUsage=serverAuth" "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:notary.dct.test" >tls/server.ext
  ossl x509 -req -in tls/server.csr -CA tls/ca.crt -CAkey tls/ca.key -CAcreateserial \
    -days 30 -extfile tls/server.ext -out tls/server.crt
  ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
    -subj "/CN=$TOKEN_ISSUER" -keyout tls/token.key -out tls/token.crt
  chmod 600 tls/*.key
fi

# --- 3. Configs. Relative paths in notary configs are relative to the file. -
notary_config() {   # $1 = listen address, $2 = extra JSON members (auth) or ""
  cat <<JSON
{
  "server": {"http_addr": "$1",
             "tls_cert_file": "tls/server.crt", "tls_key_file": "tls/server.key"},
  "trust_service": {"type": "local"},
  "storage": {"backend": "memory"},
  $2"logging": {"level": "$NOTARY_LOG_LEVEL"}
}
JSON
}
notary_config "$NOTARY_ADDR" "" >notary-server.json
notary_config "$TOKEN_NOTARY_ADDR" "\"auth\": {\"type\": \"token\", \"options\": {
    \"realm\": \"$TOKEN_REALM\", \"service\": \"$TOKEN_SERVICE\",
    \"issuer\": \"$TOKEN_ISSUER\", \"rootcertbundle\": \"tls/token.crt\"}},
  " >token-notary-server.json
cat >registry.yml <<YAML
version: 0.1
log: {level: info, formatter: text}
storage:
  filesystem: {rootdirectory: $SANDBOX_DIR/registry}
  delete: {enabled: true}
http: {addr: $REGISTRY_ADDR, secret: dct-sandbox-not-a-secret}
YAML

# --- 4. Start. stdin/stdout/stderr are detached from ours so that a caller
# that waits for our output (vitest's globalSetup) does not wait for them.
launch() {   # $1 = name (pid file, log file), rest = command
  local name=$1; shift
  nohup "$@" </dev/null >>"logs/$name.log" 2>&1 &
  echo $! >"$name.pid"
}
launch notary-server notary-server -config notary-server.json
launch token-notary-server notary-server -config token-notary-server.json
launch token-server node "$HERE/token-server.mjs" --port "$TOKEN_PORT" \
  --key tls/token.key --cert tls/token.crt --issuer "$TOKEN_ISSUER" \
  --service "$TOKEN_SERVICE" --user "$TOKEN_USER" --password "$TOKEN_PASSWORD"
launch registry docker-registry serve registry.yml

# --- 5. Wait until each one answers its health endpoint. -------------------
probe() {   # $1 = name; true when that server answers
  case $1 in
    notary-server) curl -fsS --cacert tls/ca.crt "$NOTARY_URL/_notary_server/health" ;;
    # health stays open under token auth
    token-notary-server) curl -fsS --cacert tls/ca.crt "$TOKEN_NOTARY_URL/_notary_server/health" ;;
    token-server) curl -fsS "http://127.0.0.1:$TOKEN_PORT/healthz" ;;
    registry) curl -fsS "$REGISTRY_URL/v2/" ;;
  esac >/dev/null 2>&1
}
fail() {
  echo "sandbox: FAILED: $*" >&2
  for s in "${SERVERS[@]}"; do
    echo "----- $SANDBOX_DIR/logs/$s.log (last 15 lines) -----" >&2
    tail -n 15 "logs/$s.log" >&2 2>/dev/null || true
  done
  SANDBOX_DIR=$SANDBOX_DIR bash "$HERE/stop.sh" >&2 || true
  exit 1
}
deadline=$((SECONDS + READY_TIMEOUT))
pending=("${SERVERS[@]}")
while [ "${#pending[@]}" -gt 0 ]; do
  still=()
  for s in "${pending[@]}"; do
    alive "$s" || fail "$s exited during startup"
    probe "$s" || still+=("$s")
  done
  pending=("${still[@]+"${still[@]}"}")
  [ "${#pending[@]}" -eq 0 ] && break
  [ "$SECONDS" -lt "$deadline" ] || fail "not ready after ${READY_TIMEOUT}s: ${pending[*]}"
  sleep 0.25
done

# --- 6. Describe the sandbox: sandbox.env (source it, or append to
# $GITHUB_ENV) and sandbox.json (what the e2e tests read). ------------------
cat >sandbox.env <<ENV
SANDBOX_DIR=$SANDBOX_DIR
NOTARY_SERVER_URL=$NOTARY_URL
NOTARY_CA_FILE=$SANDBOX_DIR/tls/ca.crt
DOCKER_CONTENT_TRUST_SERVER=$NOTARY_URL
REGISTRY_URL=$REGISTRY_URL
REGISTRY_HOST=$REGISTRY_ADDR
TOKEN_NOTARY_SERVER_URL=$TOKEN_NOTARY_URL
TOKEN_REALM=$TOKEN_REALM
TOKEN_SERVICE=$TOKEN_SERVICE
TOKEN_USER=$TOKEN_USER
TOKEN_PASSWORD=$TOKEN_PASSWORD
ENV
# node writes the JSON so that any path is escaped correctly. The program is
# in single quotes on purpose: ${...} in it is JavaScript, not shell.
# shellcheck disable=SC2016
SANDBOX_DIR=$SANDBOX_DIR NOTARY_URL=$NOTARY_URL REGISTRY_URL=$REGISTRY_URL \
REGISTRY_HOST=$REGISTRY_ADDR TOKEN_NOTARY_URL=$TOKEN_NOTARY_URL TOKEN_REALM=$TOKEN_REALM \
TOKEN_SERVICE=$TOKEN_SERVICE TOKEN_ISSUER=$TOKEN_ISSUER TOKEN_USER=$TOKEN_USER \
TOKEN_PASSWORD=$TOKEN_PASSWORD node -e '
  const e = process.env, fs = require("fs");
  const pid = (name) => Number(fs.readFileSync(`${e.SANDBOX_DIR}/${name}.pid`, "utf8"));
  const config = {
    sandboxDir: e.SANDBOX_DIR,
    notaryServerUrl: e.NOTARY_URL,
    notaryCaFile: `${e.SANDBOX_DIR}/tls/ca.crt`,
    registryUrl: e.REGISTRY_URL,
    registryHost: e.REGISTRY_HOST,
    tokenNotaryServerUrl: e.TOKEN_NOTARY_URL,
    tokenRealm: e.TOKEN_REALM,
    tokenService: e.TOKEN_SERVICE,
    tokenIssuer: e.TOKEN_ISSUER,
    tokenUser: e.TOKEN_USER,
    tokenPassword: e.TOKEN_PASSWORD,
    pids: {
      notaryServer: pid("notary-server"),
      tokenNotaryServer: pid("token-notary-server"),
      tokenServer: pid("token-server"),
      registry: pid("registry"),
    },
  };
  fs.writeFileSync(`${e.SANDBOX_DIR}/sandbox.json`, JSON.stringify(config, null, 2) + "\n");
'
echo "sandbox up in $SANDBOX_DIR:"
echo "  notary        $NOTARY_URL (pid $(cat notary-server.pid))"
echo "  notary+token  $TOKEN_NOTARY_URL (pid $(cat token-notary-server.pid)), realm $TOKEN_REALM (pid $(cat token-server.pid))"
echo "  registry      $REGISTRY_URL (pid $(cat registry.pid))"
