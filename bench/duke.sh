#!/usr/bin/env bash
# The peer engine Duke 1.2 on the same labelled records as bench/resolution-accuracy.sh: fetches Duke and its
# dependencies from Maven Central into target/peers/lib (once), runs it in deduplication mode with the Duke
# configuration for each set (bench/peers/duke-CONFIG.xml) and prints one table row a set: pairwise precision, recall
# and F1 over the connected components of Duke's links, B-cubed F1, the raw links' own precision, recall and F1,
# wall-clock time (JVM start included) and the JVM's peak resident memory.
# Usage: bench/duke.sh [set...]                         sets in data/er; FEBRL 1-4 share duke-febrl.xml
#        bench/duke.sh --config NAME FILE.csv...        any labelled CSV with bench/peers/duke-NAME.xml (or NAME as a
#                                                       path to an XML file), e.g. --config uk-hard /tmp/uk-hard-11.csv
# DUKE_THREADS=N (default: all cores), DUKE_JAVA_OPTS="-Xmx2g" to bound the heap, DUKE_LINKS_DIR=DIR to keep each
# run's links as DIR/SET-links.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install -y time" >&2; exit 1; }
lib=target/peers/lib
if [ ! -f "$lib/duke-1.2.jar" ]; then
  ./mvnw -B -q -f bench/peers/pom.xml dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$PWD/$lib"
fi

config_name=""
if [ "${1:-}" = "--config" ]; then
  [ $# -ge 3 ] || { echo "Usage: bench/duke.sh --config NAME FILE.csv..." >&2; exit 64; }
  config_name=$2
  shift 2
fi
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(febrl1 febrl2 febrl3 febrl4 fake_1000 historical_figures_with_errors_50k)

config_file() {
  case "$1" in
    *.xml) echo "$1" ;;
    febrl[1-4]) echo bench/peers/duke-febrl.xml ;;
    *) echo "bench/peers/duke-$1.xml" ;;
  esac
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| Set | Duke config | Pairwise precision | Recall | F1 | B-cubed F1 | Links precision | Links recall | Links F1 | Time | Peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for input in "${inputs[@]}"; do
  if [ -n "$config_name" ]; then
    csv=$input; set_name=$(basename "$input" .csv); config=$(config_file "$config_name")
  else
    csv=data/er/$input.csv; set_name=$input; config=$(config_file "$input")
  fi
  [ -f "$csv" ] || { echo "No such file: $csv" >&2; exit 66; }
  [ -f "$config" ] || { echo "No Duke configuration: $config" >&2; exit 66; }
  links=()
  [ -z "${DUKE_LINKS_DIR:-}" ] || links=(--links "$DUKE_LINKS_DIR/$set_name-links.csv")
  /usr/bin/time -v java ${DUKE_JAVA_OPTS:-} -cp "$lib/*" bench/peers/DukeRun.java "$config" "$csv" \
    --threads "${DUKE_THREADS:-$(nproc)}" "${links[@]}" >"$work/out.txt" 2>"$work/time.txt" \
    || { cat "$work/out.txt" "$work/time.txt"; exit 1; }
  read -r precision recall f1 < <(tail -n 1 "$work/out.txt" | sed 's/[a-z0-9]*=//g')
  bcubed=$(grep '^b-cubed ' "$work/out.txt" | sed 's/.*f1=//')
  read -r link_precision link_recall link_f1 < <(grep '^links ' "$work/out.txt" | sed 's/^links //; s/[a-z0-9]*=//g')
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
  peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  echo "| $set_name | $(basename "$config") | $precision | $recall | $f1 | $bcubed | $link_precision | $link_recall | $link_f1 | $wall | $(( peak_kb / 1024 )) MB |"
done
