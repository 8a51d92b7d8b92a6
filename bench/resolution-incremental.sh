#!/usr/bin/env bash
# Scheduled entity resolution: the database time and the rows it writes per new record, and how long its
# transactions stay open; then the same for a batch run (retraining) of the children.
#
# Starts Lantern from target/lantern.jar on a fresh data directory (embedded database, demo mode) with a demo town of
# BASE children, bound to 127.0.0.1, and waits until every record of the town is resolved. Then it imports a synthetic
# bundle of CHILDREN children of another seed (5) through the API: its child and adult records are the new records,
# which the scheduled runs resolve incrementally (keep CHILDREN well under half of BASE, or the run retrains instead).
# It measures from the import's commit until nothing waits:
#   - database time: the growth of pg_stat_database.active_time, the time backends spent executing statements (every
#     backend, so the few statements of other scheduled work count too);
#   - rows inserted or updated in match_pair, resolved_record and identity_link (pg_stat_user_tables);
#   - the longest time a transaction of the application role was open, sampled every 0.2 s (pg_stat_activity).
# Then it starts a batch run of the kind CHILD (POST /api/v1/resolution/runs) and reports the same.
#
# Usage: bench/resolution-incremental.sh [children] [base]   (defaults 200 and 2000; build first:
#        ./mvnw -B package -DskipTests)
# Settings (environment): PORT (18091), JAR (target/lantern.jar), JAVA_OPTS for the server's JVM, INTERVAL between
# scheduled runs (PT2S), KEEP_DATA=1 to keep the data directory and logs.
# Needs curl and psql (apt-get install postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
children="${1:-200}"
base="${2:-2000}"
port="${PORT:-18091}"
jar="${JAR:-target/lantern.jar}"
interval="${INTERVAL:-PT2S}"
url="http://127.0.0.1:$port"

[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
for tool in curl psql; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install curl postgresql-client)" >&2; exit 1; }
done
if curl -s -o /dev/null "$url/" 2>/dev/null; then
  echo "Something is already listening on 127.0.0.1:$port; set PORT to a free port" >&2; exit 1
fi

data=$(mktemp -d /tmp/lantern-resolution.XXXXXX)
log="$data/app.log"
pid=""
sampler=""
failed=0
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  if [ "${KEEP_DATA:-0}" = 1 ] || [ "$failed" != 0 ]; then
    echo "Data directory and logs kept in $data" >&2
  else
    rm -rf "$data"
  fi
}
trap cleanup EXIT
trap 'failed=1; exit 130' INT TERM

echo "Writing a bundle of $children children (seed 5)..."
java -jar "$jar" synth --seed 5 --children "$children" --out "$data/bundle" --lantern.data-dir="$data/synth-data" \
  >/dev/null

echo "Starting Lantern on $url with a demo town of $base children (data in $data)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --lantern.data-dir="$data" \
  --lantern.demo.town-children="$base" --lantern.resolution.interval="$interval" >"$log" 2>&1 &
pid=$!
start=$(date +%s)
until curl -fs "$url/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$pid" 2>/dev/null; then failed=1; echo "Lantern exited; see $log" >&2; exit 1; fi
  if (( $(date +%s) - start > 180 )); then failed=1; echo "No UP after 180 s; see $log" >&2; exit 1; fi
  sleep 0.5
done
pg_port=$(sed -n 's/.*Embedded PostgreSQL is running on port \([0-9]*\).*/\1/p' "$log" | head -1)
[ -n "$pg_port" ] || { failed=1; echo "No embedded PostgreSQL port in $log" >&2; exit 1; }
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d lantern -c "$1"; }

settled() {
  [ "$(sql "SELECT count(*) FROM resolution_pending")" = 0 ] \
    && [ "$(sql "SELECT count(*) FROM resolution_model")" = 2 ]
}
echo "Waiting for the demo town to be imported and resolved..."
until grep -q "Demo town: .* records imported" "$log"; do
  if (( $(date +%s) - start > 1200 )); then failed=1; echo "No demo town after 20 min; see $log" >&2; exit 1; fi
  sleep 1
