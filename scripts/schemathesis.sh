#!/usr/bin/env bash
# The API against its own description: starts `opengov serve` on a free port of 127.0.0.1
# with a fresh SQLite database (the demo data loads into it), runs schemathesis against
# /api/openapi.json with every check and a bounded number of examples per operation, and
# stops the server. Any failure fails the run.
#
# The reporting API asks for a personal token: the script makes an administrator with the
# command line, signs in and creates a token on the account page as a person would, and gives
# it to schemathesis (`Authorization: Bearer`), so that those operations are tested past their
# authentication (schemathesis also sends them without it and checks the 401).
#
#   scripts/schemathesis.sh [path/to/opengov]    (default: target/debug/opengov)
#
# Environment: ST_MAX_EXAMPLES (default 40), ST_SEED (default 20261201: the same cases on every
# run, so that a failure in CI replays on a laptop; set another seed to explore further).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=${1:-$root/target/debug/opengov}
schemathesis_version=4.32.5
[ -x "$bin" ] || { echo "schemathesis: $bin is not built" >&2; exit 1; }

[ -x target/pyvenv/bin/python ] || python3 -m venv target/pyvenv
target/pyvenv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"

tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# Only the portal's own settings: it refuses unknown OPENGOV_* variables. The administrator
# whose token schemathesis uses is made for this run and has no second factor, so none is
# required here (enrolling one is tested with the account pages).
(cd "$tmp" && exec env $(env | grep -o '^OPENGOV_[A-Z_]*' | sed 's/^/-u /') \
  OPENGOV_DATABASE_URL="sqlite://$tmp/api.db" OPENGOV_REQUIRE_SECOND_FACTOR=false NO_COLOR=1 \
  "$bin" serve --bind "127.0.0.1:$port" >"$tmp/server.log" 2>&1) &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap stop EXIT

for _ in $(seq 1 120); do
  curl -fsS "$base/readyz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$base/readyz" >/dev/null || { echo "the server did not become ready" >&2; cat "$tmp/server.log" >&2; exit 1; }

# An administrator's token, made through the account page (sign-in form, then token form).
jar="$tmp/cookies"
email=schemathesis@example.ma
password="schemathesis $(od -An -N8 -tx1 /dev/urandom | tr -d ' \n') lantern"
(cd "$tmp" && printf '%s\n' "$password" | env $(env | grep -o '^OPENGOV_[A-Z_]*' | sed 's/^/-u /') \
  OPENGOV_DATABASE_URL="sqlite://$tmp/api.db" NO_COLOR=1 \
  "$bin" create-admin --email "$email" --lang en >>"$tmp/server.log" 2>&1)
csrf() { grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
form_post() {
  curl -fsS -b "$jar" -c "$jar" -H "Origin: $base" -o "$tmp/answer.html" -w '%{http_code}' "$@"
}
token=$(curl -fsS -b "$jar" -c "$jar" "$base/en/account/sign-in" | csrf)
status=$(form_post --data-urlencode "csrf=$token" --data-urlencode "email=$email" \
  --data-urlencode "password=$password" "$base/en/account/sign-in")
[ "$status" = 303 ] || { echo "schemathesis: the sign-in answered $status" >&2; exit 1; }
token=$(curl -fsS -b "$jar" -c "$jar" "$base/en/account/tokens" | csrf)
status=$(form_post --data-urlencode "csrf=$token" --data-urlencode "name=schemathesis" \
  --data-urlencode "expiry=30" "$base/en/account/tokens")
bearer=$(grep -o 'id="token-secret">og_[A-Za-z0-9_-]*' "$tmp/answer.html" | sed 's/.*>//')
[ "$status" = 200 ] && [ -n "$bearer" ] || { echo "schemathesis: no API token ($status)" >&2; exit 1; }

seed=${ST_SEED:-20261201}
echo "schemathesis $schemathesis_version, seed $seed, ${ST_MAX_EXAMPLES:-40} examples per operation"
started=$(date +%s)
status=0
# From the temporary directory: schemathesis keeps a cache of what it found in its working
# directory, which must not land in the repository. One worker: with two, hypothesis describes
# its filters with `ast.parse` from two threads at once, which this Python (3.11) does not
# survive ("AST constructor recursion depth mismatch", a runtime error of the tool on
# operations that had passed before, not a finding); one worker costs a few seconds.
(cd "$tmp" && "$root/target/pyvenv/bin/st" run "$base/api/openapi.json" \
  --checks all \
  --header "Authorization: Bearer $bearer" \
  --max-examples "${ST_MAX_EXAMPLES:-40}" \
  --seed "$seed" \
  --workers 1 \
  --request-timeout 10 \
  --generation-database none \
  --no-color) || status=$?
echo "schemathesis took $(( $(date +%s) - started )) s"
if [ "$status" -ne 0 ]; then
  echo "== server log (last lines)" >&2
  tail -n 40 "$tmp/server.log" >&2
fi
exit "$status"
