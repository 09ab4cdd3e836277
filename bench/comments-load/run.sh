#!/usr/bin/env bash
# Comment posting under load over loopback, then an exactly-once check against the database.
# Usage: bench/comments-load/run.sh [COUNT=2000] [CONCURRENCY=16]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-2000}"; conc="${2:-16}"
work="$(mktemp -d)"; port=$((20000 + RANDOM % 20000))
"$root/storyline" --help >/dev/null
# The per-client post limit protects readers; the harness is one client, so lift it for this run only.
STORYLINE__WEB__POSTSPERWINDOW=1000000 STORYLINE__ADMIN__PASSWORD=bench-only "$root/storyline" serve --demo --urls "http://127.0.0.1:$port" --db "$work/load.db" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
dotnet run -c Release --project "$root/bench/comments-load" -- "http://127.0.0.1:$port" 1 "$count" "$conc" "$work/acked.tsv"
kill $server; wait $server 2>/dev/null || true
"$root/storyline" story 1 --json --db "$work/load.db" > "$work/story.json"
python3 - "$work/acked.tsv" "$work/story.json" <<'PY'
import json, sys, collections
acked = [l.split("\t") for l in open(sys.argv[1]).read().splitlines() if l]
story = json.load(open(sys.argv[2]))
text_by_id = {c["id"]: c["text"] for c in story["comments"]}
stored = collections.Counter()
for c in story["comments"]:
    for word in c["text"].split():
        if word.startswith("load-"): stored[word.rstrip(":")] += 1
# Exactly once: each acknowledged id holds its own marker, and no marker is stored under two ids.
missing = [m for i, m in acked if f"{m}:" not in text_by_id.get(int(i), "")]
doubled = [m for m, n in stored.items() if n > 1]
ids = [int(i) for i, _ in acked]
reused = len(ids) - len(set(ids))
print(f"exactly-once check: acknowledged={len(acked)} stored_markers={len(stored)} missing={len(missing)} stored_twice={len(doubled)} id_reused={reused}")
sys.exit(1 if missing or doubled or reused else 0)
PY
