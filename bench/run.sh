#!/usr/bin/env bash
# Page-speed benchmark of the portal against the fortunes baseline (../shared/bench-baseline),
# on this machine, in one run. See bench/README.md.
#
#   bench/run.sh                 # 8 s per URL, page cache on (the default configuration)
#   DURATION=5 bench/run.sh      # shorter runs
#   NO_CACHE=1 bench/run.sh      # opengov started with --no-page-cache: measures rendering
#   SKIP_BUILD=1 bench/run.sh    # use the release binaries already built, do not run cargo
#
# Only loopback addresses are loaded; every server started here is stopped on exit.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
baseline_dir="$repo/../shared/bench-baseline"
baseline_target="$repo/target/bench-baseline"
out_dir="$repo/bench/out"

DURATION=${DURATION:-8}
NO_CACHE=${NO_CACHE:-0}
WRK_THREADS=1
WRK_CONNECTIONS=64
WARMUP_REQUESTS=${WARMUP_REQUESTS:-5}
READY_TIMEOUT_S=120
BASELINE_PORT=18080
DEMO_PORT=18081
SYNTH_PORT=18082

case "$DURATION" in ''|*[!0-9]*) echo "DURATION must be a whole number of seconds, got '$DURATION'" >&2; exit 2 ;; esac
if [ "$DURATION" -lt 1 ] || [ "$DURATION" -gt 120 ]; then echo "DURATION must be between 1 and 120 s" >&2; exit 2; fi

log() { printf '== %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The portal reads every OPENGOV_* variable as configuration (and refuses unknown ones): start
# from a clean slate so that the caller's environment does not change what is measured.
while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep '^OPENGOV_' || true)

# --- tools -------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null 2>&1 || { echo "curl is needed" >&2; exit 1; }
[ -f "$baseline_dir/Cargo.toml" ] || { echo "baseline not found at $baseline_dir" >&2; exit 1; }

# --- builds ------------------------------------------------------------------------------
opengov="$repo/target/release/opengov"
baseline="$baseline_target/release/baseline"
if [ "${SKIP_BUILD:-0}" = 1 ]; then
  # Re-measure with the binaries already built (e.g. while another build must not start).
  for b in "$opengov" "$baseline"; do [ -x "$b" ] || { echo "SKIP_BUILD=1 but $b is not built" >&2; exit 1; }; done
else
  log "building opengov (release)"
  (cd "$repo" && cargo build --release --locked --bin opengov)
  log "building the baseline (release)"
  CARGO_TARGET_DIR="$baseline_target" cargo build --release --locked --manifest-path "$baseline_dir/Cargo.toml"
fi

# --- servers -----------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/opengov-bench.XXXXXX")
pids=()

cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME READY_URL CMD... : starts CMD in the background (cwd $work, log $work/NAME.log)
# and waits until READY_URL answers 200.
start() {
  local name=$1 ready=$2; shift 2
  (cd "$work" && exec "$@") >"$work/$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  local i
  for i in $(seq 1 $((READY_TIMEOUT_S * 4))); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited before it was ready:" >&2; tail -20 "$work/$name.log" >&2; exit 1
    fi
    if curl -fsS -o /dev/null --max-time 2 "$ready" 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  echo "$name not ready within ${READY_TIMEOUT_S} s:" >&2; tail -20 "$work/$name.log" >&2; exit 1
}

for port in $BASELINE_PORT $DEMO_PORT $SYNTH_PORT; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
    echo "port $port is already in use: stop whatever listens there first" >&2; exit 1
  fi
done

serve_flags=()
cache_mode=on
if [ "$NO_CACHE" = 1 ]; then serve_flags+=(--no-page-cache); cache_mode=off; fi

log "starting the baseline on :$BASELINE_PORT"
start baseline "http://127.0.0.1:$BASELINE_PORT/plaintext" env BASELINE_ADDR="127.0.0.1:$BASELINE_PORT" "$baseline"

log "starting opengov on the demo data on :$DEMO_PORT (page cache $cache_mode)"
start demo "http://127.0.0.1:$DEMO_PORT/readyz" \
  env OPENGOV_DATABASE_URL="sqlite://$work/demo.db" "$opengov" serve --bind "127.0.0.1:$DEMO_PORT" "${serve_flags[@]}"

