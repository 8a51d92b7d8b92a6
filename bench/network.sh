#!/usr/bin/env bash
# Network analysis benchmark: generate a synthetic network (many small communities, a few hubs, heavy-tailed degree),
# then time communities, centrality, dossiers, two-hop neighbourhoods and shortest paths on it, and record the peak
# resident memory of the JVM. The timings printed cover the analysis phases only, not Lantern's start-up.
# Usage: bench/network.sh [nodes] [edges] [seed]   (defaults 1000000 5000000 1; build first: ./mvnw -B package -DskipTests)
# Settings (environment): LANTERN_JAR (target/lantern.jar), NETWORK_JAVA_OPTS for the JVM, e.g. "-Xmx8g".
set -euo pipefail
cd "$(dirname "$0")/.."
nodes="${1:-1000000}"
edges="${2:-5000000}"
seed="${3:-1}"
jar="${LANTERN_JAR:-target/lantern.jar}"
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install time" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -v java ${NETWORK_JAVA_OPTS:-} -jar "$jar" network benchmark --nodes "$nodes" --edges "$edges" \
  --seed "$seed" --lantern.data-dir="$work/data" 2>"$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
echo "peak RSS of the JVM: $(( peak_kb / 1024 )) MB; whole command (start-up included): $wall"
