#!/usr/bin/env bash
# Installs the web benchmark's peer: wrk (Debian package).
set -euo pipefail
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
