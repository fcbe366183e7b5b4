#!/usr/bin/env bash
# Start the PRODUCTION notary topology on loopback for the e2e tests:
#
#   client --HTTPS--> notary-server --gRPC, mutual TLS--> notary-signer
#                          |                                   |
#                          +----> private PostgreSQL 15 <------+
#                           db notaryserver (TUF files)   db notarysigner (keys,
#                                                          encrypted by passphrase)
#
# plus a second notary-server on the same database and signer behind token
# auth (with scripts/sandbox/token-server.mjs as its realm, as start.sh has),
# and a docker-registry for the images. Ports are picked free at the first
# start and kept in state.env, so a restart (stop-production.sh notary-server
# notary-signer, then this script) serves the same URLs from the same database.
# Idempotent: whatever still runs is left alone, whatever is down is started.
# Writes $SANDBOX_DIR/sandbox.json (what the e2e tests read) and
# production.env; sandbox.json has the fields start.sh writes, so the e2e
# tests run unchanged on either topology. Exits non-zero, with log tails, if anything does not come up.
# Needs: notary-server, notary-signer (Debian `notary`), PostgreSQL server
# binaries (Debian `postgresql`; the system cluster is never used), docker-registry,
# openssl, curl, node. As root, PostgreSQL runs as $PG_OS_USER (initdb refuses
# root), so $SANDBOX_DIR must be reachable by that user (not under /root).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SANDBOX_DIR=${SANDBOX_DIR:-$PWD/.sandbox-prod}
NOTARY_LOG_LEVEL=${NOTARY_LOG_LEVEL:-info}
READY_TIMEOUT=${READY_TIMEOUT:-20}   # seconds, per service
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
ALIAS=sandboxalias   # the signer's passphrase alias: env NOTARY_SIGNER_SANDBOXALIAS
# Fixed, public test credentials and token parameters (as in start.sh).
TOKEN_USER=dct-user TOKEN_PASSWORD=dct-pass
TOKEN_SERVICE=dct-sandbox-notary TOKEN_ISSUER=dct-sandbox-token-issuer

die() { echo "production: $*" >&2; exit 1; }
[ -x "${PG_BIN:-}/initdb" ] ||
  die "no PostgreSQL server binaries (looked in '${PG_BIN:-/usr/lib/postgresql/*/bin}'); run scripts/sandbox/install-deps.sh as root"
for bin in notary-server notary-signer docker-registry openssl curl node; do
  command -v "$bin" >/dev/null || die "'$bin' not found; run scripts/sandbox/install-deps.sh as root"
done

mkdir -p "$SANDBOX_DIR"
SANDBOX_DIR=$(cd "$SANDBOX_DIR" && pwd)
cd "$SANDBOX_DIR"
chmod 755 "$SANDBOX_DIR"
mkdir -p tls logs registry schema

if [ "$(id -u)" = 0 ]; then
  PG_OS_USER=${PG_OS_USER:-postgres}
  id "$PG_OS_USER" >/dev/null 2>&1 || die "no OS user '$PG_OS_USER' to run PostgreSQL (set PG_OS_USER)"
  as_pg() { runuser -u "$PG_OS_USER" -- "$@"; }
else
  PG_OS_USER=$(id -un)
  as_pg() { "$@"; }
fi
as_pg test -x "$SANDBOX_DIR" ||
  die "PostgreSQL's user $PG_OS_USER cannot reach $SANDBOX_DIR (e.g. under /root); use a SANDBOX_DIR under /tmp"

# --- process bookkeeping: a pid is ours only if its command line names our config
up() { kill -0 "$1" 2>/dev/null && [ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" != Z ]; }
cmdline() { { tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null; }
alive() {   # alive NAME: NAME.pid runs the process we started for NAME
  local pid
  [ -f "$1.pid" ] && pid=$(cat "$1.pid") && up "$pid" || return 1
  case $1 in
    postgres) [[ $(cmdline "$pid") == *"-D $SANDBOX_DIR/pg/data"* ]] ;;
    registry) [[ $(cmdline "$pid") == *"docker-registry serve $SANDBOX_DIR/registry.yml"* ]] ;;
    token-server) [[ $(cmdline "$pid") == *"token-server.mjs --port $TOKEN_PORT "* ]] ;;
    *) [[ $(cmdline "$pid") == *" -config $SANDBOX_DIR/$1.json"* ]] ;;
  esac
}
fail() {
  echo "production: FAILED: $*" >&2
  for s in postgres notary-signer notary-server token-server token-notary-server registry; do
    echo "----- $SANDBOX_DIR/logs/$s.log (last 15 lines) -----" >&2
    tail -n 15 "logs/$s.log" >&2 2>/dev/null || true
  done
  exit 1
}
wait_for() {   # wait_for NAME COMMAND...: until COMMAND succeeds, or NAME exits, or timeout
  local deadline=$((SECONDS + READY_TIMEOUT))
  until "${@:2}" >/dev/null 2>&1; do
    alive "$1" || fail "$1 exited during startup"
    [ "$SECONDS" -lt "$deadline" ] || fail "$1 not ready after ${READY_TIMEOUT}s"
    sleep 0.1
  done
}

