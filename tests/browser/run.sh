#!/usr/bin/env bash
# Browser tests: starts `./storyline serve --demo` on a free loopback port with a temporary database, runs
# site.test.mjs in Debian's chromium through playwright-core, keeps screenshots in tests/browser/artifacts/
# (and docs/screenshot-story.png), then stops the server. Needs: apt chromium, node + npm (playwright-core).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || { echo "browser tests: $CHROMIUM not found (apt-get install chromium)" >&2; exit 1; }
[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)

tmp="$(mktemp -d)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

STORYLINE__ADMIN__PASSWORD="browser-tests-only" "$root/storyline" serve --demo --db "$tmp/storyline.db" --urls "http://127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
# First run may build the program: wait up to five minutes for the liveness probe, bounded.
for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$tmp/server.log" >&2; echo "browser tests: the server stopped" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$tmp/server.log" >&2; echo "browser tests: the server did not start" >&2; exit 1; }

BASE_URL="http://127.0.0.1:$port" node "$here/site.test.mjs"
