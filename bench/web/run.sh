#!/usr/bin/env bash
# Web speed harness (not a test): starts `./storyline serve --demo` (Release) on a free loopback port over a SQLite store
# in a temp file (or BENCH_DB, e.g. a postgres:// URL), warms each request, runs wrk against it and prints a table
# with the machine's 1-minute load average at the end of each run.
# Usage: nice -n 19 bench/web/run.sh [DURATION_SECONDS=10] [CONNECTIONS=32]   Needs: wrk (bench/web/setup.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-10}"
connections="${2:-32}"
command -v wrk >/dev/null || { echo "wrk not found: run bench/web/setup.sh" >&2; exit 1; }
tmp="$(mktemp -d)"
db="${BENCH_DB:-$tmp/bench.db}"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
"$root/storyline" serve --demo --db "$db" --urls "http://127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "$base/healthz" >/dev/null || { cat "$tmp/server.log" >&2; echo "bench: the server did not start" >&2; exit 1; }
# The story with the most reports (the demo's three-outlet strike story).
story="$(curl -fsS "$base/api/stories?limit=100" | python3 -c 'import json,sys; print(max(json.load(sys.stdin), key=lambda s: len(s["articles"]))["id"])')"
# A returning browser sends back the antiforgery cookie it was given on its first visit.
cookie="$(curl -fsS -D - -o /dev/null "$base/stories/$story" | sed -n 's/^[Ss]et-[Cc]ookie: \(sl_af=[^;]*\).*/\1/p' | head -1)"

run() { # name path [header]
  local name="$1" path="$2" args=(-t2 -c"$connections")
  [ -n "${3:-}" ] && args+=(-H "$3")
  wrk "${args[@]}" -d3s "$base$path" >/dev/null 2>&1 || true   # warm-up: JIT, caches
  local out rps p50 p99 errors load
  out="$(wrk "${args[@]}" -d"${duration}s" --latency "$base$path")"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  rps="$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx|Socket errors/ {sub(/^[^:]*: */, ""); print}' <<<"$out" | tr '\n' ' ')"
  printf '| %s | `%s` | %s | %s | %s | %s | %s |\n' "$name" "$path" "$rps" "$p50" "$p99" "${errors:-0}" "$load"
}

store="SQLite (temp file)"
[ -n "${BENCH_DB:-}" ] && store="$(sed 's#//[^@]*@#//…@#' <<<"$BENCH_DB")"   # never print the password
printf 'store: %s; wrk -t2 -c%s -d%ss\n\n' "$store" "$connections" "$duration"
printf '| request | path | req/s | p50 | p99 | errors | load avg |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n'
run "story page, first visit" "/stories/$story"
run "story page, returning browser" "/stories/$story" "Cookie: $cookie"
run "front page" "/"
run "story JSON" "/api/stories/$story"
run "liveness (reference)" "/healthz"
