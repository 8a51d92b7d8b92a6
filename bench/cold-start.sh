#!/usr/bin/env bash
# Cold start on the embedded database: from `java -jar` to /actuator/health reporting UP.
# Each run uses a fresh data directory, so it includes initdb, migrations and demo seeding.
# Usage: bench/cold-start.sh [runs]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port=18080
jar=target/lantern.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }

times=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  java -jar "$jar" --server.port=$port --lantern.data-dir="$data" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "Lantern exited; see $data/app.log" >&2; exit 1; fi
    if (( ($(date +%s%N) - start) / 1000000 > 120000 )); then echo "No UP after 120 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$elapsed")
  echo "run $i: ${elapsed} ms to UP"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs: ${sorted[$(( runs / 2 ))]} ms"
