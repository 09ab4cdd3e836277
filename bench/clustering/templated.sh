#!/usr/bin/env bash
# The templated-pages chaining check of docs/benchmarks.md ("Templated pages"): N pages from bench/ingest/generate.py
# (one template, different places and topics) through `storyline cluster`; prints how many stories they form and the
# largest. Usage: bench/clustering/templated.sh [PAGES=300] [OUTLETS=5] [--titles-only]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pages="${1:-300}"
outlets="${2:-5}"
titles_only="${3:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/ingest/generate.py" "$work/pages" "$pages" >/dev/null
# Title = first line, text = the rest; published = day i % 4 plus i minutes; source = outlet i % OUTLETS.
python3 - "$work/pages" "$outlets" "$titles_only" > "$work/pages.jsonl" <<'PY'
import datetime, json, os, sys
folder, outlets, titles_only = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "--titles-only"
for i, name in enumerate(sorted(os.listdir(folder))):
    title, _, text = open(os.path.join(folder, name), encoding="utf-8").read().partition("\n")
    print(json.dumps({"id": name, "title": title.removeprefix("Title: "), "text": "" if titles_only else text,
                      "published": (datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.timezone.utc)
                                   + datetime.timedelta(days=i % 4, minutes=i)).isoformat(), "source": "outlet%d" % (i % outlets)}))
PY
"$root/storyline" cluster --input "$work/pages.jsonl" | python3 -c '
import collections, json, sys
sizes = collections.Counter(json.loads(line)["story"] for line in sys.stdin)
print(f"pages={sum(sizes.values())} stories={len(sizes)} largest={max(sizes.values())}")'
