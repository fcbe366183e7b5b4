#!/usr/bin/env bash
# THE test command (`npm test` runs it; .ci/run runs `npm test`):
#   install-deps -> npm ci (when needed) -> typecheck -> lint -> format:check
#   -> unit tests -> unit tests again at a date years ahead (faketime) -> build + check-dist -> e2e (real notary-servers:
#   memory, and PostgreSQL + notary-signer; registry; the Action on Node 24 as action.yml declares, the CLI on Node 20).
# The e2e stage runs always in CI. A developer may skip it with DCT_SKIP_E2E=1
# (the run then says so loudly); with CI=true that variable is an error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

stage() { printf '\n==================== %s ====================\n' "$*"; }

# Each vitest run also writes JSON results; the last line of this script sums
# them as "N passed, N failed" (the closing line CI reads).
results=.e2e/results
rm -rf "$results" && mkdir -p "$results"
vitest_json() { echo "--reporter=default --reporter=json --outputFile.json=$results/$1.json"; }
summary() {
  node -e '
    const fs = require("node:fs");
    let passed = 0, failed = 0;
    for (const f of fs.readdirSync(process.argv[1])) {
      const r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"));
      passed += r.numPassedTests; failed += r.numFailedTests;
    }
    console.log(`${passed} passed, ${failed} failed`);
  ' "$results"
}

# Decide about e2e first, so a misconfigured CI fails before spending minutes.
skip_e2e=
# The unit suite runs a second time with the clock moved here (see below).
TIME_TRAVEL_TO=${TIME_TRAVEL_TO:-2031-01-01 00:00:00}
if [ -n "${DCT_SKIP_E2E:-}" ] && [ "${DCT_SKIP_E2E}" != 0 ]; then
  if [ "${CI:-}" = true ]; then
    echo "test.sh: DCT_SKIP_E2E is set but CI=true: the e2e suite must run in CI" >&2
    exit 1
  fi
  skip_e2e=1
fi

stage "install system dependencies (notary, docker-registry, docker CLI)"
# Quick when all is present; needs root only when something must be installed.
bash scripts/sandbox/install-deps.sh

stage "npm ci"
# Run only when node_modules is missing or package-lock.json changed since
# the last `npm ci` here (a clean clone, as in CI, always runs it).
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.dct-sign-lock.sha256
if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
  echo "node_modules matches package-lock.json; skipping npm ci"
else
  npm ci --no-audit --no-fund
  echo "$lock_sum" >"$stamp"
fi

stage "typecheck"
npm run typecheck

stage "lint"
npm run lint

stage "format:check"
npm run format:check

stage "unit tests"
# shellcheck disable=SC2046
npm run test:unit -- $(vitest_json unit)

stage "unit tests, time-travelled to $TIME_TRAVEL_TO (faketime)"
# Tests never read the wall clock (lint rule); this proves it on the running
# code: the whole unit suite again with the system clock years ahead. A test
# that depends on today's date fails here today, not on its own next year.
# The monotonic clock is left alone so that timers and timeouts behave.
# shellcheck disable=SC2046
FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$TIME_TRAVEL_TO" \
  npx vitest run --config vitest.config.ts $(vitest_json unit-time-travel)

stage "build"
npm run build

stage "check-dist (dist/ must match a fresh build)"
npm run check-dist

if [ -n "$skip_e2e" ]; then
  stage "e2e"
  cat >&2 <<'MSG'
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
!!  E2E TESTS WERE SKIPPED (DCT_SKIP_E2E is set).                    !!
!!  Nothing was checked against a real notary-server or registry.   !!
!!  CI always runs them; unset DCT_SKIP_E2E to run them here.        !!
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
MSG
  summary
  exit 0
fi

stage "e2e (real notary-servers, memory and PostgreSQL + notary-signer, and docker-registry on loopback)"
# The bundled Action runs on the Node that action.yml declares (node24, the
# version pinned in package.json config.actionNode, from the npm registry);
# the CLI and the test runner on this Node, the engines minimum (20).
DCT_ACTION_NODE=$(bash scripts/node24.sh)
export DCT_ACTION_NODE
echo "the Action runs on $("$DCT_ACTION_NODE" --version) ($DCT_ACTION_NODE); the CLI on $(node --version)"
# shellcheck disable=SC2046
npm run test:e2e -- $(vitest_json e2e)

stage "all stages passed"
summary
