#!/usr/bin/env bash
# Entity-resolution accuracy on the hard UK set: writes each seed's 20,000 records with `resolution synth-records
# --profile uk-hard`, resolves them with `resolution evaluate` at Lantern's own thresholds, and prints one table row a
# seed: pairwise precision, recall and F1 (the pairs in one cluster are those linked without an analyst), the precision
# of the pairs scored at or above the match threshold (before clustering declines contradictions), B-cubed F1, time and
# the JVM's peak resident memory. The default seeds are the test seeds, 71 to 75; tune only on 11 to 15 (decision 0017).
# Usage: bench/resolution-uk-hard.sh [seed...]   (build first: ./mvnw -B -q package -DskipTests; KEEP_DIR=DIR keeps
# each seed's CSV and evaluate output)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${LANTERN_JAR:-target/lantern.jar}"
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install -y time" >&2; exit 1; }
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(71 72 73 74 75)

work="${KEEP_DIR:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${KEEP_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
echo "| Seed | Pairwise precision | Recall | F1 | Pairs scored ≥ 0.95: precision | B-cubed F1 | Time | Peak RSS |"
echo "|---|---|---|---|---|---|---|---|"
for seed in "${seeds[@]}"; do
  java -jar "$jar" resolution synth-records --profile uk-hard --records 20000 --seed "$seed" \
    --out "$work/uk-hard-$seed.csv" >/dev/null
  /usr/bin/time -v java ${RESOLUTION_JAVA_OPTS:-} -jar "$jar" resolution evaluate "$work/uk-hard-$seed.csv" \
    >"$work/evaluate-$seed.txt" 2>"$work/time-$seed.txt" || { cat "$work/evaluate-$seed.txt" "$work/time-$seed.txt"; exit 1; }
  read -r precision recall f1 < <(tail -n 1 "$work/evaluate-$seed.txt" | sed 's/[a-z0-9]*=//g')
  bcubed=$(tail -n 2 "$work/evaluate-$seed.txt" | head -n 1 | sed 's/.*f1=//')
  linked=$(grep '^pairs scored at or above' "$work/evaluate-$seed.txt" | sed 's/.*precision \([0-9.]*\).*/\1/')
  wall=$(grep "Elapsed (wall clock)" "$work/time-$seed.txt" | awk '{print $NF}')
  peak_kb=$(grep "Maximum resident set size" "$work/time-$seed.txt" | awk '{print $NF}')
  echo "| $seed | $precision | $recall | $f1 | $linked | $bcubed | $wall | $(( peak_kb / 1024 )) MB |"
done
