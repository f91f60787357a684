#!/usr/bin/env bash
# Runs the Web integration tests against PostgreSQL: starts a throwaway cluster (initdb into a temporary folder, a free
# port on 127.0.0.1, trust authentication), points the tests at it (TEST_DATABASE, TEST_POSTGRES: each test app
# creates and drops a database of its own) and stops and deletes the cluster on exit. Arguments go to dotnet test:
#   tests/pg-test.sh --filter "FullyQualifiedName~AppendOnly"
# Needs PostgreSQL 15+ server binaries (PG_BIN, default: the newest /usr/lib/postgresql/*/bin). As root, the cluster
# runs as the postgres user. Exits non-zero when the cluster cannot start: never a silent skip.
set -uo pipefail
cd "$(dirname "$0")/.."

pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL server binaries not found (set PG_BIN)" >&2
  exit 3
fi

cluster=$(mktemp -d)
as_owner() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$cluster"; fi
stop() {
  as_owner "'$pg_bin/pg_ctl' -D '$cluster/data' -m immediate stop" >/dev/null 2>&1
  rm -rf "$cluster"
}
trap stop EXIT

port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
# UTF8 with the C collation: ordering is by code point, as on SQLite, whatever the machine's locale.
if ! as_owner "'$pg_bin/initdb' -A trust -U postgres -E UTF8 --locale=C -D '$cluster/data'" >"$cluster/initdb.log" 2>&1 \
  || ! as_owner "'$pg_bin/pg_ctl' -D '$cluster/data' -w -t 60 -l '$cluster/server.log' \
       -o \"-p $port -k '$cluster' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start" >/dev/null; then
  echo "PostgreSQL could not start:" >&2
  cat "$cluster/initdb.log" "$cluster/server.log" 2>/dev/null | tail -20 >&2
  exit 3
fi
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export TEST_DATABASE=PostgreSql
export TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
dotnet test tests/ThreeAssets.Web.Tests "$@"
