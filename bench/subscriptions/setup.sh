#!/usr/bin/env bash
# The local SMTP sink the benchmark and the tests send to (Debian's aiosmtpd).
set -euo pipefail
if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
  apt-get update -qq
  apt-get install -y -qq python3-aiosmtpd
fi
