#!/usr/bin/env bash
# Load test of the public pages and the open-data API (docs/performance.md explains the method).
#   BENCH_DB=/path/to/bench.db tests/ThreeAssets.Benchmarks/load/run.sh
# The database comes from `threeassets generate-bench-data` (district 3399 by default). The app runs in Release on
# 127.0.0.1 only, with the demo off; wrk runs for DURATION per URL after a warm-up. Set SERVER_NICE=-10 to give the
# server priority on a shared machine (needs root). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../../.."
: "${BENCH_DB:?set BENCH_DB to the generated SQLite file}"
PORT="${PORT:-5105}"; DURATION="${DURATION:-15s}"; WARMUP="${WARMUP:-5s}"
THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-16}"; DISTRICT="${DISTRICT:-3399}"
BASE="http://127.0.0.1:$PORT"
LUA="tests/ThreeAssets.Benchmarks/load/random-publication.lua"

[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c Release src/ThreeAssets.Web -v q -nologo >/dev/null
(
  cd src/ThreeAssets.Web
  export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$BENCH_DB" Database__Provider=Sqlite \
         Database__MigrateOnStartup=true Demo__Enabled=false Logging__LogLevel__Default=Warning
  exec ${SERVER_NICE:+nice -n "$SERVER_NICE"} dotnet bin/Release/net10.0/ThreeAssets.Web.dll --urls "$BASE"
) > /dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 1; done

q() { sqlite3 "$BENCH_DB" "$1"; }
VILLAGE=$(q "SELECT Code FROM Villages WHERE Code LIKE '$DISTRICT-%' ORDER BY Code LIMIT 1")
PUB=$(q "SELECT p.Id FROM Publications p JOIN Villages v ON v.Id = p.VillageId WHERE v.Code = '$VILLAGE' AND p.Kind = 'Funds' ORDER BY p.Id DESC LIMIT 1")
export FIRST_ID=$(q "SELECT MIN(p.Id) FROM Publications p JOIN Villages v ON v.Id = p.VillageId WHERE v.Code LIKE '$DISTRICT-%'")
export LAST_ID=$(q "SELECT MAX(p.Id) FROM Publications p JOIN Villages v ON v.Id = p.VillageId WHERE v.Code LIKE '$DISTRICT-%'")

echo "database: $(du -h "$BENCH_DB" | cut -f1), $(q 'SELECT COUNT(*) FROM FundsEntries') funds rows; village $VILLAGE, publication $PUB ($(q "SELECT RowCount FROM Publications WHERE Id = $PUB") rows)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
echo
echo "| what | URL | status | p50 | p99 | requests/s |"
echo "|---|---|---|---|---|---|"
measure() { # name path [lua-prefix]
  local name=$1 path=$2 status out
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  if [[ "$status" != 200 ]]; then echo "| $name | \`$path\` | $status (not in this build) | | | |"; return; fi
  if [[ -n "${3:-}" ]]; then
    PREFIX=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$LUA" "$BASE" >/dev/null
    out=$(PREFIX=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LUA" "$BASE")
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$path" >/dev/null
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path")
  fi
  local p50 p99 rps errors
  p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out"); errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)
  echo "| $name | \`$path\` | 200 ${errors:+($errors)} | $p50 | $p99 | $rps |"
}
measure "village page" "/villages/$VILLAGE"
measure "publication page" "/publications/$PUB"
measure "publication page, random ids" "/publications/$PUB" "/publications/"
measure "API: villages" "/api/v1/villages"
measure "API: a village's publications" "/api/v1/villages/$VILLAGE/publications"
measure "API: a publication (200 rows)" "/api/v1/publications/$PUB"
measure "API: random publications and pages" "/api/v1/publications/$PUB" "/api/v1/publications/"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