# --- 1. ports and secrets, chosen at the first start, kept afterwards --------
if [ ! -s state.env ]; then
  mapfile -t P < <(node "$HERE/free-ports.mjs" 6)
  [ "${#P[@]}" = 6 ] || die "could not pick free ports"
  # A Unix socket path must stay under 107 bytes: else a private dir in /tmp.
  sock=$SANDBOX_DIR/pg/sock
  [ $((${#sock} + 20)) -lt 107 ] || sock=$(mktemp -d /tmp/dct-pgsock.XXXXXX)
  ( umask 077
    cat >state.env <<ENV
NOTARY_PORT=${P[0]}
SIGNER_PORT=${P[1]}
PG_PORT=${P[2]}
REGISTRY_PORT=${P[3]}
TOKEN_NOTARY_PORT=${P[4]}
TOKEN_PORT=${P[5]}
PG_SOCKET_DIR=$sock
PG_SERVER_PASSWORD=$(openssl rand -hex 16)
PG_SIGNER_PASSWORD=$(openssl rand -hex 16)
SIGNER_PASSPHRASE=$(openssl rand -hex 24)
ENV
  )
fi
# shellcheck disable=SC1091
. ./state.env

# --- 2. throwaway CA and leaf certs (ECDSA P-256, 30 days) --------------------
# One CA: clients trust it for notary-server; the signer trusts it for the
# server's client cert (mutual TLS) and the server trusts it for the signer.
if [ -s tls/ca.crt ] && ! openssl x509 -checkend 86400 -noout -in tls/ca.crt >/dev/null 2>&1; then
  echo "production: the CA in $SANDBOX_DIR/tls expires within a day; making new certificates"
  rm -f tls/*
fi
ossl() { openssl "$@" 2>>logs/openssl.log || die "openssl $1 failed; see $SANDBOX_DIR/logs/openssl.log"; }
if [ ! -s tls/ca.crt ]; then
  ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
    -subj "/CN=dct-sign production sandbox CA" -keyout tls/ca.key -out tls/ca.crt \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
fi
leaf() {   # leaf NAME CN EKU [SAN]
  [ -s "tls/$1.crt" ] && return 0
  ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "/CN=$2" -keyout "tls/$1.key" -out "tls/$1.csr"
  printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature" \
    "extendedKeyUsage=$3" ${4:+"subjectAltName=$4"} >"tls/$1.ext"
  ossl x509 -req -in "tls/$1.csr" -CA tls/ca.crt -CAkey tls/ca.key -CAcreateserial \
    -days 30 -extfile "tls/$1.ext" -out "tls/$1.crt"
}
leaf server 127.0.0.1 serverAuth "IP:127.0.0.1,DNS:localhost"          # what clients see
leaf signer notary-signer serverAuth "IP:127.0.0.1,DNS:notary-signer"  # the server dials 127.0.0.1
leaf server-client notary-server clientAuth                            # server -> signer
# token.crt signs the JWTs; the token notary-server trusts it as rootcertbundle
[ -s tls/token.crt ] || ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
  -subj "/CN=$TOKEN_ISSUER" -keyout tls/token.key -out tls/token.crt
chmod 600 tls/*.key

# --- 3. schemas: notary v0.7.0's own PostgreSQL migrations --------------------
# Facts from github.com/notaryproject/notary v0.7.0:
# migrations/server/postgresql/0001_initial.up.sql, 0002_changefeed.up.sql and
# migrations/signer/postgresql/0001_initial.up.sql. Neither daemon creates its
# tables (gorm's AutoMigrate is only called from notary's tests).
cat >schema/server.sql <<'SQL'
CREATE TABLE tuf_files (
  id serial PRIMARY KEY,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  deleted_at timestamp NULL DEFAULT NULL,
  gun varchar(255) NOT NULL,
  role varchar(255) NOT NULL,
  version integer NOT NULL,
  data bytea NOT NULL,
  sha256 char(64) DEFAULT NULL,
  UNIQUE (gun, role, version)
);
CREATE INDEX tuf_files_sha256_idx ON tuf_files (sha256);
CREATE TABLE change_category (category varchar(20) PRIMARY KEY);
INSERT INTO change_category VALUES ('update'), ('deletion');
CREATE TABLE changefeed (
  id serial PRIMARY KEY,
  created_at timestamp DEFAULT CURRENT_TIMESTAMP,
  gun varchar(255) NOT NULL,
  version integer NOT NULL,
  sha256 char(64) DEFAULT NULL,
  category varchar(20) NOT NULL DEFAULT 'update' REFERENCES change_category
);
CREATE INDEX idx_changefeed_gun ON changefeed (gun);
SQL
cat >schema/signer.sql <<'SQL'
CREATE TABLE private_keys (
  id serial PRIMARY KEY,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  deleted_at timestamp NULL DEFAULT NULL,
  key_id varchar(255) NOT NULL,
  encryption_alg varchar(255) NOT NULL,
  keywrap_alg varchar(255) NOT NULL,
  algorithm varchar(50) NOT NULL,
  passphrase_alias varchar(50) NOT NULL,
  public bytea NOT NULL,
  private bytea NOT NULL,
  gun varchar(255) NOT NULL,
  role varchar(255) NOT NULL,
  last_used timestamp NULL DEFAULT NULL,
  CONSTRAINT key_id UNIQUE (key_id),
  CONSTRAINT key_id_2 UNIQUE (key_id, algorithm)
);
SQL

# --- 4. the private PostgreSQL cluster ----------------------------------------
PGDATA=$SANDBOX_DIR/pg/data
mkdir -p pg "$PG_SOCKET_DIR"
touch logs/postgres.log
[ "$(id -u)" = 0 ] && chown -R "$PG_OS_USER": pg "$PG_SOCKET_DIR" logs/postgres.log
chmod 700 pg "$PG_SOCKET_DIR"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=reject \
    -E UTF8 --locale=C.UTF-8 -N >logs/initdb.log 2>&1 || { cat logs/initdb.log >&2; die "initdb failed"; }
  # superuser only through the socket dir (mode 700); each daemon only its own DB
  as_pg tee "$PGDATA/pg_hba.conf" >/dev/null <<'HBA'
local  all           all                         trust
host   notaryserver  notaryserver  127.0.0.1/32  scram-sha-256
host   notarysigner  notarysigner  127.0.0.1/32  scram-sha-256
HBA
fi
if ! alive postgres; then
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$SANDBOX_DIR/logs/postgres.log" -w -t "$READY_TIMEOUT" -s \
    -o "-k $PG_SOCKET_DIR -p $PG_PORT -c listen_addresses=127.0.0.1 -c fsync=off" start ||
    fail "postgres did not start"
  head -n1 "$PGDATA/postmaster.pid" >postgres.pid
fi
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT")
# Each DB is owned by its role: on PostgreSQL 15 a GRANT on the database no
# longer lets a role create tables in schema public.
"${PSQL[@]}" -U postgres -d postgres -v spw="$PG_SERVER_PASSWORD" -v gpw="$PG_SIGNER_PASSWORD" <<'SQL' >/dev/null
SELECT 'CREATE ROLE notaryserver LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notaryserver') \gexec
SELECT 'CREATE ROLE notarysigner LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notarysigner') \gexec
ALTER ROLE notaryserver PASSWORD :'spw';
ALTER ROLE notarysigner PASSWORD :'gpw';
SELECT 'CREATE DATABASE notaryserver OWNER notaryserver' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notaryserver') \gexec
SELECT 'CREATE DATABASE notarysigner OWNER notarysigner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notarysigner') \gexec
SQL
migrate() {   # migrate DB TABLE FILE: apply FILE as the DB's owner unless TABLE exists
  local have
  have=$("${PSQL[@]}" -U "$1" -d "$1" -tAc "SELECT to_regclass('public.$2') IS NOT NULL")
  [ "$have" = t ] || "${PSQL[@]}" -U "$1" -d "$1" -1 -f "$3" >/dev/null
}
migrate notaryserver tuf_files schema/server.sql
migrate notarysigner private_keys schema/signer.sql

# --- 5. configs (relative paths are relative to the config file) --------------
# lib/pq defaults to sslmode=require; this cluster is loopback-only, without TLS.
db_url() { echo "postgres://$1:$2@127.0.0.1:$PG_PORT/$1?sslmode=disable"; }
( umask 077
  cat >notary-signer.json <<JSON
{
  "server": {"grpc_addr": "127.0.0.1:$SIGNER_PORT",
             "tls_cert_file": "tls/signer.crt", "tls_key_file": "tls/signer.key",
             "client_ca_file": "tls/ca.crt"},
  "storage": {"backend": "postgres", "db_url": "$(db_url notarysigner "$PG_SIGNER_PASSWORD")",
              "default_alias": "$ALIAS"},
  "logging": {"level": "$NOTARY_LOG_LEVEL"}
}
JSON
  server_config() {   # $1 = listen port, $2 = extra JSON members (auth) or ""
    cat <<JSON
{
  "server": {"http_addr": "127.0.0.1:$1",
             "tls_cert_file": "tls/server.crt", "tls_key_file": "tls/server.key"},
  "trust_service": {"type": "remote", "hostname": "127.0.0.1", "port": "$SIGNER_PORT",
                    "key_algorithm": "ecdsa", "tls_ca_file": "tls/ca.crt",
                    "tls_client_cert": "tls/server-client.crt",
                    "tls_client_key": "tls/server-client.key"},
  "storage": {"backend": "postgres", "db_url": "$(db_url notaryserver "$PG_SERVER_PASSWORD")"},
  $2"logging": {"level": "$NOTARY_LOG_LEVEL"}
}
JSON
  }
  server_config "$NOTARY_PORT" "" >notary-server.json
  server_config "$TOKEN_NOTARY_PORT" "\"auth\": {\"type\": \"token\", \"options\": {
    \"realm\": \"http://127.0.0.1:$TOKEN_PORT/token\", \"service\": \"$TOKEN_SERVICE\",
    \"issuer\": \"$TOKEN_ISSUER\", \"rootcertbundle\": \"tls/token.crt\"}},
  " >token-notary-server.json
)
cat >registry.yml <<YAML
version: 0.1
log: {level: info, formatter: text}
storage:
  filesystem: {rootdirectory: $SANDBOX_DIR/registry}
  delete: {enabled: true}
http: {addr: 127.0.0.1:$REGISTRY_PORT, secret: dct-sandbox-not-a-secret}
YAML

# --- 6. the daemons. Detached from our stdio (vitest waits for it to close).
launch() {   # launch NAME COMMAND...
  local name=$1; shift
  nohup "$@" </dev/null >>"logs/$name.log" 2>&1 &
  echo $! >"$name.pid"
}
# Health of the signer: a real gRPC grpc.health.v1.Health/Check over mutual
# TLS with the server's client cert (answer: SERVING). notary-server's own
# health page says 200 for its first 10 s whatever the signer's state.
signer_serving() {
  [ "$(printf '\0\0\0\0\0' | curl -sS --http2 --max-time 2 --cacert tls/ca.crt \
    --cert tls/server-client.crt --key tls/server-client.key \
    -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @- \
    "https://127.0.0.1:$SIGNER_PORT/grpc.health.v1.Health/Check" | od -An -tx1 | tr -d ' \n')" = 00000000020801 ]
}
if ! alive notary-signer; then
  # A running notary-server redials a restarted signer with a backoff of up to
  # two minutes; restart it too (it keeps no state: all is in PostgreSQL).
  for s in notary-server token-notary-server; do
    alive "$s" || continue
    kill "$(cat "$s.pid")"
    while up "$(cat "$s.pid")"; do sleep 0.05; done
  done
  # The passphrase reaches the signer only through its environment; any other
  # NOTARY_SIGNER_* variable would override its config (viper), so none is passed.
  # (exported in a subshell: never on a command line, where ps would show it)
  (
    unset NOTARY_SIGNER_DEFAULT_ALIAS
    export "NOTARY_SIGNER_${ALIAS^^}=$SIGNER_PASSPHRASE"
    launch notary-signer notary-signer -config "$SANDBOX_DIR/notary-signer.json"
  )
fi
wait_for notary-signer signer_serving
alive notary-server || launch notary-server notary-server -config "$SANDBOX_DIR/notary-server.json"
NOTARY_URL=https://127.0.0.1:$NOTARY_PORT
wait_for notary-server curl -fsS --max-time 2 --cacert tls/ca.crt "$NOTARY_URL/_notary_server/health"
alive token-server || launch token-server node "$HERE/token-server.mjs" --port "$TOKEN_PORT" \
  --key tls/token.key --cert tls/token.crt --issuer "$TOKEN_ISSUER" \
  --service "$TOKEN_SERVICE" --user "$TOKEN_USER" --password "$TOKEN_PASSWORD"
wait_for token-server curl -fsS --max-time 2 "http://127.0.0.1:$TOKEN_PORT/healthz"
alive token-notary-server || launch token-notary-server notary-server -config "$SANDBOX_DIR/token-notary-server.json"
TOKEN_NOTARY_URL=https://127.0.0.1:$TOKEN_NOTARY_PORT
wait_for token-notary-server curl -fsS --max-time 2 --cacert tls/ca.crt "$TOKEN_NOTARY_URL/_notary_server/health"
alive registry || launch registry docker-registry serve "$SANDBOX_DIR/registry.yml"
REGISTRY_URL=http://127.0.0.1:$REGISTRY_PORT
wait_for registry curl -fsS --max-time 2 "$REGISTRY_URL/v2/"

# --- 7. describe it: production.env (no secrets) and sandbox.json -----------
cat >production.env <<ENV
SANDBOX_DIR=$SANDBOX_DIR
NOTARY_SERVER_URL=$NOTARY_URL
NOTARY_CA_FILE=$SANDBOX_DIR/tls/ca.crt
DOCKER_CONTENT_TRUST_SERVER=$NOTARY_URL
REGISTRY_URL=$REGISTRY_URL
REGISTRY_HOST=127.0.0.1:$REGISTRY_PORT
SIGNER_GRPC_ADDR=127.0.0.1:$SIGNER_PORT
PGHOST=$PG_SOCKET_DIR
PGPORT=$PG_PORT
PGUSER=postgres
TOKEN_NOTARY_SERVER_URL=$TOKEN_NOTARY_URL
TOKEN_REALM=http://127.0.0.1:$TOKEN_PORT/token
TOKEN_SERVICE=$TOKEN_SERVICE
TOKEN_USER=$TOKEN_USER
TOKEN_PASSWORD=$TOKEN_PASSWORD
ENV
# shellcheck disable=SC2016
SANDBOX_DIR=$SANDBOX_DIR NOTARY_URL=$NOTARY_URL REGISTRY_URL=$REGISTRY_URL \
REGISTRY_PORT=$REGISTRY_PORT SIGNER_PORT=$SIGNER_PORT PG_PORT=$PG_PORT \
PG_SOCKET_DIR=$PG_SOCKET_DIR PG_BIN=$PG_BIN TOKEN_NOTARY_URL=$TOKEN_NOTARY_URL \
TOKEN_PORT=$TOKEN_PORT TOKEN_SERVICE=$TOKEN_SERVICE TOKEN_ISSUER=$TOKEN_ISSUER \
TOKEN_USER=$TOKEN_USER TOKEN_PASSWORD=$TOKEN_PASSWORD node -e '
  const e = process.env, fs = require("fs");
  const pid = (name) => Number(fs.readFileSync(`${e.SANDBOX_DIR}/${name}.pid`, "utf8"));
  const config = {
    sandboxDir: e.SANDBOX_DIR,
    notaryServerUrl: e.NOTARY_URL,
    notaryCaFile: `${e.SANDBOX_DIR}/tls/ca.crt`,
    registryUrl: e.REGISTRY_URL,
    registryHost: `127.0.0.1:${e.REGISTRY_PORT}`,
    tokenNotaryServerUrl: e.TOKEN_NOTARY_URL,
    tokenRealm: `http://127.0.0.1:${e.TOKEN_PORT}/token`,
    tokenService: e.TOKEN_SERVICE,
    tokenIssuer: e.TOKEN_ISSUER,
    tokenUser: e.TOKEN_USER,
    tokenPassword: e.TOKEN_PASSWORD,
    topology: "production",
    signerAddr: `127.0.0.1:${e.SIGNER_PORT}`,
    pg: { socketDir: e.PG_SOCKET_DIR, port: Number(e.PG_PORT), bin: e.PG_BIN },
    pids: {
      notaryServer: pid("notary-server"),
      tokenNotaryServer: pid("token-notary-server"),
      tokenServer: pid("token-server"),
      notarySigner: pid("notary-signer"),
      postgres: pid("postgres"),
      registry: pid("registry"),
    },
  };
  fs.writeFileSync(`${e.SANDBOX_DIR}/sandbox.json`, JSON.stringify(config, null, 2) + "\n");
'
echo "production sandbox up in $SANDBOX_DIR:"
echo "  notary-server  $NOTARY_URL (pid $(cat notary-server.pid)), storage postgres, trust service remote"
echo "  notary-signer  127.0.0.1:$SIGNER_PORT (pid $(cat notary-signer.pid)), mutual TLS"
echo "  postgres       127.0.0.1:$PG_PORT (pid $(cat postgres.pid)), socket dir $PG_SOCKET_DIR"
echo "  notary+token   $TOKEN_NOTARY_URL (pid $(cat token-notary-server.pid)), realm http://127.0.0.1:$TOKEN_PORT/token (pid $(cat token-server.pid))"
echo "  registry       $REGISTRY_URL (pid $(cat registry.pid))"
