#!/usr/bin/env bash
# What the benchmark scripts share: checking what they need, starting Lantern from a jar on a fresh data directory
# bound to 127.0.0.1, waiting until it is up, reaching its embedded PostgreSQL, and stopping it and cleaning up at the
# end (keeping the data directory and logs on failure or with KEEP_DATA=1). Source it after setting `port` and `jar`.

# bench_require TOOL...: the jar is built and every tool is installed.
bench_require() {
  [ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install $*)" >&2; exit 1; }
  done
}

bench_stop_lantern() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}

bench_cleanup() {
  bench_stop_lantern
  if [ "${KEEP_DATA:-0}" = 1 ] || [ "$failed" != 0 ]; then
    echo "Data directory and logs kept in $data" >&2
  else
    rm -rf "$data"
  fi
}

# bench_start NAME [LANTERN_ARGUMENT...]: starts Lantern on a fresh data directory /tmp/lantern-NAME.*, and returns
# when it answers UP. Sets base, data, log, pid and pg_port, defines sql (psql as the database owner), and stops
# Lantern on exit.
bench_start() {
  local name="$1"
  shift
  base="http://127.0.0.1:$port"
  if curl -s -o /dev/null "$base/" 2>/dev/null; then
    echo "Something is already listening on 127.0.0.1:$port; set PORT to a free port" >&2; exit 1
  fi
  data=$(mktemp -d "/tmp/lantern-$name.XXXXXX")
  log="$data/app.log"
  pid=""
  failed=0
  trap bench_cleanup EXIT
  trap 'failed=1; exit 130' INT TERM
  echo "Starting Lantern on $base (data in $data)"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --lantern.data-dir="$data" \
    "$@" >"$log" 2>&1 &
  pid=$!
  start=$(date +%s)
  until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then failed=1; echo "Lantern exited; see $log" >&2; exit 1; fi
    if (( $(date +%s) - start > 120 )); then failed=1; echo "No UP after 120 s; see $log" >&2; exit 1; fi
    sleep 0.2
  done
  echo "UP after $(( $(date +%s) - start )) s"
  pg_port=$(sed -n 's/.*Embedded PostgreSQL is running on port \([0-9]*\).*/\1/p' "$log" | head -1)
  [ -n "$pg_port" ] || { failed=1; echo "No embedded PostgreSQL port in $log" >&2; exit 1; }
}

sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d lantern "$@"; }
