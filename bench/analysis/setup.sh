#!/usr/bin/env bash
# Installs the peers of the analysis benchmark (npm compromise) into bench/analysis/node_modules.
set -euo pipefail
cd "$(dirname "$0")"
command -v node >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }
npm install --no-audit --no-fund --no-package-lock --silent
