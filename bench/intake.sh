#!/usr/bin/env bash
# Referral intake over HTTP: POST /api/v1/referrals at a constant rate with wrk, then check that nothing was lost.
# Starts Lantern from target/lantern.jar on a fresh data directory (embedded database, demo users), bound to
# 127.0.0.1, and sends all traffic to 127.0.0.1. The pacing is explained in bench/intake.lua.
#
# Usage: bench/intake.sh [rate] [seconds]      (defaults 200 and 60; build first: ./mvnw -B package -DskipTests)
# Settings (environment): CONNECTIONS (20), THREADS (2), WARMUP seconds at the same rate before the measured run
# (10; 0 for none), PORT (18090), JAVA_OPTS for the server's JVM, JAR (target/lantern.jar), KEEP_DATA=1 to keep the
# data directory and logs, P99_MS the p99 target (50), REFERENCE=0 to skip the pgbench reference.
#
# After the run, the reference: pgbench inserting single rows (10 clients, 10 s) into a scratch table of the same
# database, durable as Lantern's commits are, so the figures can be read against what this disk and database allow.
#
# wrk, Lantern and its PostgreSQL share the machine, as does anything else running: the script reports how much CPU
# each used during the measured run, and warns when other processes took a noticeable share.
# Needs wrk (apt-get install wrk), curl and psql (apt-get install postgresql-client).
#
# Passes when no request failed, p99 is under the target, the rate was achieved, every acknowledged referral (warm-up
# included) is in the database with its ledger entry and readable through the API, and the ledger verifies.
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-200}"
seconds="${2:-60}"
connections="${CONNECTIONS:-20}"
threads="${THREADS:-2}"
warmup="${WARMUP:-10}"
port="${PORT:-18090}"
p99_target_ms="${P99_MS:-50}"
jar="${JAR:-target/lantern.jar}"
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_require wrk curl psql
bench_start intake
# The demo town is imported in the background after start-up; measure after it has committed, not during it.
until grep -q "Demo town: .* (committed)" "$log"; do
  (( $(date +%s) - start < 300 )) || { failed=1; echo "The demo town was not imported within 300 s" >&2; exit 1; }
  sleep 0.5
done

token_for() {
  curl -fs --max-time 10 -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"lantern-demo\"}" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}
referrer_token=$(token_for referrer)
triage_token=$(token_for triage)
auditor_token=$(token_for auditor)
[ -n "$referrer_token" ] && [ -n "$triage_token" ] && [ -n "$auditor_token" ] \
  || { failed=1; echo "Could not get the demo users' tokens" >&2; exit 1; }

before=$(sql -c "SELECT count(*) FROM referral")

# One wrk run: $1 seconds, ids to $2, wrk's output to $3, $4 marks the names. wrk stops itself after -d; timeout
# is a backstop.
run_wrk() {
  INTAKE_TOKEN="$referrer_token" INTAKE_RATE="$rate" INTAKE_THREADS="$threads" INTAKE_IDS="$2" INTAKE_TAG="$4" \
    timeout $(( $1 + 60 )) wrk -t"$threads" -c"$connections" -d"${1}s" --timeout 10s --latency \
    -s bench/intake.lua "$base/api/v1/referrals" >"$3" 2>&1
}

: >"$data/warmup.ids"
if (( warmup > 0 )); then
  echo "Warm-up: ${warmup} s at ${rate}/s (not measured; its referrals are checked with the rest)"
  run_wrk "$warmup" "$data/warmup.ids" "$data/warmup.txt" Warmup || { failed=1; cat "$data/warmup.txt"; exit 1; }
  grep '^INTAKE sent' "$data/warmup.txt"
fi

# CPU time in clock ticks: Lantern's JVM and its PostgreSQL (the postmaster and its backends), and the whole machine.
postgres_ticks() {
  local total=0 p
  for p in $(pgrep -f -- "-D $data/postgres") $(pgrep -P "$(pgrep -f -- "-D $data/postgres" | head -1)"); do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
lantern_ticks() { echo $(( $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) + $(postgres_ticks) )); }
# /proc/stat's first line: user nice system idle iowait irq softirq steal. Prints busy and all.
machine_ticks() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }
# The shell's finished children (wrk): `times` has to run in this shell, not in a command substitution.
children_ticks() { awk -v hz="$(getconf CLK_TCK)" 'NR == 2 {
  split($1, u, /[ms]/); split($2, s, /[ms]/); print int((u[1] * 60 + u[2] + s[1] * 60 + s[2]) * hz) }' "$1"; }

