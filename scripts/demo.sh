#!/usr/bin/env bash
# The README's quick start: the main job of dct-sign, end to end, on a local
# sandbox (a real notary-server and docker-registry on free loopback ports):
#   1. push a tiny image to the registry (no docker engine needed),
#   2. generate a CI delegation key and add it as signer "ci" (this also
#      initialises the trust repository, as docker trust signer add does),
#   3. sign the tag with the bundled Action, run exactly as a runner runs it,
#   4. verify the result with dct-sign and with the real notary CLI.
# Needs root on Debian/Ubuntu (it installs notary + docker-registry) and Node >= 20.
# DEMO_TOPOLOGY=production runs it on the production topology instead
# (start-production.sh: notary-server on PostgreSQL + notary-signer).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

bash scripts/sandbox/install-deps.sh
case ${DEMO_TOPOLOGY:-memory} in
  memory) START=start.sh STOP=stop.sh ENV_FILE=sandbox.env ;;
  production) START=start-production.sh STOP=stop-production.sh ENV_FILE=production.env ;;
  *) echo "demo: DEMO_TOPOLOGY must be memory or production" >&2; exit 2 ;;
esac
DEMO=$(mktemp -d /tmp/dct-sign-demo.XXXXXX)
chmod 711 "$DEMO"   # PostgreSQL's OS user must traverse it (production)
export SANDBOX_DIR=$DEMO/sandbox
cleanup() { bash "scripts/sandbox/$STOP" >/dev/null 2>&1 || true; rm -rf "$DEMO"; }
trap cleanup EXIT
bash "scripts/sandbox/$START" >/dev/null
set -a; . "$SANDBOX_DIR/$ENV_FILE"; set +a

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
dct() { node "$ROOT/dist/cli/index.js" "$@"; }

# Keys and passphrases live only in this throwaway directory.
export DOCKER_CONFIG=$DEMO/docker
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE=demo-root-passphrase
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=demo-repository-passphrase
GUN=$REGISTRY_HOST/demo/app
TRUST=(--trust-server "$NOTARY_SERVER_URL" --trust-server-ca "$NOTARY_CA_FILE")

step "1. push a tiny image to $REGISTRY_URL"
PUSHED=$(node scripts/sandbox/push-image.mjs --registry "$REGISTRY_URL" --repo demo/app --tag v1)
DIGEST=$(node -pe 'JSON.parse(process.argv[1]).digest' "$PUSHED")
SIZE=$(node -pe 'JSON.parse(process.argv[1]).size' "$PUSHED")
echo "demo/app:v1 -> $DIGEST ($SIZE bytes)"

step "2. generate the CI key and add signer 'ci' to $GUN"
dct key generate ci --dir "$DEMO"
dct signer add ci "$GUN" --key "$DEMO/ci.pub" "${TRUST[@]}"
KEY_FILE=$(grep -l '^role: ci$' "$DOCKER_CONFIG"/trust/private/*.key)

step "3. sign $GUN:v1 with the bundled Action (dist/index.js), as a CI step"
: >"$DEMO/output"; : >"$DEMO/summary"
env "INPUT_TAGS=$GUN:v1" "INPUT_DIGEST=$DIGEST" \
  "INPUT_DELEGATION-KEY=$(cat "$KEY_FILE")" \
  "INPUT_DELEGATION-PASSPHRASE=$DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE" \
  "INPUT_TRUST-SERVER=$NOTARY_SERVER_URL" "INPUT_TRUST-SERVER-CA=$(cat "$NOTARY_CA_FILE")" \
  "INPUT_REGISTRY-URL=$REGISTRY_URL" \
  GITHUB_OUTPUT="$DEMO/output" GITHUB_STEP_SUMMARY="$DEMO/summary" RUNNER_TEMP="$DEMO" \
  node dist/index.js | grep -v '^::add-mask::'
echo "--- job summary ---"; cat "$DEMO/summary"

step "4. verify: dct-sign verify, and the real notary CLI"
dct verify "$GUN:v1" "${TRUST[@]}"
notary -s "$NOTARY_SERVER_URL" --tlscacert "$NOTARY_CA_FILE" -d "$DEMO/notary-reader" list "$GUN" --roles targets/releases
step "done: $GUN:v1 is signed by 'ci' ($DIGEST, $SIZE bytes)"
