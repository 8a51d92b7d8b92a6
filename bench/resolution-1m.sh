#!/usr/bin/env bash
# Entity resolution at scale: writes N synthetic person records with known clusters (1,000,000 by default), then
# resolves them with `resolution evaluate` (training, blocking, scoring and clustering, no database), recording the
# wall-clock time and the JVM's peak resident memory.
# Usage: bench/resolution-1m.sh [records] [seed]   (build first: ./mvnw -B -q package -DskipTests;
# LANTERN_JAR=... to use another jar; RESOLUTION_JAVA_OPTS overrides the heap, -Xmx6g by default)
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-1000000}"
seed="${2:-1}"
jar="${LANTERN_JAR:-target/lantern.jar}"
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install -y time" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" resolution synth-records --records "$records" --seed "$seed" --out "$work/people.csv"
/usr/bin/time -v java ${RESOLUTION_JAVA_OPTS:--Xmx6g} -jar "$jar" resolution evaluate "$work/people.csv" \
  >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt"; exit 1; }
cat "$work/out.txt"
wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
echo "records=$records seed=$seed wall_clock=$wall peak_rss_mb=$(( peak_kb / 1024 ))"