echo "Measured run: wrk -t$threads -c$connections -d${seconds}s at ${rate}/s against $base/api/v1/referrals"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
times >"$data/times-before.txt"
lantern_before=$(lantern_ticks); postgres_before=$(postgres_ticks); read -r busy_before all_before < <(machine_ticks)
run_wrk "$seconds" "$data/run.ids" "$data/run.txt" Intake || { failed=1; cat "$data/run.txt"; exit 1; }
lantern_after=$(lantern_ticks); postgres_after=$(postgres_ticks); read -r busy_after all_after < <(machine_ticks)
times >"$data/times-after.txt"
wrk_before=$(children_ticks "$data/times-before.txt"); wrk_after=$(children_ticks "$data/times-after.txt")
cores=$(nproc)
# Cores used on average; the tick counts are sampled a moment apart, so a share near nothing can come out just below 0.
share() { awk -v t="$1" -v all="$(( all_after - all_before ))" -v c="$cores" 'BEGIN {
  v = t / all * c; printf "%.2f", v < 0 ? 0 : v }'; }
lantern_cores=$(share $(( lantern_after - lantern_before )))
wrk_cores=$(share $(( wrk_after - wrk_before )))
other_cores=$(share $(( busy_after - busy_before - (lantern_after - lantern_before) - (wrk_after - wrk_before) )))
sed -n '/^Running/,/^INTAKE/{/^INTAKE/d;p}' "$data/run.txt"

field() { sed -n "s/^INTAKE.* $1=\([^ ]*\).*/\1/p" "$data/run.txt" | head -1; }
achieved=$(field rate)
p50=$(field p50_ms); p90=$(field p90_ms); p99=$(field p99_ms); p999=$(field p999_ms); max=$(field max_ms)
sent=$(field sent); acknowledged=$(field acknowledged); errors=$(field errors)
non2xx=$(field non2xx); socket_errors=$(field socket_errors); statuses=$(field statuses)

# Requests still in flight when wrk stopped may have been committed without wrk reading the answer: wait until the
# count settles (bounded) before comparing.
previous=-1
for _ in $(seq 1 50); do
  after=$(sql -c "SELECT count(*) FROM referral")
  [ "$after" = "$previous" ] && break
  previous=$after
  sleep 0.2
done

cat "$data/warmup.ids" "$data/run.ids" >"$data/all.ids"
acknowledged_all=$(wc -l <"$data/all.ids")
warmup_sent=$( (sed -n 's/^INTAKE.* sent=\([0-9]*\).*/\1/p' "$data/warmup.txt" 2>/dev/null || true) | head -1)
sent_all=$(( ${warmup_sent:-0} + ${sent:-0} ))
created=$(( after - before ))
sql >"$data/checks.txt" <<SQL || { failed=1; echo "The database checks failed" >&2; exit 1; }
CREATE TEMP TABLE acknowledged (id uuid);
\copy acknowledged FROM '$data/all.ids'
SELECT 'distinct ' || count(DISTINCT id) FROM acknowledged;
SELECT 'missing ' || count(*) FROM acknowledged a WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.id = a.id);
SELECT 'unledgered ' || count(*) FROM acknowledged a WHERE NOT EXISTS (SELECT 1 FROM ledger_entry l
  WHERE l.subject_type = 'REFERRAL' AND l.subject_id = a.id::text AND l.action = 'REFERRAL_RECEIVED');
SELECT 'ledger_entries ' || count(*) FROM ledger_entry;
SQL
distinct=$(sed -n 's/^distinct //p' "$data/checks.txt")
missing=$(sed -n 's/^missing //p' "$data/checks.txt")
unledgered=$(sed -n 's/^unledgered //p' "$data/checks.txt")
ledger_entries=$(sed -n 's/^ledger_entries //p' "$data/checks.txt")

# A sample read back through the API as the triage practitioner of the referrals' area.
sample_ok=0; sample_total=0
while read -r id; do
  sample_total=$(( sample_total + 1 ))
  code=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $triage_token" \
    "$base/api/v1/referrals/$id")
  [ "$code" = 200 ] && sample_ok=$(( sample_ok + 1 ))
done < <(awk 'NR % 250 == 1' "$data/all.ids" | head -100)