log "seeding the synthetic dataset (demo + 20 plans, 2000 commitments, 20000 activities)"
synth_url="sqlite://$work/synth.db"
(cd "$work" && OPENGOV_DATABASE_URL="$synth_url" "$opengov" seed-demo) >"$work/seed.log" 2>&1 \
  || { tail -20 "$work/seed.log" >&2; exit 1; }
(cd "$work" && OPENGOV_DATABASE_URL="$synth_url" "$opengov" seed-synthetic --plans 20 --commitments 2000 --activities 20000) >>"$work/seed.log" 2>&1 \
  || { tail -20 "$work/seed.log" >&2; exit 1; }
# An administrator for the writer (it files progress reports through the real form).
BENCH_EMAIL=bench-writer@example.ma
BENCH_PASSWORD="bench lantern orchard velvet compass"
(cd "$work" && printf '%s\n' "$BENCH_PASSWORD" | OPENGOV_DATABASE_URL="$synth_url" "$opengov" create-admin --email "$BENCH_EMAIL" --name "Bench writer") >>"$work/seed.log" 2>&1 \
  || { tail -20 "$work/seed.log" >&2; exit 1; }
log "starting opengov on the synthetic data on :$SYNTH_PORT (page cache $cache_mode)"
start synthetic "http://127.0.0.1:$SYNTH_PORT/readyz" \
  env OPENGOV_DATABASE_URL="$synth_url" OPENGOV_REQUIRE_SECOND_FACTOR=false \
  "$opengov" serve --bind "127.0.0.1:$SYNTH_PORT" --no-demo "${serve_flags[@]}"

# --- measurements ------------------------------------------------------------------------
# Each line: dataset page url
targets=(
  "baseline fortunes http://127.0.0.1:$BASELINE_PORT/fortunes"
  "demo home http://127.0.0.1:$DEMO_PORT/ar/"
  "demo plan http://127.0.0.1:$DEMO_PORT/ar/plans/3"
  "demo commitments http://127.0.0.1:$DEMO_PORT/ar/commitments"
  "demo commitment http://127.0.0.1:$DEMO_PORT/ar/commitments/MO0054"
  "synthetic home http://127.0.0.1:$SYNTH_PORT/ar/"
  "synthetic plan http://127.0.0.1:$SYNTH_PORT/ar/plans/3"
  "synthetic commitments http://127.0.0.1:$SYNTH_PORT/ar/commitments"
  "synthetic commitment http://127.0.0.1:$SYNTH_PORT/ar/commitments/MO0054"
  "synthetic plan-10 http://127.0.0.1:$SYNTH_PORT/ar/plans/10"
  "synthetic commitment-SY http://127.0.0.1:$SYNTH_PORT/ar/commitments/SY000500"
)

log "warming up ($WARMUP_REQUESTS requests per URL)"
for t in "${targets[@]}"; do
  read -r _ _ url <<<"$t"
  for _ in $(seq 1 "$WARMUP_REQUESTS"); do
    curl -fsS -o /dev/null --max-time 30 "$url" || { echo "warm-up request failed: $url" >&2; exit 1; }
  done
done

# Another build on this 2-core machine skews the figures: note it, per URL, in the results.
compiler_busy() { pgrep -x cargo >/dev/null 2>&1 || pgrep -x rustc >/dev/null 2>&1; }

# Converts a wrk duration (850.00us, 1.23ms, 2.00s, 1.00m) to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (match(v, /^[0-9.]+/)) { n = substr(v, 1, RLENGTH); u = substr(v, RLENGTH + 1) } else { print "NA"; exit }
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
    if (f < 0) print "NA"; else printf "%.3f", n * f
  }'
}

