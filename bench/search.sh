#!/usr/bin/env bash
# People search over a million records: start Lantern from target/lantern.jar on a fresh data directory (embedded
# database, demo users, no demo town), bound to 127.0.0.1; load synthetic children's and adults' records (1,000,000
# by default, three in five children) set-wise in SQL, with names drawn from the synthetic data's own name lists,
# dates of birth, NHS numbers, postcodes and phones, spread over ten local authorities; then time GET /api/v1/search
# as the Rochdale front door (triage): a warm-up, then a bounded number of searches one after another (names as
# recorded, names with two letters swapped, a name with a year of birth, NHS numbers and postcodes), and print p50,
# p95 and p99 of the whole request as curl measures it.
#
# The records are written straight into the tables, as only search reads them here: no ledger entries, no
# resolution. Search's indexes are expression indexes, so PostgreSQL keeps them as the rows go in.
#
# Usage: bench/search.sh [records] [searches]   (defaults 1000000 and 400; build first: ./mvnw -B package -DskipTests)
# Settings (environment): PORT (18091), JAVA_OPTS for the server's JVM, JAR (target/lantern.jar), WARMUP searches
# (100), P95_MS the target (200), KEEP_DATA=1 to keep the data directory and logs. Needs curl and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-1000000}"
searches="${2:-400}"
warmup="${WARMUP:-100}"
port="${PORT:-18091}"
p95_target_ms="${P95_MS:-200}"
jar="${JAR:-target/lantern.jar}"
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_require curl psql
bench_start search --lantern.demo.town-children=0

names_of() { grep -v '^#' "$1" | grep -v '^\[' | sed '/^[[:space:]]*$/d'; }
names=src/main/resources/synth/names
echo "Loading $records records"
load_start=$(date +%s)
names_of "$names/first-names-female.txt" >"$data/first-names.txt"
names_of "$names/first-names-male.txt" >>"$data/first-names.txt"
names_of "$names/surnames.txt" >"$data/surnames.txt"
children=$(( records * 3 / 5 ))
adults=$(( records - children ))
sql <<SQL
CREATE TABLE bench_first_name (n serial, name text);
CREATE TABLE bench_surname (n serial, name text);
\\copy bench_first_name (name) FROM '$data/first-names.txt'
\\copy bench_surname (name) FROM '$data/surnames.txt'
-- Ten local authorities: Rochdale, Oldham, Rotherham, Manchester, Bolton, Bury, Salford, Stockport, Wigan, Sheffield.
-- Names are drawn with a skew (random()^2), so that some are common and most are rare, as in life.
CREATE TABLE bench_lists AS
SELECT (SELECT array_agg(name ORDER BY n) FROM bench_first_name) AS first_names,
       (SELECT array_agg(name ORDER BY n) FROM bench_surname) AS surnames,
       ARRAY['E08000005', 'E08000004', 'E08000018', 'E08000003', 'E08000001', 'E08000002', 'E08000006',
             'E08000007', 'E08000010', 'E08000019'] AS areas;
INSERT INTO child (id, first_name, surname, birth_year, birth_month, birth_day, sex, nhs_number, area_code,
                   created_at, created_by)
SELECT gen_random_uuid(), l.first_names[1 + floor(power(random(), 2) * cardinality(l.first_names))::int],
       l.surnames[1 + floor(power(random(), 2) * cardinality(l.surnames))::int],
       2006 + (g % 18), 1 + (g % 12), 1 + (g % 28), CASE WHEN g % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
       CASE WHEN g % 3 = 0 THEN (4000000000 + g)::text END, l.areas[1 + g % 10], now(), 'bench'
FROM generate_series(1, $children) AS g, bench_lists l;
INSERT INTO child_address (id, child_id, line1, town, postcode, from_date)
SELECT gen_random_uuid(), id, '1 Bench Street', 'Benchtown',
       'OL' || (1 + abs(hashtext(id::text)) % 16) || ' ' || (abs(hashtext(id::text)) % 10)
           || chr(65 + abs(hashtext(surname || id::text)) % 26) || chr(65 + abs(hashtext(first_name || id::text)) % 26),
       date '2024-01-01'
FROM child WHERE created_by = 'bench' AND abs(hashtext(id::text)) % 2 = 0;
INSERT INTO person (id, first_name, surname, birth_year, birth_month, birth_day, sex, phone, address_postcode,
                    created_at, created_by)
