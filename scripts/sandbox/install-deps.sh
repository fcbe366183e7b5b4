#!/usr/bin/env bash
# Install what the e2e sandbox and its oracles need, on Debian/Ubuntu, as root:
#   notary (CLI + notary-server + notary-signer), docker-registry, openssl,
#   curl, iproute2 (ss), faketime (the unit suite's time-travel run),
#   postgresql (server binaries for the production topology's private cluster),
#   tinyproxy (the proxy e2e),
#   and a docker CLI with `docker trust` if there is no `docker` at all.
# Idempotent and quick: when every binary is present it does nothing (no
# apt-get update). Node >= 20 is assumed to be there already.
# It never starts dockerd or the system PostgreSQL cluster, nor leaves the packaged docker-registry service
# running on purpose: our sandbox uses its own free ports anyway.
set -euo pipefail

# binary -> Debian package that provides it
declare -A PKG=(
  [notary]=notary
  [notary-server]=notary
  [notary-signer]=notary
  [docker-registry]=docker-registry
  [openssl]=openssl
  [curl]=curl
  [ss]=iproute2
  [faketime]=faketime
  [tinyproxy]=tinyproxy
)
want=()
for bin in "${!PKG[@]}"; do
  command -v "$bin" >/dev/null 2>&1 || want+=("${PKG[$bin]}")
done
# Debian's docker.io ships the docker CLI 20.10, which has `docker trust`
# (the engine comes along in that package, but we never start it).
command -v docker >/dev/null 2>&1 || want+=(docker.io)
# PostgreSQL's server binaries are not on PATH (start-production.sh finds them)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || want+=(postgresql)

if [ "${#want[@]}" -eq 0 ]; then
  # docker CLI 29 moved `docker trust` into a separate plugin; say so early.
  docker trust --help >/dev/null 2>&1 ||
    { echo "install-deps: 'docker' is present but has no 'docker trust' (docker CLI >= 29 needs the docker-trust plugin)" >&2; exit 1; }
  echo "install-deps: all present (notary, notary-server, notary-signer, postgresql, docker-registry, openssl, curl, ss, faketime, tinyproxy, docker)"
  exit 0
fi
mapfile -t want < <(printf '%s\n' "${want[@]}" | sort -u)
echo "install-deps: installing ${want[*]}"

if [ "$(id -u)" != 0 ]; then
  echo "install-deps: missing packages (${want[*]}) and not root; install them with apt-get as root" >&2
  exit 1
fi
command -v apt-get >/dev/null || { echo "install-deps: no apt-get; this script supports Debian/Ubuntu only" >&2; exit 1; }

# Keep package scripts from starting services (dockerd, the packaged registry
# on :5000) while we install: Debian's invoke-rc.d asks /usr/sbin/policy-rc.d,
# and exit code 101 means "action forbidden". Only add one if none exists,
# and remove only the one we added.
added_policy=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  added_policy=1
fi
cleanup() { if [ -n "$added_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi; }
trap cleanup EXIT

# Nor should postgresql-common create the system cluster 15/main: the
# production sandbox makes its own with initdb.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  mkdir -p /etc/postgresql-common
  echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${want[@]}"

for bin in notary notary-server notary-signer docker-registry openssl curl ss faketime tinyproxy docker; do
  command -v "$bin" >/dev/null || { echo "install-deps: '$bin' still missing after install" >&2; exit 1; }
done
docker trust --help >/dev/null 2>&1 || { echo "install-deps: this docker CLI has no 'docker trust'" >&2; exit 1; }
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || { echo "install-deps: PostgreSQL's initdb still missing after install" >&2; exit 1; }
echo "install-deps: done"
