#!/usr/bin/env bash
# Cold start on the embedded database: from `java -jar` to /actuator/health reporting UP.
# By default each run uses a fresh data directory, so it includes initdb, migrations and demo seeding.
# With --existing-data, every run restarts on one data directory prepared beforehand (a restart of a live system).
# Usage: bench/cold-start.sh [runs] [--existing-data]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
existing="${2:-}"
port=18080
jar=target/lantern.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }

shared=""
if [ "$existing" = "--existing-data" ]; then
  shared=$(mktemp -d)
  java -jar "$jar" --server.port=$port --lantern.data-dir="$shared" >"$shared/prepare.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.2; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
fi

times=()
for i in $(seq 1 "$runs"); do
  data=${shared:-$(mktemp -d)}
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
  [ -n "$shared" ] || rm -rf "$data"
done
[ -z "$shared" ] || rm -rf "$shared"
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs: ${sorted[$(( runs / 2 ))]} ms"