done
until settled; do sleep 1; done
echo "Demo town resolved: $(sql "SELECT string_agg(kind || ' ' || count, ', ') FROM (SELECT kind, count(*) FROM resolved_record GROUP BY kind) k")"

token=$(curl -fs -X POST "$url/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"lantern-demo"}' | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')

# The longest open transaction of the application role, in ms, is kept at its highest in $data/longest.
sample_longest() {
  echo 0 >"$data/longest"
  while true; do
    now=$(sql "SELECT coalesce(max(extract(epoch FROM clock_timestamp() - xact_start) * 1000)::bigint, 0)
               FROM pg_stat_activity WHERE usename = 'lantern_app' AND xact_start IS NOT NULL" 2>/dev/null || echo 0)
    [ "$now" -gt "$(cat "$data/longest")" ] && echo "$now" >"$data/longest"
    sleep 0.2
  done
}
counters() {
  sql "SELECT (SELECT active_time FROM pg_stat_database WHERE datname = 'lantern')::bigint,
              (SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'match_pair'),
              (SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'resolved_record'),
              (SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'identity_link')"
}
# Statistics reach pg_stat_database when a backend has been idle a while (at most ten seconds).
quiet_counters() { sleep 11; counters; }
report() {
  local label=$1 records=$2 before=$3 after=$4 seconds=$5
  IFS='|' read -r t0 m0 r0 l0 <<<"$before"
  IFS='|' read -r t1 m1 r1 l1 <<<"$after"
  awk -v label="$label" -v n="$records" -v t="$((t1 - t0))" -v m="$((m1 - m0))" -v r="$((r1 - r0))" \
      -v l="$((l1 - l0))" -v s="$seconds" -v longest="$(cat "$data/longest")" 'BEGIN {
    printf "%s: records=%d wall_s=%d db_ms=%.0f db_ms_per_record=%.3f match_pair_rows=%d (%.2f a record) ", label, n, s, t, t / n, m, m / n
    printf "resolved_record_rows=%d (%.2f a record) identity_link_rows=%d longest_transaction_ms=%d\n", r, r / n, l, longest
  }'
}

before=$(quiet_counters)
echo "Importing the bundle of seed 5..."
curl -fs -X POST "$url/api/v1/imports" -H "Authorization: Bearer $token" -H 'Content-Type: application/x-ndjson' \
  -H 'X-File-Name: seed-5.jsonl' --data-binary @"$data/bundle/lantern.jsonl" >"$data/import.json" \
  || { failed=1; echo "The import failed: $(cat "$data/import.json")" >&2; exit 1; }
waiting=$(sql "SELECT count(*) FROM resolution_pending")
echo "Imported: $(sed -n 's/.*"accepted":\([0-9]*\).*/\1/p' "$data/import.json") lines; $waiting records waiting"
# The import's own statements are not resolution's: start counting at its commit.
sample_longest & sampler=$!
start=$(date +%s)
mid=$(counters)
until [ "$(sql "SELECT count(*) FROM resolution_pending")" = 0 ]; do sleep 0.2; done
seconds=$(( $(date +%s) - start ))
kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=""
after=$(quiet_counters)
report "incremental" "$waiting" "$mid" "$after" "$seconds"
grep -c "Batch resolution of .*: started\|RESOLUTION_RUN" "$log" >/dev/null || true

records=$(sql "SELECT count(*) FROM resolved_record WHERE kind = 'CHILD'")
echo "Batch run of CHILD ($records records)..."
sample_longest & sampler=$!
before=$(counters)
start=$(date +%s)
curl -fs -X POST "$url/api/v1/resolution/runs?kind=CHILD" -H "Authorization: Bearer $token" >"$data/run.json" \
  || { failed=1; echo "The batch run failed; see $log" >&2; exit 1; }
seconds=$(( $(date +%s) - start ))
kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=""
after=$(quiet_counters)
report "batch CHILD" "$records" "$before" "$after" "$seconds"
curl -fs "$url/api/v1/resolution/runs/latest?kind=CHILD" -H "Authorization: Bearer $token" 2>/dev/null \
  && echo || echo "(this build reports no batch progress)"
