#!/usr/bin/env bash
# Ingest throughput with 1, 2 and 4 `storyline ingest` processes on one PostgreSQL (and SQLite with 1 for reference),
# then story requests/s from `storyline serve` on PostgreSQL.
# Usage: bench/postgres/run.sh [PAGES=2000] [SECONDS=10]
# Uses a throwaway local cluster (.ci/postgres.sh, fsync on) unless STORYLINE_BENCH_POSTGRES=postgres://… names one.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-2000}"
secs="${2:-10}"
work="$(mktemp -d)"
serve_pid=""
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  [ -n "${STORYLINE_PG_DIR:-}" ] && "$root/.ci/postgres.sh" stop "$STORYLINE_PG_DIR"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "${STORYLINE_BENCH_POSTGRES:-}" ]; then
  url="$STORYLINE_BENCH_POSTGRES"
else
  eval "$(STORYLINE_PG_DURABLE=1 "$root/.ci/postgres.sh" start)"
  url="$STORYLINE_TEST_POSTGRES"
fi
sep="?"; case "$url" in *\?*) sep="&" ;; esac
"$root/storyline" --help >/dev/null   # build once, outside the measurement
# Run a copy of the build, so editing sources while the benchmark runs does not rebuild it halfway.
cp -r "$root/.build/storyline" "$work/bin"
storyline() { dotnet "$work/bin/storyline.dll" "$@"; }
python3 "$root/bench/ingest/generate.py" "$work/pages" "$n" >/dev/null

# Pages dealt round-robin into k folders (hard links), one folder per process.
split() { # k
  local k="$1" i=0 f
  for f in "$work/pages"/*; do
    mkdir -p "$work/split$k/$((i % k))"
    ln "$f" "$work/split$k/$((i % k))/"
    i=$((i + 1))
  done
}

run() { # label, k, db
  local label="$1" k="$2" db="$3" start end stored=0 cpu=0 p
  [ -d "$work/split$k" ] || split "$k"
  storyline stories --db "$db" >/dev/null   # migrate outside the measurement
  start=$(date +%s.%N)
  for p in $(seq 0 $((k - 1))); do
    /usr/bin/time -f "%U %S" -o "$work/cpu.$k.$p" dotnet "$work/bin/storyline.dll" ingest "$work/split$k/$p" --db "$db" >"$work/out.$k.$p" 2>&1 &
  done
  wait
  end=$(date +%s.%N)
  for p in $(seq 0 $((k - 1))); do
    stored=$((stored + $(grep -oE '^[0-9]+ stored' "$work/out.$k.$p" | cut -d' ' -f1)))
    cpu=$(python3 -c "u,s=open('$work/cpu.$k.$p').read().split()[-2:]; print($cpu+float(u)+float(s))")
  done
  python3 -c "s=$end-$start; print(f'| $label | $k | $stored | {s:.1f} | {$stored/s:.0f} | {1000*$cpu/$stored:.0f} |')"
}

echo "| store | processes | articles | seconds | articles/s | ingest CPU ms/article |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
run "SQLite (reference)" 1 "$work/sqlite.db"
for k in 1 2 4; do run "PostgreSQL" "$k" "$url${sep}schema=bench_$k"; done

# Requests/s over the database filled by the single process.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
STORYLINE__ADMIN__PASSWORD=bench dotnet "$work/bin/storyline.dll" serve --db "$url${sep}schema=bench_1" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done
# A typical story (the one closest to four articles), not the biggest: the story page analyses all its articles.
id=$(curl -fsS "http://127.0.0.1:$port/api/stories?limit=50" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(min(d, key=lambda s: abs(len(s["articles"]) - 4))["id"])')
echo
echo "| request (wrk, 2 threads, 8 connections, ${secs} s) | requests/s | mean latency |"
echo "| --- | ---: | ---: |"
for path in "/stories/$id" "/api/stories/$id" "/api/search?q=bridge+repairs" "/"; do
  wrk -t2 -c8 -d"${secs}s" --timeout 10s "http://127.0.0.1:$port$path" >"$work/wrk"
  echo "| GET $path | $(awk '/Requests\/sec/ {print int($2)}' "$work/wrk") | $(awk '/Latency/ {print $2}' "$work/wrk") |"
done
