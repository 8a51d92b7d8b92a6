#!/usr/bin/env bash
# Import benchmark: write a synthetic bundle with about N referrals, then time its import into a fresh embedded
# database with the import command, recording the peak resident memory of the importing JVM.
# Usage: bench/import.sh [children]   (build first: ./mvnw -B package -DskipTests; LANTERN_JAR=... to use another jar,
# IMPORT_JAVA_OPTS="-Xmx1g" to bound the importing JVM's heap)
# About 0.8 children per referral: 81000 children (the default) give 100,167 referrals with seed 7.
set -euo pipefail
cd "$(dirname "$0")/.."
children="${1:-81000}"
jar="${LANTERN_JAR:-target/lantern.jar}"
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install time" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Writing a bundle of $children children..."
java -jar "$jar" synth --seed 7 --children "$children" --now 2026-11-01 --out "$work/bundle" \
  --lantern.data-dir="$work/synth-data" | tail -n 12
referrals=$(grep -c '"type":"referral"' "$work/bundle/lantern.jsonl")
records=$(grep -c . "$work/bundle/lantern.jsonl")
echo "Bundle: $records records, $referrals referrals"

echo "Importing into a fresh embedded database..."
start=$(date +%s)
/usr/bin/time -v java ${IMPORT_JAVA_OPTS:-} -jar "$jar" import "$work/bundle/lantern.jsonl" --lantern.data-dir="$work/data" \
  >"$work/import.out" 2>"$work/time.txt" || { tail -n 20 "$work/import.out"; exit 1; }
elapsed=$(( $(date +%s) - start ))
tail -n 1 "$work/import.out"
peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
echo "records=$records referrals=$referrals seconds=$elapsed peak_rss_mb=$(( peak_kb / 1024 ))"
