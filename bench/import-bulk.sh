#!/usr/bin/env bash
# Bulk import benchmark (issue 13): import the synthetic bundle `synth --seed 5 --children 20000` into a fresh
# embedded (durable) database with the import command, then, on the same database in the same run, the machine's
# reference: COPY of the very rows the import wrote into empty copies of their tables, with the same indexes.
# Usage: bench/import-bulk.sh [children]   (build first: ./mvnw -B package -DskipTests; LANTERN_JAR=... for another
# jar, SEED=... for another seed, IMPORT_JAVA_OPTS=... for the importing JVM). Needs psql (apt-get install
# postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
children="${1:-20000}"
seed="${SEED:-5}"
jar="${LANTERN_JAR:-target/lantern.jar}"
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
command -v psql >/dev/null || { echo "Needs psql: apt-get install postgresql-client" >&2; exit 1; }

work=$(mktemp -d)
postmaster=""
cleanup() {
  if [ -n "$postmaster" ]; then kill -INT "$postmaster" 2>/dev/null || true; wait "$postmaster" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }

echo "Writing the bundle: seed $seed, $children children..."
java -jar "$jar" synth --seed "$seed" --children "$children" --out "$work/bundle" \
  --lantern.data-dir="$work/synth-data" >/dev/null
records=$(grep -c . "$work/bundle/lantern.jsonl")
echo "Bundle: $records records"

echo "Importing into a fresh embedded database (progress every 5 s)..."
start=$(now)
java ${IMPORT_JAVA_OPTS:-} -jar "$jar" import "$work/bundle/lantern.jsonl" --lantern.data-dir="$work/data" \
  >"$work/import.out" 2> >(tee "$work/progress.txt" | grep --line-buffered -E '^(Checking|Storing) ' >&2) \
  || { tail -n 20 "$work/import.out"; exit 1; }
import_seconds=$(seconds "$start" "$(now)")
tail -n 1 "$work/import.out"

echo "COPY reference on the same database..."
pgbin=$(dirname "$(ls -d /tmp/embedded-pg/PG-*/bin/postgres | head -n 1)")
port=$(( 20000 + RANDOM % 20000 ))
# The embedded binaries as Lantern starts them (runtime/internal/EmbeddedDatabaseConfiguration): durable settings.
# PostgreSQL refuses to run as root; as root, zonky starts it in a user namespace, and so does this script.
as_user=()
[ "$(id -u)" = 0 ] && as_user=(unshare -Uu)
"${as_user[@]}" "$pgbin/postgres" -D "$work/data/postgres" -p "$port" -F -c fsync=on -c synchronous_commit=on \
  -c full_page_writes=on >"$work/pg.log" 2>&1 &
postmaster=$!
for _ in $(seq 1 60); do
  psql -X -q -h localhost -p "$port" -U postgres -d lantern -c 'SELECT 1' >/dev/null 2>&1 && break
  sleep 1
done
sql() { psql -X -q -h localhost -p "$port" -U postgres -d lantern -v ON_ERROR_STOP=1 "$@"; }
tables=$(sql -Atc "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history' ORDER BY 1")
# The server writes and reads the copies itself, perhaps as another user (see above).
chmod 711 "$work" && mkdir -p "$work/copy" && chmod 777 "$work/copy"
setup="CREATE SCHEMA reference;"
load="BEGIN;"
rows=0
used=0
for table in $tables; do
  count=$(sql -Atc "SELECT count(*) FROM public.\"$table\"")
  [ "$count" -gt 0 ] || continue
  rows=$(( rows + count ))
  used=$(( used + 1 ))
  setup+="CREATE TABLE reference.\"$table\" (LIKE public.\"$table\" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);"
  setup+="COPY public.\"$table\" TO '$work/copy/$table' (FORMAT binary);"
  load+="COPY reference.\"$table\" FROM '$work/copy/$table' (FORMAT binary);"
done
load+="COMMIT;"
# The import's second pass (storing, in one transaction), as import_run recorded it.
store_seconds=$(sql -Atc "SELECT extract(epoch FROM finished_at - started_at) FROM import_run
  WHERE status = 'COMMITTED' ORDER BY started_at DESC LIMIT 1")
sql -c "$setup"
start=$(now)
sql -c "$load"
copy_seconds=$(seconds "$start" "$(now)")

store_rate=$(echo "$records / $import_seconds" | bc)
echo "records=$records import_seconds=$import_seconds records_per_second=$store_rate (wall clock, with start-up)"
echo "store_seconds=$store_seconds store_records_per_second=$(echo "$records / $store_seconds" | bc)"
echo "copy_rows=$rows copy_tables=$used copy_seconds=$copy_seconds"
echo "ratio_import_to_copy=$(echo "scale=3; $copy_seconds / $import_seconds" | bc)"
grep -E '^Storing ' "$work/progress.txt" | tail -n 1 || true