SELECT gen_random_uuid(), l.first_names[1 + floor(power(random(), 2) * cardinality(l.first_names))::int],
       l.surnames[1 + floor(power(random(), 2) * cardinality(l.surnames))::int],
       1960 + (g % 45), 1 + (g % 12), 1 + (g % 28), CASE WHEN g % 3 = 0 THEN 'FEMALE' ELSE 'MALE' END,
       CASE WHEN g % 3 = 0 THEN '07700 ' || lpad((g % 1000000)::text, 6, '0') END,
       CASE WHEN g % 2 = 0 THEN 'M' || (1 + g % 40) || ' ' || (g % 10) || 'AB' END, now(), 'bench'
FROM generate_series(1, $adults) AS g, bench_lists l;
ANALYZE child; ANALYZE child_address; ANALYZE person;
SQL
echo "Loaded in $(( $(date +%s) - load_start )) s: $(sql -c "SELECT count(*) FROM child") children, $(sql -c "SELECT count(*) FROM person") adults"

token=$(curl -fs --max-time 10 -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"triage","password":"lantern-demo"}' | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { failed=1; echo "Could not get the triage user's token" >&2; exit 1; }

# The searches: a fifth each of names as recorded, names with two letters of the surname swapped, a name and year of
# birth, an NHS number, and a postcode; drawn from the loaded children of Rochdale, whom the searcher may read (their
# namesakes elsewhere are candidates too, and the access policy turns them away).
total=$(( warmup + searches ))
sql -c "SELECT first_name, surname, birth_year, coalesce(nhs_number, ''), coalesce((SELECT postcode FROM child_address a WHERE a.child_id = c.id LIMIT 1), '')
        FROM child c WHERE created_by = 'bench' AND area_code = 'E08000005' ORDER BY random() LIMIT $total" \
    -F $'\t' >"$data/people.tsv"
: >"$data/queries.txt"
i=0
while IFS=$'\t' read -r first surname year nhs postcode; do
  case $(( i % 5 )) in
    0) q="$first $surname" ;;
    1) q="$first ${surname:0:2}${surname:3:1}${surname:2:1}${surname:4}" ;;
    2) q="$first $surname $year" ;;
    3) q="${nhs:-$first $surname}" ;;
    4) q="${postcode:-$first $surname}" ;;
  esac
  printf '%s\n' "$q" >>"$data/queries.txt"
  i=$(( i + 1 ))
done <"$data/people.tsv"

# Prints the status, the time, whether anyone was found, and the search.
search() {
  local timing
  timing=$(curl -s -o "$data/body.json" -w '%{http_code} %{time_total}' --max-time 10 -G "$base/api/v1/search" \
    -H "Authorization: Bearer $token" --data-urlencode "q=$1")
  if grep -q '"results":\[\]' "$data/body.json"; then
    echo "$timing none $1"
    printf '%s\n' "$1" >>"$data/found-none.txt"
  else
    echo "$timing found $1"
  fi
}
: >"$data/found-none.txt"
echo "Warming up with $warmup searches"
head -n "$warmup" "$data/queries.txt" | while IFS= read -r q; do search "$q" >/dev/null; done
: >"$data/found-none.txt"
echo "Timing $searches searches, one after another"
uptime
tail -n "$searches" "$data/queries.txt" | while IFS= read -r q; do search "$q"; done >"$data/times.txt"
uptime
bad=$(awk '$1 != 200' "$data/times.txt" | wc -l)
sort -k2 -n "$data/times.txt" | awk -v target="$p95_target_ms" '
  { t[NR] = $2 * 1000 }
  END {
    p50 = t[int(NR * 0.50 + 0.5)]; p95 = t[int(NR * 0.95 + 0.5)]; p99 = t[int(NR * 0.99 + 0.5)];
    printf "searches: %d  p50: %.1f ms  p95: %.1f ms  p99: %.1f ms  max: %.1f ms  (target p95 %d ms)\n",
      NR, p50, p95, p99, t[NR], target
  }'
echo "searches that found someone: $(awk '$3 == "found"' "$data/times.txt" | wc -l) of $searches"
echo "the ten slowest:"
# awk reads every line, so that sort is never cut short (a broken pipe would end the script under pipefail).
sort -k2 -n -r "$data/times.txt" | awk 'NR <= 10 { t = $2 * 1000; $1 = $2 = $3 = ""; printf "  %6.1f ms %s\n", t, $0 }' 
[ ! -s "$data/found-none.txt" ] || { echo "searches that found no one:"; sed 's/^/  /' "$data/found-none.txt"; }
[ "$bad" = 0 ] || { failed=1; echo "$bad searches did not answer 200" >&2; exit 1; }
