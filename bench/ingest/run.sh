#!/usr/bin/env bash
# Ingestion throughput and peak memory: the two seeds from a cold start, and N synthetic seed-like pages.
# Usage: bench/ingest/run.sh [N=10000]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/storyline" --help >/dev/null   # build once, outside the measurement
shared="$root/../shared"
[ -d "$shared/seeds" ] || shared="$(cd "$root/../.." && pwd)/shared"

measure() { # label, args...
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$root/storyline" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  echo "$label|$secs|$((kb / 1024))"
}

echo "| run | pages | seconds | pages/s | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: |"
if [ -d "$shared/seeds" ]; then
  IFS='|' read -r _ secs mb <<< "$(measure seeds ingest "$shared/seeds" --db "$work/seeds.db")"
  echo "| two seeds, cold start (process start + migrate + ingest) | 2 | $secs | - | $mb |"
fi
python3 "$root/bench/ingest/generate.py" "$work/pages" "$n"
IFS='|' read -r _ secs mb <<< "$(measure synthetic ingest "$work/pages" --db "$work/synthetic.db")"
echo "| synthetic seed-like pages | $n | $secs | $(python3 -c "print(round($n/$secs))") | $mb |"
