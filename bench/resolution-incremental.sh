#!/usr/bin/env bash
# Scheduled entity resolution: the database time and the rows it writes per new record, and how long its
# transactions stay open; then the same for a batch run (retraining) of the children.
#
# Starts Lantern from target/lantern.jar on a fresh data directory (embedded database, demo mode) with a demo town of
# BASE children, bound to 127.0.0.1, waits until every record of the town is resolved, and restarts it with
# pg_stat_statements loaded. Then it imports a synthetic bundle of CHILDREN children of another seed (5, then 6)
# through the API: its child and adult records are the new records, which the scheduled runs resolve incrementally
# (keep CHILDREN under a quarter of BASE, or they retrain instead). A session of the script holds the kinds'
# resolution lock during each import, so that every new record waits. From the lock's release until nothing waits it
# measures:
#   - database time: the execution time of the application role's statements (pg_stat_statements), less the advisory
#     lock statements, whose time is waiting, not work. The other scheduled work is put off, so only the scheduled
#     resolution runs are busy then; the statements that took most time are listed;
#   - shared buffers those statements touched (hit or read), a measure of work that does not depend on the machine;
#   - rows inserted or updated in match_pair, resolved_record and identity_link (pg_stat_user_tables);
#   - the longest time a transaction of the application role was open, sampled every 0.2 s (pg_stat_activity).
# The first round after the restart also reads the kinds into memory once; the second is the steady state. Last it
# starts a batch run of the kind CHILD (POST /api/v1/resolution/runs) and reports the same for it.
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
# The other scheduled work is put off for an hour, so that the scheduled resolution runs are all that runs.
QUIET="--lantern.review.check-interval=PT1H --lantern.timescales.sweep-interval=PT1H
  --lantern.oversight.refresh-interval=PT1H --lantern.notification.dispatch-interval=1h"
# IdentityRepository's advisory lock key for the resolution of a kind (0x5245534F).
RESOLUTION_LOCK=1380275023

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
holder=""
failed=0
stop_lantern() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$holder" ] && kill "$holder" 2>/dev/null || true
  stop_lantern
  if [ "${KEEP_DATA:-0}" = 1 ] || [ "$failed" != 0 ]; then
    echo "Data directory and logs kept in $data" >&2
  else
    rm -rf "$data"
  fi
}
trap cleanup EXIT
trap 'failed=1; exit 130' INT TERM

start_lantern() {
  log="$data/app-$1.log"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --lantern.data-dir="$data" \
    --lantern.demo.town-children="$base" --lantern.resolution.interval="$interval" $QUIET >"$log" 2>&1 &
  pid=$!
  local started
  started=$(date +%s)
  until curl -fs "$url/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then failed=1; echo "Lantern exited; see $log" >&2; exit 1; fi
    if (( $(date +%s) - started > 180 )); then failed=1; echo "No UP after 180 s; see $log" >&2; exit 1; fi
    sleep 0.5
  done
  pg_port=$(sed -n 's/.*Embedded PostgreSQL is running on port \([0-9]*\).*/\1/p' "$log" | head -1)
  [ -n "$pg_port" ] || { failed=1; echo "No embedded PostgreSQL port in $log" >&2; exit 1; }
}
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d lantern -c "$1"; }

for seed in 5 6; do
  echo "Writing a bundle of $children children (seed $seed)..."
  java -jar "$jar" synth --seed "$seed" --children "$children" --out "$data/bundle-$seed" \
    --lantern.data-dir="$data/synth-data" >/dev/null
done

echo "Starting Lantern on $url with a demo town of $base children (data in $data)"
start_lantern first
echo "Waiting for the demo town to be imported and resolved..."
begun=$(date +%s)
until grep -q "Demo town: .* records imported" "$log"; do
  if (( $(date +%s) - begun > 1200 )); then failed=1; echo "No demo town after 20 min; see $log" >&2; exit 1; fi
  sleep 1
done
until [ "$(sql "SELECT count(*) FROM resolution_pending")" = 0 ] \
    && [ "$(sql "SELECT count(*) FROM resolution_model")" = 2 ]; do
  sleep 1
done
echo "Demo town resolved: $(sql "SELECT string_agg(kind || ' ' || count, ', ') FROM (SELECT kind, count(*)
                                 FROM resolved_record GROUP BY kind) k")"
echo "Restarting Lantern with pg_stat_statements..."
sql "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
stop_lantern
start_lantern second
sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null

token=$(curl -fs -X POST "$url/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"lantern-demo"}' | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')

# Every 0.2 s, the longest open transaction of the application role, kept at its highest in $data/longest; a run
# that waited for the lock while the import ran counts from $1, the lock's release.
sample() {
  echo 0 >"$data/longest"
  while true; do
    now=$(sql "SELECT coalesce(max(extract(epoch FROM clock_timestamp() - greatest(xact_start, '$1'::timestamptz))
                                   * 1000), 0)::bigint
               FROM pg_stat_activity WHERE usename = 'lantern_app' AND xact_start IS NOT NULL" 2>/dev/null || echo 0)
    [ "$now" -gt "$(cat "$data/longest")" ] && echo "$now" >"$data/longest"
    sleep 0.2
  done
}
WORK="FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
      WHERE r.rolname = 'lantern_app' AND s.query NOT ILIKE '%pg_%advisory%'"
