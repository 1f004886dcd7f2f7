#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine: installs what it needs (Debian packages,
# npm packages), starts PostgreSQL when it is not running, runs the Rust tests on SQLite and
# PostgreSQL with nextest, the dependency audit (cargo deny, offline), the API against its
# OpenAPI description (schemathesis), then the browser tests with Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v node >/dev/null 2>&1 || need_pkgs+=(nodejs npm)
command -v pg_ctlcluster >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || need_pkgs+=(postgresql)
command -v psql >/dev/null 2>&1 || need_pkgs+=(postgresql-client)
command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
python3 -c 'import venv, ensurepip' 2>/dev/null || need_pkgs+=(python3-venv)
fc-list 2>/dev/null | grep -qi "noto sans arabic" || need_pkgs+=(fonts-noto-core)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_pkgs[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

# PostgreSQL: the tests need a server; never skip them silently.
export OPENGOV_TEST_PG_URL=${OPENGOV_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  log "starting PostgreSQL"
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    ver=$(ls /etc/postgresql | sort -n | tail -1)
    if ! pg_lsclusters -h | grep -q "^$ver main"; then as_root pg_createcluster "$ver" main; fi
    # Trust local TCP connections for the test user, as on the CI machines.
    hba=/etc/postgresql/$ver/main/pg_hba.conf
    grep -q "^host all all 127.0.0.1/32 trust" "$hba" || as_root sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable at 127.0.0.1:5432" >&2; exit 1; }

command -v cargo-nextest >/dev/null 2>&1 || cargo install cargo-nextest --locked

# An S3-compatible server for the evidence storage's S3 backend (moto, from PyPI, on a free
# port of 127.0.0.1): the test fails, never skips, when OPENGOV_TEST_S3_URL is set and nothing
# answers there.
log "S3-compatible server for the evidence storage tests (moto)"
[ -x target/pyvenv/bin/python ] || python3 -m venv target/pyvenv
target/pyvenv/bin/pip install --quiet --disable-pip-version-check 'moto[server]==5.2.5'
s3_port=$(target/pyvenv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/pyvenv/bin/moto_server -H 127.0.0.1 -p "$s3_port" > target/moto.log 2>&1 &
moto_pid=$!
trap 'kill "$moto_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 30); do curl -s -o /dev/null "http://127.0.0.1:$s3_port/" && break; sleep 1; done
curl -s -o /dev/null "http://127.0.0.1:$s3_port/" || { echo "moto did not start (target/moto.log)" >&2; exit 1; }
export OPENGOV_TEST_S3_URL=http://127.0.0.1:$s3_port

log "Rust tests (SQLite and PostgreSQL)"
cargo build --locked --bin opengov
cargo nextest run --locked --workspace --no-fail-fast

log "dependency audit (cargo deny, vendored advisory database, no network)"
./scripts/audit-deps.sh

log "OpenAPI document validation (written by the API tests)"
[ -x target/pyvenv/bin/python ] || python3 -m venv target/pyvenv
target/pyvenv/bin/pip install --quiet --disable-pip-version-check openapi-spec-validator==0.9.0
target/pyvenv/bin/python - <<'PY'
import json
from openapi_spec_validator import validate
validate(json.load(open("target/openapi.json")))
print("target/openapi.json is a valid OpenAPI document")
PY

log "the API against its OpenAPI description (schemathesis, every check, bounded examples)"
./scripts/schemathesis.sh "$root/target/debug/opengov"

log "browser tests (Playwright + Debian Chromium)"
cd "$root/e2e"
npm ci --no-audit --no-fund --loglevel=error
OPENGOV_BIN="$root/target/debug/opengov" node --test --test-concurrency=1 tests/
