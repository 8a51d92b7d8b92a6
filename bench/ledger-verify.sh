#!/usr/bin/env bash
# Verification of a large ledger: fills a fresh embedded database with N synthetic ledger entries (default
# 10,000,000), lets Lantern's sequencer build their Merkle tree, then times `ledger verify` and records its peak memory.
#
# Usage: bench/ledger-verify.sh [entries]     (build first: ./mvnw -B package -DskipTests)
# Settings (environment): PORT (18091), JAR (target/lantern.jar), VERIFY_JAVA_OPTS for the verifying JVM,
# KEEP_DATA=1 to keep the data directory. Needs psql and GNU time (apt-get install postgresql-client time).
#
# The entries are written by SQL with their leaf hashes computed in SQL from the rules in docs/ledger.md, so an
# intact result also shows that those rules, implemented apart from Lantern's code, agree with it. They are placed
# (given their sequence) as they are written, as entries of the old chain are on upgrade; Lantern's sequencer then
# builds the tree over them the first time the server runs, and the script reports how long that took.
set -euo pipefail
cd "$(dirname "$0")/.."
entries="${1:-10000000}"
port="${PORT:-18091}"
jar="${JAR:-target/lantern.jar}"
chunk=1000000
base="http://127.0.0.1:$port"

[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
for tool in psql curl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install postgresql-client curl time)" >&2; exit 1; }
done

data=$(mktemp -d /tmp/lantern-ledger-verify.XXXXXX)
log="$data/app.log"
pid=""
cleanup() {
  stop_lantern
  if [ "${KEEP_DATA:-0}" = 1 ]; then echo "Data directory kept in $data" >&2; else rm -rf "$data"; fi
}
stop_lantern() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}
trap cleanup EXIT

start_lantern() {
  java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --lantern.data-dir="$data" \
    --lantern.demo.town-children=0 >>"$log" 2>&1 &
  pid=$!
  local start; start=$(date +%s)
  until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "Lantern exited; see $log" >&2; exit 1; }
    (( $(date +%s) - start < 300 )) || { echo "No UP after 300 s; see $log" >&2; exit 1; }
    sleep 0.5
  done
  pg_port=$(sed -n 's/.*Embedded PostgreSQL is running on port \([0-9]*\).*/\1/p' "$log" | tail -1)
}
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d lantern "$@"; }

echo "Starting Lantern once to create the database (data in $data)"
start_lantern
until [ "$(sql -c "SELECT count(*) FROM ledger_entry WHERE sequence IS NULL")" = 0 ]; do sleep 0.5; done

echo "Writing $entries entries by SQL, $chunk at a time"
fill_start=$(date +%s)
before=$(sql -c "SELECT max(sequence) FROM ledger_entry")
written=0
while (( written < entries )); do
  n=$(( entries - written < chunk ? entries - written : chunk ))
  sql <<SQL
INSERT INTO ledger_entry (sequence, recorded_at, actor, agency, action, subject_type, subject_id, payload,
                          payload_digest, leaf_hash)
SELECT $before + g, t, 'system:bench', 'Bench Agency', 'THING_DONE', 'THING', 'thing-' || g, p, d,
       encode(sha256('\x00'::bytea || convert_to('17:lantern-ledger-v2;20:' || ts || ';12:system:bench;'
           || '12:Bench Agency;10:THING_DONE;5:THING;' || length('thing-' || g) || ':thing-' || g || ';64:' || d
           || ';', 'UTF8')), 'hex')
FROM generate_series($(( written + 1 )), $(( written + n ))) g,
     LATERAL (SELECT timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second' AS t,
                     '{"n":' || g || '}' AS p) s,
     LATERAL (SELECT to_char(s.t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ts,
                     encode(sha256(convert_to(s.p, 'UTF8')), 'hex') AS d) x;
SQL
  written=$(( written + n ))
  echo "  $written written, $(( $(date +%s) - fill_start )) s"
done
total=$(sql -c "SELECT max(sequence) FROM ledger_entry")

echo "Waiting for the sequencer to build the tree over $total entries"
tree_start=$(date +%s)
until [ "$(sql -c "SELECT coalesce(max(size), 0) FROM ledger_tree_head")" -ge "$total" ]; do sleep 1; done
tree_seconds=$(( $(date +%s) - tree_start ))
size=$(sql -c "SELECT pg_size_pretty(pg_total_relation_size('ledger_entry')) || ' entries, '
  || pg_size_pretty(pg_total_relation_size('ledger_tree_node')) || ' tree nodes ('
  || (SELECT count(*) FROM ledger_tree_node) || ' rows)'")
stop_lantern

echo "Verifying with: java -jar $jar ledger verify"
/usr/bin/time -v -o "$data/time.txt" java ${VERIFY_JAVA_OPTS:-} -jar "$jar" ledger verify \
  --lantern.data-dir="$data" >"$data/verify.txt" 2>>"$log" || true
wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$data/time.txt")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$data/time.txt")
cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$data/time.txt")

echo
echo "Ledger verification of $total entries"
echo "  tree built by the sequencer in ${tree_seconds} s; stored: $size"
echo "  ledger verify: wall ${wall}, peak resident memory of the verifying JVM $(( rss_kb / 1024 )) MB, CPU ${cpu}"
echo "  result: $(grep -E "^Ledger (intact|BROKEN)" "$data/verify.txt")"
grep -q "^Ledger intact" "$data/verify.txt"
