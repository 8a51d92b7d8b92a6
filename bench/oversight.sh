#!/usr/bin/env bash
# Oversight dashboard benchmark: load synthetic referrals (5,000,000 by default) with their decisions, children,
# missing episodes and return home interviews into a fresh embedded database, rebuild the oversight summaries, then
# time the area dashboard (every measure, demographics and the funnel plot) for a local authority, a police force area
# and England: a warm-up, then the median of five runs. Also records the JVM's peak memory.
# Usage: bench/oversight.sh [referrals] [seed]   (build first: ./mvnw -B package -DskipTests)
# Settings (environment): LANTERN_JAR (target/lantern.jar), OVERSIGHT_JAVA_OPTS for the JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
referrals="${1:-5000000}"
seed="${2:-1}"
jar="${LANTERN_JAR:-target/lantern.jar}"
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install time" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -v java ${OVERSIGHT_JAVA_OPTS:-} -jar "$jar" oversight benchmark --referrals "$referrals" \
  --seed "$seed" --lantern.data-dir="$work/data" --lantern.demo=false 2>"$work/time.txt" \
  || { cat "$work/time.txt" >&2; exit 1; }
peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
echo "peak RSS of the JVM: $(( peak_kb / 1024 )) MB; whole command (start-up included): $wall"
