#!/bin/sh
# A throwaway PostgreSQL 15 cluster for tests and benchmarks.
#
#   scripts/pg-cluster.sh start DIR PORT   → initdb (trust auth, UTF-8) in DIR, start it on
#                                            127.0.0.1:PORT, print the DATABASE_URL to use
#   scripts/pg-cluster.sh stop DIR         → fast shutdown (the folder stays; rm -rf it after)
#
# Runs the server as the `postgres` user in folders that user owns; works as root (via runuser
# or su) or as the postgres user itself. Binaries: PG_BIN, else /usr/lib/postgresql/15/bin.
set -eu

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
cmd="${1:-}"
dir="${2:-}"

usage() {
  echo "usage: $0 start DIR PORT | stop DIR" >&2
  exit 2
}
[ -n "$cmd" ] && [ -n "$dir" ] || usage
[ -x "$PG_BIN/pg_ctl" ] || { echo "pg-cluster: $PG_BIN/pg_ctl not found (apt-get install -y postgresql, or set PG_BIN)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    sh -c "$1"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- sh -c "$1"
  else
    su postgres -s /bin/sh -c "$1"
  fi
}

case "$cmd" in
  start)
    port="${3:-}"
    [ -n "$port" ] || usage
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    mkdir -p "$dir/data" "$dir/sock" "$dir/log"
    [ "$(id -un)" = postgres ] || chown -R postgres "$dir"
    # The postgres user must be able to reach the folder (and every folder above it).
    chmod 755 "$dir"
    as_postgres "test -w '$dir/data'" || {
      echo "pg-cluster: the postgres user cannot reach $dir; make the folders above it searchable (chmod o+x), or use another DIR" >&2
      exit 1
    }
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_postgres "'$PG_BIN/initdb' -D '$dir/data' --auth=trust -E UTF8 --locale=C.UTF-8 -U postgres" >"$dir/log/initdb.log" 2>&1 \
        || { cat "$dir/log/initdb.log" >&2; exit 1; }
    fi
    as_postgres "'$PG_BIN/pg_ctl' -D '$dir/data' -o \"-p $port -k '$dir/sock' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l '$dir/log/server.log' -w start" >/dev/null \
      || { cat "$dir/log/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$dir/data" ] || { echo "pg-cluster: no cluster in $dir" >&2; exit 1; }
    dir="$(cd "$dir" && pwd)"
    as_postgres "'$PG_BIN/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null
    echo "stopped"
    ;;
  *)
    usage
    ;;
esac
