#!/usr/bin/env bash
# Entity-resolution accuracy: runs `resolution evaluate` on every labelled set in data/er and prints one table row a
# set with pairwise precision, recall and F1, B-cubed F1, wall-clock time and the JVM's peak resident memory.
# Usage: bench/resolution-accuracy.sh [set...]   (build first: ./mvnw -B -q package -DskipTests;
# LANTERN_JAR=... to use another jar, RESOLUTION_JAVA_OPTS="-Xmx2g" to bound the heap)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${LANTERN_JAR:-target/lantern.jar}"
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install -y time" >&2; exit 1; }
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(febrl1 febrl2 febrl3 febrl4 fake_1000 historical_figures_with_errors_50k)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| Set | Pairwise precision | Recall | F1 | B-cubed F1 | Time | Peak RSS |"
echo "|---|---|---|---|---|---|---|"
for set in "${sets[@]}"; do
  /usr/bin/time -v java ${RESOLUTION_JAVA_OPTS:-} -jar "$jar" resolution evaluate "data/er/$set.csv" \
    >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt"; exit 1; }
  read -r precision recall f1 < <(tail -n 1 "$work/out.txt" | sed 's/[a-z0-9]*=//g')
  bcubed=$(tail -n 2 "$work/out.txt" | head -n 1 | sed 's/.*f1=//')
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
  peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  echo "| $set | $precision | $recall | $f1 | $bcubed | $wall | $(( peak_kb / 1024 )) MB |"
done
