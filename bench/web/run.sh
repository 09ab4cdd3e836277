#!/usr/bin/env bash
# Web speed harness (not a test): starts `./storyline serve --demo` (Release, SQLite store in a temp file) on a free
# loopback port, warms it, then runs wrk against the story page and the front page and prints a table.
# Usage: bench/web/run.sh [DURATION_SECONDS=10] [CONNECTIONS=32]   Needs: wrk (bench/web/setup.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-10}"
connections="${2:-32}"
command -v wrk >/dev/null || { echo "wrk not found: run bench/web/setup.sh" >&2; exit 1; }
tmp="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
"$root/storyline" serve --demo --db "$tmp/bench.db" --urls "http://127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
base="http://127.0.0.1:$port"
story="$(curl -fsS "$base/api/stories?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"

printf '| page | req/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: |\n'
for path in "/stories/$story" "/"; do
  wrk -t2 -c"$connections" -d3s "$base$path" >/dev/null 2>&1 || true   # warm-up: JIT, caches
  out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$path")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx|Socket errors/ {sub(/^[^:]*: */, ""); print}' <<<"$out" | tr '\n' ' ')"
  printf '| %s | %s | %s | %s | %s |\n' "$path" "$rps" "$p50" "$p99" "${errors:-0}"
done
