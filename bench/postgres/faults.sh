#!/usr/bin/env bash
# Fault drill: restarts PostgreSQL while `storyline ingest` is writing, then checks that every article the process
# acknowledged (printed with --json) is in the database, and that re-running the ingest stores exactly what failed.
# Usage: bench/postgres/faults.sh [PAGES=600] [RESTART_AFTER_SECONDS=4]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-600}"
after="${2:-4}"
work="$(mktemp -d)"
cleanup() {
  [ -n "${STORYLINE_PG_DIR:-}" ] && "$root/.ci/postgres.sh" stop "$STORYLINE_PG_DIR"
  rm -rf "$work"
}
trap cleanup EXIT
eval "$(STORYLINE_PG_DURABLE=1 "$root/.ci/postgres.sh" start)"
db="$STORYLINE_TEST_POSTGRES?schema=faults"
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | head -1)")
owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

"$root/storyline" --help >/dev/null
python3 "$root/bench/ingest/generate.py" "$work/pages" "$n" >/dev/null
"$root/storyline" stories --db "$db" >/dev/null   # migrate

"$root/storyline" ingest "$work/pages" --json --db "$db" >"$work/acked.jsonl" 2>"$work/err" &
ingest=$!
sleep "$after"
before=$(wc -l <"$work/acked.jsonl")
start=$(date +%s.%N)
owner "$bin/pg_ctl" -D "$STORYLINE_PG_DIR/data" -m fast -w restart >/dev/null
down=$(python3 -c "print(f'{$(date +%s.%N)-$start:.1f}')")
status=0; wait "$ingest" || status=$?

acked=$(wc -l <"$work/acked.jsonl")
ids=$(python3 -c 'import json,sys; print(",".join(str(json.loads(l)["id"]) for l in open(sys.argv[1]) if l.strip()))' "$work/acked.jsonl")
present=$(psql "$STORYLINE_TEST_POSTGRES" -tAc "SELECT COUNT(*) FROM faults.articles WHERE id IN (${ids:-0})")
failed=$(grep -c . "$work/err" || true)
again=$("$root/storyline" ingest "$work/pages" --db "$db" 2>/dev/null | tail -1)
total=$(psql "$STORYLINE_TEST_POSTGRES" -tAc "SELECT COUNT(*) FROM faults.articles")

echo "| pages | acknowledged before restart | restart took (s) | acknowledged in all | acknowledged and present | error lines | exit | re-run | stored in the end |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
echo "| $n | $before | $down | $acked | $present | $failed | $status | $again | $total |"
[ "$acked" = "$present" ] || { echo "LOST acknowledged articles"; exit 1; }
sed -n 1,5p "$work/err"
