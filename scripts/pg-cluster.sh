#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (initdb + pg_ctl, run as the unprivileged `postgres`
# user when started as root). Data lives under /tmp; fsync is off because nothing here must outlive
# the test run.
#   scripts/pg-cluster.sh start [dir]   prints the admin URL (postgres://postgres@127.0.0.1:<port>/postgres)
#   scripts/pg-cluster.sh stop <dir>
set -euo pipefail

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x "$dir/initdb" ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
  echo "$dir"
}

# Runs a PostgreSQL binary as `postgres` when we are root (the server refuses to run as root).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

case "${1:-}" in
  start)
    bin=$(bindir)
    dir=${2:-$(mktemp -d /tmp/takedown-pg-XXXXXX)}
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    port=$(free_port)
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=${2:?usage: pg-cluster.sh stop <dir>}
    bin=$(bindir)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    # Only ever delete what `start` made: a directory under /tmp holding a cluster.
    if [[ "$dir" == /tmp/* && -d "$dir/data" ]]; then rm -rf "$dir"; fi
    ;;
  *)
    echo "usage: $0 start [dir] | stop <dir>" >&2
    exit 2
    ;;
esac
