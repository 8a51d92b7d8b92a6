#!/usr/bin/env bash
# Availability during a large import (issue 13): while the server imports the synthetic bundle
# `synth --seed 5 --children 20000` through POST /api/v1/imports, it keeps taking referrals (wrk at a steady rate),
# serving logged reads of a referral, and answering health checks. Reports each one's latency during the import.
#
# Usage: bench/import-availability.sh [children]   (build first: ./mvnw -B package -DskipTests)
# Settings (environment): SEED (5), WRITE_RATE referrals a second during the import (20), PORT (18092),
# JAR (target/lantern.jar), KEEP_DATA=1 to keep the data directory. Needs wrk, curl and psql.
# Passes when every request succeeded, writes and reads have p99 under 200 ms, and every health check answered UP
# within a second. Everything targets 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
children="${1:-20000}"
seed="${SEED:-5}"
write_rate="${WRITE_RATE:-20}"
port="${PORT:-18092}"
jar="${JAR:-target/lantern.jar}"
base="http://127.0.0.1:$port"
p99_target_ms=200
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
for tool in wrk curl psql; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk curl postgresql-client)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/lantern-availability.XXXXXX)
pid=""
failed=1
loops=()
cleanup() {
  for loop in "${loops[@]}"; do kill "$loop" 2>/dev/null || true; done
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  if [ "${KEEP_DATA:-0}" = 1 ] || [ "$failed" != 0 ]; then echo "Kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "Writing the bundle: seed $seed, $children children"
java -jar "$jar" synth --seed "$seed" --children "$children" --out "$work/bundle" \
  --lantern.data-dir="$work/synth-data" >/dev/null
echo "Bundle: $(grep -c . "$work/bundle/lantern.jsonl") records"

echo "Starting Lantern on $base"
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --lantern.data-dir="$work/data" \
  >"$work/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "Lantern exited; see $work/app.log" >&2; exit 1; }
  sleep 0.5
done
# The demo town is imported in the background at start-up; measure after it, not during it.
until grep -q "Demo town: .* (committed)" "$work/app.log"; do sleep 0.5; done
token_for() {
  curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"lantern-demo\"}" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}
admin=$(token_for admin); referrer=$(token_for referrer); triage=$(token_for triage)
referral=$(curl -fs -X POST "$base/api/v1/referrals" -H "Authorization: Bearer $referrer" \
  -H 'Content-Type: application/json' -d @- <<'JSON' | sed -n 's/.*"id" *: *"\([0-9a-f-]*\)".*/\1/p' | head -1
{"children":[{"firstName":"Avery","surname":"Readback","dateOfBirth":"2011-05-14"}],
 "concern":"A synthetic referral read back during the import.","cseConcern":true,"urgency":"ROUTINE"}
JSON
)
[ -n "$referral" ] || { echo "Could not create the referral to read" >&2; exit 1; }

# Each loop writes one line per request: milliseconds taken and HTTP status.
health_loop() {
  while :; do
    curl -s -o /dev/null --max-time 1 -w '%{time_total} %{http_code}\n' "$base/actuator/health" >>"$work/health.txt" \
      || echo "1.000 000" >>"$work/health.txt"
    sleep 0.25
  done
}
read_loop() {
  while :; do
    curl -s -o /dev/null --max-time 10 -w '%{time_total} %{http_code}\n' -H "Authorization: Bearer $triage" \
      "$base/api/v1/referrals/$referral" >>"$work/reads.txt" || echo "10.000 000" >>"$work/reads.txt"
    sleep 0.1
  done
}

echo "Importing through the API while taking ${write_rate} referrals/s, 10 reads/s and 4 health checks/s"
health_loop & loops+=($!)
read_loop & loops+=($!)
: >"$work/writes.ids"
INTAKE_TOKEN="$referrer" INTAKE_RATE="$write_rate" INTAKE_THREADS=1 INTAKE_IDS="$work/writes.ids" \
  INTAKE_TAG=Availability timeout 900 wrk -t1 -c10 -d600s --timeout 10s --latency -s bench/intake.lua \
  "$base/api/v1/referrals" >"$work/writes.txt" 2>&1 &
wrk_pid=$!; loops+=($wrk_pid)
sleep 2
start=$(date +%s.%N)
status=$(curl -s -o "$work/report.json" -w '%{http_code}' --max-time 900 -X POST "$base/api/v1/imports" \
  -H "Authorization: Bearer $admin" -H 'Content-Type: application/x-ndjson' -H 'X-File-Name: availability.jsonl' \
  --data-binary @"$work/bundle/lantern.jsonl")
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)
sleep 2
# timeout passes the INT on to wrk, which stops and reports; the curl loops stop on TERM.
kill -INT "$wrk_pid" 2>/dev/null || true
for loop in "${loops[@]}"; do [ "$loop" = "$wrk_pid" ] || kill "$loop" 2>/dev/null || true; done
wait "$wrk_pid" 2>/dev/null || true
loops=()

percentile() { # file of "seconds status" lines; prints p50 p99 max in ms and the count of non-200
  sort -n "$1" | awk '{ t[NR] = $1 * 1000; if ($2 != 200) bad++ }
    END { printf "p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d requests, %d failed",
      t[int(NR * 0.5) + 1], t[int(NR * 0.99) + 1], t[NR], NR, bad + 0 }'
}
p99_of() { sort -n "$1" | awk '{ t[NR] = $1 * 1000 } END { printf "%.0f", t[int(NR * 0.99) + 1] }'; }
writes_p99=$(sed -n 's/^INTAKE.* p99_ms=\([0-9.]*\).*/\1/p' "$work/writes.txt" | head -1)
writes_errors=$(sed -n 's/^INTAKE.* errors=\([0-9]*\).*/\1/p' "$work/writes.txt" | head -1)
writes_line=$(sed -n 's/^INTAKE \(sent=.*\)/\1/p' "$work/writes.txt" | head -1)
health_bad=$(awk '$2 != 200 { bad++ } END { print bad + 0 }' "$work/health.txt")

echo
echo "Import of $(grep -c . "$work/bundle/lantern.jsonl") records through the API: HTTP $status in ${import_seconds} s"
echo "  writes (referrals, wrk)  p99 ${writes_p99} ms; ${writes_line}"
echo "  logged reads            $(percentile "$work/reads.txt")"
echo "  health checks           $(percentile "$work/health.txt")"
failed=0
check() { if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1"; failed=1; fi; }
check "import committed (HTTP $status)" "$([ "$status" = 200 ]; echo $?)"
check "writes p99 under ${p99_target_ms} ms, none failed" \
  "$(awk -v p="$writes_p99" -v t="$p99_target_ms" -v e="$writes_errors" 'BEGIN { exit !(p < t && e == 0) }'; echo $?)"
check "reads p99 under ${p99_target_ms} ms, none failed" "$(awk -v p="$(p99_of "$work/reads.txt")" \
  -v t="$p99_target_ms" -v b="$(awk '$2 != 200' "$work/reads.txt" | wc -l)" 'BEGIN { exit !(p < t && b == 0) }'; echo $?)"
check "every health check answered within a second" "$([ "$health_bad" = 0 ]; echo $?)"
exit "$failed"
