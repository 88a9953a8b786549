#!/usr/bin/env bash
# Time from an empty embedded database to ready (national area load, 197 gerai, demo data and
# the first admin included), then the same start on the existing database, and the heap in use
# after start. Usage: bench/startup.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port=18080
mvn -B -q -DskipTests package
jar=$(ls target/gerai-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null; rm -rf "$work"' EXIT

start() { # start the jar and wait for readiness; sets $pid and $ms
  local t0 t1
  if curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
    echo "port $port is already in use" >&2; exit 1
  fi
  t0=$(date +%s%N)
  (cd "$work" && exec java -Xmx512m -jar "$OLDPWD/$jar" --server.port=$port \
      --logging.level.root=WARN >"$work/log" 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  ms=$(((t1 - t0) / 1000000))
}

heap_mb() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print int($(i+1)/1024); exit}}'
}

stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

empty=(); again=(); heap=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  start; empty+=("$ms"); heap+=("$(heap_mb "$pid")"); stop "$pid"
  start; again+=("$ms"); stop "$pid"
done
printf 'runs: %s (java %s, -Xmx512m)\n' "$runs" "$(java -version 2>&1 | head -1)"
printf 'empty database -> ready:    median %s ms  (all: %s)\n' "$(printf '%s\n' "${empty[@]}" | median)" "${empty[*]}"
printf 'existing database -> ready: median %s ms  (all: %s)\n' "$(printf '%s\n' "${again[@]}" | median)" "${again[*]}"
printf 'heap used after start (after GC): median %s MB  (all: %s)\n' "$(printf '%s\n' "${heap[@]}" | median)" "${heap[*]}"