verification=$(curl -s --max-time 120 -H "Authorization: Bearer $auditor_token" "$base/api/v1/ledger/verification")
longest_wait=$(sed -n 's/.*"longestWaitMillis" *: *\([0-9]*\).*/\1/p' <<<"$verification")

reference="not run"
if [ "${REFERENCE:-1}" = 1 ] && command -v pgbench >/dev/null; then
  sql -c "CREATE TABLE bench_reference (id bigserial PRIMARY KEY, payload text NOT NULL)"
  echo "INSERT INTO bench_reference (payload) VALUES (md5(random()::text));" >"$data/reference.sql"
  reference=$( (PGOPTIONS='-c synchronous_commit=on' pgbench -n -c 10 -j 2 -T 10 -f "$data/reference.sql" \
      -h 127.0.0.1 -p "$pg_port" -U postgres lantern 2>&1 || true) | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
  reference="${reference} single-row inserts/s (pgbench, 10 clients, 10 s)"
  sql -c "DROP TABLE bench_reference"
fi

echo
echo "Referral intake over HTTP: ${seconds} s at a target of ${rate}/s, $connections connections, $threads threads"
echo "  achieved      ${achieved} requests/s (${sent} sent, ${acknowledged} acknowledged with 201)"
echo "  latency       p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, p99.9 ${p999} ms, max ${max} ms"
echo "  errors        ${errors} (non-2xx ${non2xx}, socket errors ${socket_errors}; statuses ${statuses})"
echo "  CPU (cores of $cores) Lantern and PostgreSQL ${lantern_cores}, wrk ${wrk_cores}, other processes ${other_cores}"
echo "  database time PostgreSQL's CPU per acknowledged referral in the measured run:" \
  "$(awk -v t="$(( postgres_after - postgres_before ))" -v hz="$(getconf CLK_TCK)" -v n="${acknowledged:-0}" \
  'BEGIN { if (n > 0) printf "%.2f ms", t / hz * 1000 / n; else print "?" }') (scheduled work included)"
echo "  database      ${created} new referrals for ${sent_all} sent and ${acknowledged_all} acknowledged, warm-up" \
  "included; ${ledger_entries} ledger entries"
echo "  ledger        longest wait from admission to a place in the log: ${longest_wait:-?} ms"
echo "  reference     ${reference}"
echo

if awk -v o="$other_cores" 'BEGIN { exit !(o > 0.1) }'; then
  echo "WARNING: other processes used ${other_cores} cores during the run;" \
    "the latencies are not those of a quiet machine"
  echo
fi
check() { # name, condition (0 = pass), detail
  if [ "$2" = 0 ]; then echo "PASS $1: $3"; else echo "FAIL $1: $3"; failed=1; fi
}
check "errors" "$([ "$errors" = 0 ] && [ "$non2xx" = 0 ] && [ "$socket_errors" = 0 ]; echo $?)" \
  "$errors failed requests, $non2xx non-2xx, $socket_errors socket errors"
check "rate" "$(awk -v a="$achieved" -v r="$rate" 'BEGIN { exit !(a >= 0.98 * r) }'; echo $?)" \
  "${achieved}/s achieved of ${rate}/s (at least 98% needed)"
check "p99" "$(awk -v p="$p99" -v t="$p99_target_ms" 'BEGIN { exit !(p < t) }'; echo $?)" \
  "p99 ${p99} ms (target under ${p99_target_ms} ms)"
check "acknowledged ids" "$([ "$distinct" = "$acknowledged_all" ]; echo $?)" \
  "$acknowledged_all acknowledged, $distinct distinct"
check "every acknowledged referral stored" "$([ "$missing" = 0 ]; echo $?)" "$missing missing from the referral table"
in_flight=$(( created - acknowledged_all ))
check "count" "$([ "$created" -ge "$acknowledged_all" ] && [ "$created" -le "$sent_all" ]; echo $?)" \
  "$created new referrals for $acknowledged_all acknowledged and $sent_all sent ($in_flight still in flight at the end)"
check "every acknowledged referral in the ledger" "$([ "$unledgered" = 0 ]; echo $?)" \
  "$unledgered without a REFERRAL_RECEIVED entry"
check "read back through the API" \
  "$([ "$sample_total" -gt 0 ] && [ "$sample_ok" = "$sample_total" ]; echo $?)" \
  "$sample_ok of a sample of $sample_total answered 200 to the triage practitioner"
check "ledger verifies" "$(grep -q '"intact" *: *true' <<<"$verification"; echo $?)" "$verification"

exit "$failed"
