#!/usr/bin/env bash
# Installs the peer extractors that bench/extraction runs beside Storyline's own:
#   Mozilla Readability 0.6.0 + jsdom 27.0.0 (npm, into peers/node_modules, git-ignored)
#   python3-readability (Debian's readability-lxml)
# SmartReader comes from NuGet through the bench project itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq python3-readability python3-lxml
fi
if ! command -v node >/dev/null; then
  echo "setup.sh: node is required for the Readability.js peer" >&2; exit 1
fi
(cd "$here/peers" && npm install --no-audit --no-fund --silent)
echo "peers installed"
