#!/usr/bin/env bash
# The dependency audit, offline: `cargo deny check` (advisories, licences, bans, sources; see
# deny.toml) against the copy of the RustSec advisory database in vendor/advisory-db.
#
#   scripts/audit-deps.sh                 check (installs cargo-deny from crates.io if missing)
#   scripts/audit-deps.sh --update-db DIR replace the copy by a checkout of the database in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
vendored=$root/vendor/advisory-db
deny_version=0.20.2

if [ "${1:-}" = "--update-db" ]; then
  src=${2:?a checkout of the advisory database}
  rm -rf "$vendored" && mkdir -p "$vendored"
  git -C "$src" archive HEAD crates rust LICENSE.txt LICENSES support.toml | tar -x -C "$vendored"
  {
    echo "# A copy of the RustSec advisory database (CC0-1.0, GHSA imports CC-BY-4.0: see LICENSE.txt"
    echo "# and LICENSES/), used offline by scripts/audit-deps.sh. Commit and date of the copy:"
    git -C "$src" log -1 --format='%H %cI'
  } > "$vendored/SNAPSHOT"
  echo "vendor/advisory-db is now $(tail -1 "$vendored/SNAPSHOT"); commit it."
  exit 0
fi

if ! cargo deny --version 2>/dev/null | grep -q "$deny_version"; then
  cargo install cargo-deny --locked --version "$deny_version"
fi

# cargo deny reads its database from a git repository under db-path, named after the URL; it
# is made here from the vendored files, dated as the copy is, so that its age is the real one.
read -r commit date < <(grep -v '^#' "$vendored/SNAPSHOT")
dbs=$root/target/advisory-dbs
stamp=$dbs/.snapshot
if [ "$(cat "$stamp" 2>/dev/null)" != "$commit" ]; then
  rm -rf "$dbs" && mkdir -p "$dbs"
  # The folder name cargo deny derives from the URL in deny.toml (its last segment and a hash).
  repo=$dbs/advisory-db-3157b0e258782691
  mkdir -p "$repo"
  cp -a "$vendored/." "$repo/"
  git -C "$repo" init -q -b main
  git -C "$repo" add -A
  GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date git -C "$repo" \
    -c user.name=vendored -c user.email=vendored@localhost commit -q -m "advisory-db $commit"
  echo "$commit" > "$stamp"
fi
age_days=$(( ( $(date +%s) - $(date -d "$date" +%s) ) / 86400 ))
echo "advisory database: copy of $commit, $age_days days old"
# cargo metadata wants every crate of the lock file, other platforms' too (from the registry).
cargo fetch --locked --quiet
cargo deny --offline check advisories licenses bans sources