rows=()
# measure DATASET PAGE URL [wrk options...]: one wrk run, one row of the results.
measure() {
  local dataset=$1 page=$2 url=$3; shift 3
  log "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${DURATION}s $* $url ($page)"
  local busy=no
  if compiler_busy; then busy=yes; fi
  local out="$work/wrk-$dataset-$page.txt"
  timeout $((DURATION + 30)) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; echo "wrk failed on $url" >&2; exit 1; }
  local rps p50 p99 bad errs
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$out")")
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
  errs=$(awk '/Socket errors:/ { sub(/^ *Socket errors: */, ""); print }' "$out")
  [ -n "$rps" ] || { cat "$out" >&2; echo "could not read Requests/sec for $url" >&2; exit 1; }
  if [ -n "$bad" ]; then log "warning: $url: $bad non-2xx/3xx responses"; fi
  if [ -n "$errs" ]; then log "warning: $url: socket errors: $errs"; fi
  if compiler_busy; then busy=yes; fi
  if [ "$busy" = yes ]; then log "warning: cargo/rustc was running during $url: its figures are low"; fi
  rows+=("$dataset	$page	$url	$rps	$p50	$p99	${bad:-0}	$busy")
}

for t in "${targets[@]}"; do
  read -r dataset page url <<<"$t"
  measure "$dataset" "$page" "$url"
done

# Revalidation: the same cached pages asked with the ETag the browser has (answers 304).
for t in "${targets[@]:1:4}"; do
  read -r dataset page url <<<"$t"
  etag=$(curl -fsS -D - -o /dev/null "$url" | awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }')
  [ -n "$etag" ] || { echo "no ETag on $url" >&2; exit 1; }
  [ "$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url")" = 304 ] \
    || { echo "$url does not answer 304 to its own ETag" >&2; exit 1; }
  measure "$dataset" "$page-304" "$url" -H "If-None-Match: $etag"
done

# The same cached pages as a browser asks for them (it always accepts compression): the answer
# is the compressed form kept with the page.
browser_encoding="gzip, deflate, br, zstd"
for t in "${targets[@]:1:4}" "${targets[@]:7:1}"; do
  read -r dataset page url <<<"$t"
  enc=$(curl -fsS -o /dev/null -D - -H "Accept-Encoding: $browser_encoding" "$url" | awk 'tolower($1) == "content-encoding:" { sub(/\r$/, "", $2); print $2 }')
  [ "$enc" = br ] || { echo "$url is not sent brotli-compressed to a browser (got '$enc')" >&2; exit 1; }
  measure "$dataset" "$page-br" "$url" -H "Accept-Encoding: $browser_encoding"
done

# The home page while a project's progress changes every 100 ms: a signed-in administrator
# files progress reports through the real back-office forms on one synthetic activity (new
# draft, submit, validate: each validation publishes and recomputes every figure above it).
synth="http://127.0.0.1:$SYNTH_PORT"
jar="$work/writer.cookies"
curl -fsS -c "$jar" -b "$jar" -o /dev/null "$synth/ar/account/sign-in"
csrf=$(awk '$6 == "og_csrf" { print $7 }' "$jar")
[ -n "$csrf" ] || { echo "no CSRF cookie from the sign-in page" >&2; exit 1; }
code=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' -H "Origin: $synth" \
  --data-urlencode "csrf=$csrf" --data-urlencode "email=$BENCH_EMAIL" --data-urlencode "password=$BENCH_PASSWORD" \
  "$synth/ar/account/sign-in")
[ "$code" = 303 ] || { echo "the writer could not sign in (HTTP $code)" >&2; exit 1; }
writer_commitment=SY000500
writer_activity="$writer_commitment-a1"
# (The synthetic server runs without the second-factor requirement, so that the writer, an
# administrator made by create-admin, can post without enrolling TOTP.)
: >"$work/publish.times"
# One report from draft to published; the validation's time goes to publish.times.
publish() {
  local n=$1 v=$2 loc id answer
  loc=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$jar" -H "Origin: $synth" \
    --data "csrf=$csrf&form_token=bench-writer-$$-$n-000000000000&progress=$v&done=bench&difficulties=bench" \
    "$synth/ar/office/activities/$writer_activity/reports/new" || true)
  id=${loc##*/}
  case "$id" in '' | *[!0-9]*) return 1 ;; esac
  curl -sS -o /dev/null -b "$jar" -H "Origin: $synth" \
    --data "csrf=$csrf&revision=1&progress=$v&done=bench&difficulties=bench&then=submit" "$synth/ar/office/reports/$id" || return 1
  answer=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" -H "Origin: $synth" \
    --data "csrf=$csrf" "$synth/ar/office/reports/$id/validate" || true)
  [ "${answer%% *}" = 303 ] || return 1
  echo "${answer#* }" >>"$work/publish.times"
}
writer() {
  local i=0 ok=0
  while :; do
    i=$((i + 1))
    if publish "w$i" $(( (i % 9 + 1) * 10 )); then ok=$((ok + 1)); fi
    echo "$ok $i" >"$work/writer.count"
    sleep 0.1
  done
}
writer &
writer_pid=$!
pids+=("$writer_pid")
sleep 1
measure synthetic home-writer "$synth/ar/"
kill "$writer_pid" 2>/dev/null || true
wait "$writer_pid" 2>/dev/null || true
read -r writes tries <"$work/writer.count"
log "writer: $writes of $tries progress reports published while home-writer was measured (and 1 s before)"
[ "$writes" -gt 0 ] || { echo "the writer published no progress report" >&2; exit 1; }