counters() {
  sql "SELECT (SELECT coalesce(sum(total_exec_time), 0)::bigint $WORK),
              (SELECT coalesce(sum(shared_blks_hit + shared_blks_read), 0) $WORK),
              (SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'match_pair'),
              (SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'resolved_record'),
              (SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'identity_link')"
}
# Table statistics reach pg_stat_user_tables once a backend has been idle a while (at most ten seconds).
quiet_counters() { sleep 11; counters; }
report() {
  local label=$1 records=$2 before=$3 after=$4 seconds=$5
  IFS='|' read -r t0 b0 m0 r0 l0 <<<"$before"
  IFS='|' read -r t1 b1 m1 r1 l1 <<<"$after"
  awk -v label="$label" -v n="$records" -v t="$((t1 - t0))" -v b="$((b1 - b0))" -v m="$((m1 - m0))" \
      -v r="$((r1 - r0))" -v l="$((l1 - l0))" -v s="$seconds" -v longest="$(cat "$data/longest")" 'BEGIN {
    printf "%s: records=%d wall_s=%d db_ms=%.0f (%.3f a record) buffers=%d (%.0f a record)\n", label, n, s, t, t / n, b, b / n
    printf "  match_pair_rows=%d (%.2f a record) resolved_record_rows=%d (%.2f a record) identity_link_rows=%d longest_transaction_ms=%d\n", m, m / n, r, r / n, l, longest
  }'
  sql "SELECT '    ' || round(total_exec_time)::text || ' ms, ' || calls || ' calls: '
              || left(regexp_replace(query, '\s+', ' ', 'g'), 100) $WORK ORDER BY total_exec_time DESC LIMIT 4"
}

incremental_round() {
  # The kinds' resolution lock, held by a session of ours while the import runs, keeps the scheduled runs from
  # starting on its records, so that every new record waits, and the import's statements are not counted.
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d lantern -c "SELECT pg_advisory_lock($RESOLUTION_LOCK, 0),
    pg_advisory_lock($RESOLUTION_LOCK, 1); SELECT pg_sleep(3600)" >/dev/null 2>&1 & holder=$!
  until [ "$(sql "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
                 AND classid = $RESOLUTION_LOCK AND objsubid = 2")" -ge 2 ]; do sleep 0.1; done
  echo "Importing the bundle of seed $1..."
  curl -fs -X POST "$url/api/v1/imports" -H "Authorization: Bearer $token" -H 'Content-Type: application/x-ndjson' \
    -H "X-File-Name: seed-$1.jsonl" --data-binary @"$data/bundle-$1/lantern.jsonl" >"$data/import.json" \
    || { failed=1; echo "The import failed: $(cat "$data/import.json")" >&2; exit 1; }
  waiting=$(sql "SELECT count(*) FROM resolution_pending")
  echo "Imported: $(sed -n 's/.*"accepted":\([0-9]*\).*/\1/p' "$data/import.json") lines; $waiting records waiting"
  sleep 11
  sql "SELECT pg_stat_statements_reset()" >/dev/null
  before=$(counters)
  released=$(sql "SELECT clock_timestamp()")
  sample "$released" & sampler=$!
  sql "SELECT pg_terminate_backend(pid) FROM (SELECT DISTINCT pid FROM pg_locks WHERE locktype = 'advisory'
       AND granted AND classid = $RESOLUTION_LOCK AND objsubid = 2) holders" >/dev/null
  wait "$holder" 2>/dev/null || true; holder=""
  begun=$(date +%s)
  until [ "$(sql "SELECT count(*) FROM resolution_pending")" = 0 ]; do sleep 0.2; done
  seconds=$(( $(date +%s) - begun ))
  kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=""
  report "incremental, seed $1" "$waiting" "$before" "$(quiet_counters)" "$seconds"
}

incremental_round 5
incremental_round 6

records=$(sql "SELECT count(*) FROM resolved_record WHERE kind = 'CHILD'")
echo "Batch run of CHILD ($records records)..."
sleep 11
sql "SELECT pg_stat_statements_reset()" >/dev/null
before=$(counters)
sample "$(sql "SELECT clock_timestamp()")" & sampler=$!
begun=$(date +%s)
curl -fs -X POST "$url/api/v1/resolution/runs?kind=CHILD" -H "Authorization: Bearer $token" >"$data/run.json" \
  || { failed=1; echo "The batch run failed; see $log" >&2; exit 1; }
seconds=$(( $(date +%s) - begun ))
kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=""
report "batch CHILD" "$records" "$before" "$(quiet_counters)" "$seconds"
curl -fs "$url/api/v1/resolution/runs/latest?kind=CHILD" -H "Authorization: Bearer $token" 2>/dev/null \
  && echo || echo "(this build reports no batch progress)"
