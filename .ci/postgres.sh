#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the shared storage tests.
#   eval "$(.ci/postgres.sh start)"   installs Debian's postgresql if missing, starts a cluster on 127.0.0.1 on a free
#                                     port in a temp dir (as the postgres user when run as root), creates a database and
#                                     prints `export STORYLINE_TEST_POSTGRES=postgres://...` and `export STORYLINE_PG_DIR=...`
#                                     (STORYLINE_PG_DURABLE=1: keep fsync on, for benchmarks)
#   .ci/postgres.sh stop [DIR]        stops that cluster and removes its directory (DIR defaults to $STORYLINE_PG_DIR)
# Everything but the export lines goes to stderr, so the output can be eval'd.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

install_postgres() {
  find_bin >/dev/null && return 0
  log "apt-get install postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq postgresql >/dev/null 2>&1 || { log "could not install postgresql"; return 1; }
  # Debian's package starts a system cluster on 5432; the tests use their own, so stop that one again.
  (command -v pg_ctlcluster >/dev/null && pg_ctlcluster --force "$(ls /etc/postgresql | head -1)" main stop) >/dev/null 2>&1 || true
  find_bin >/dev/null
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

# Runs a command as the cluster owner: postgres refuses to run as root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  install_postgres
  local bin dir port password
  bin=$(find_bin)
  dir=$(mktemp -d /tmp/storyline-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  port=$(free_port)
  password="test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "$password" >"$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U storyline --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$dir/pwfile"
  # Local only: listen on 127.0.0.1 and a socket in the temp dir. Durability is off for tests (a throwaway cluster);
  # STORYLINE_PG_DURABLE=1 keeps PostgreSQL's defaults (benchmarks).
  local fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${STORYLINE_PG_DURABLE:-0}" = 1 ] && fast=""
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $fast -c max_connections=200" \
    start >/dev/null
  PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U storyline -d postgres -qc "CREATE DATABASE storyline_test" >/dev/null
  log "cluster in $dir on 127.0.0.1:$port"
  echo "export STORYLINE_PG_DIR=$dir"
  echo "export STORYLINE_TEST_POSTGRES=postgres://storyline:$password@127.0.0.1:$port/storyline_test"
}

stop() {
  local dir=${1:-${STORYLINE_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir/data" ] || { log "no cluster directory given"; return 0; }
  as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