# The writer was stopped at any point: a report it left open (a draft, or submitted) is the one
# report the activity may have open at a time; finish it before writing more.
open_at=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$jar" "$synth/ar/office/activities/$writer_activity/reports/new" || true)
open_id=${open_at##*/}
case "$open_id" in
  '' | *[!0-9]*) ;;
  *)
    curl -sS -o /dev/null -b "$jar" -H "Origin: $synth" \
      --data "csrf=$csrf&revision=1&progress=50&done=bench&difficulties=bench&then=submit" "$synth/ar/office/reports/$open_id" || true
    curl -sS -o /dev/null -b "$jar" -H "Origin: $synth" --data "csrf=$csrf" "$synth/ar/office/reports/$open_id/validate" || true
    ;;
esac

# The commitment page with 200 published reports on its timeline.
published=$writes tries=0
while [ "$published" -lt 200 ]; do
  tries=$((tries + 1))
  [ "$tries" -le 400 ] || { echo "could not publish 200 reports on $writer_commitment" >&2; exit 1; }
  if publish "t$tries" $(( published % 100 )); then published=$((published + 1)); fi
done
measure synthetic commitment-200-reports "$synth/ar/commitments/$writer_commitment"
measure synthetic commitment-200-reports-br "$synth/ar/commitments/$writer_commitment" -H "Accept-Encoding: $browser_encoding"
plain_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "$synth/ar/commitments/$writer_commitment")
br_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H "Accept-Encoding: br" "$synth/ar/commitments/$writer_commitment")
log "the commitment page with 200 published reports: $plain_bytes bytes, $br_bytes with brotli"
publish_median_ms=$(sort -n "$work/publish.times" | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] * 1000 }')
publish_count=$(wc -l <"$work/publish.times")
log "publishing a report (the validation POST, 2000 commitments): median $publish_median_ms ms over $publish_count"

base_rps=$(printf '%s\n' "${rows[0]}" | cut -f4)

mkdir -p "$out_dir"
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
tsv="$out_dir/results-$stamp.tsv"
{
  printf 'dataset\tpage\turl\treq_per_s\tp50_ms\tp99_ms\tratio_to_fortunes\tnon_2xx\tpage_cache\tduration_s\tcompiler_busy\n'
  for r in "${rows[@]}"; do
    IFS=$'\t' read -r dataset page url rps p50 p99 bad busy <<<"$r"
    ratio=$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "NA" }')
    cache=$([ "$dataset" = baseline ] && echo "-" || echo "$cache_mode")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$dataset" "$page" "$url" "$rps" "$p50" "$p99" "$ratio" "$bad" "$cache" "$DURATION" "$busy"
  done
} >"$tsv"

echo
echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${DURATION}s, opengov page cache $cache_mode, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
awk -F'\t' 'NR == 1 { printf "%-10s %-15s %12s %9s %9s %8s\n", "dataset", "page", "req/s", "p50 ms", "p99 ms", "ratio"; next }
            { printf "%-10s %-15s %12.0f %9.2f %9.2f %8.3f%s\n", $1, $2, $4, $5, $6, $7, ($11 == "yes" ? "  (cargo was running)" : "") }' "$tsv"
echo "publishing a report (validation POST on the synthetic data): median $publish_median_ms ms over $publish_count publications"
echo "the commitment page with 200 published reports: $plain_bytes bytes ($br_bytes with brotli)"
echo
echo "written: ${tsv#"$repo"/}"
