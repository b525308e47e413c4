#!/usr/bin/env bash
# Cluster throughput on one machine: an API node and W `rotation worker` processes (one CP-SAT worker each) on a
# throwaway PostgreSQL, RUNS queued solves of generated scenarios (3 offices, 20 cadres, 12 months) at LIMIT seconds;
# then the time another worker takes to pick up the run of a worker killed with kill -9 (default redelivery, 30 s).
# Usage: benchmarks/cluster/throughput.sh   (RUNS=200 WORKERS="1 2 4" LIMIT=1 by default; build Release first)
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=${CLI:-src/Rotation.Cli/bin/Release/net10.0/rotation.dll}
runs=${RUNS:-200}
limit=${LIMIT:-1}
read -r -a rounds <<< "${WORKERS:-1 2 4}"
initdb=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | head -1)
pgbin=$(dirname "$initdb")
tmp=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$tmp"
as_postgres "$pgbin/initdb" -D "$tmp/data" -A trust -U postgres --no-sync >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/pg.log" -w start -o "-p $port -k $tmp -c listen_addresses=127.0.0.1" >/dev/null
pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done; pids=(); }
cleanup() { stop_all; as_postgres "$pgbin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
sql() { psql -h 127.0.0.1 -p "$port" -U postgres -d "$1" -tAqc "$2"; }
export ROTATION_PLANNERTOKEN=bench-planner-token-0000001
for seed in $(seq 1 20); do dotnet "$cli" generate --offices 3 --cadres 20 --months 12 --seed "$seed" --out "$tmp/s$seed.json" >/dev/null; done

# Starts an API node on database $1; sets $api and $store.
start_api() {
  sql postgres "CREATE DATABASE $1"
  store="Host=127.0.0.1;Port=$port;Username=postgres;Database=$1"
  api_port=$((port + 1))
  dotnet "$cli" serve --store "$store" --max-solves 0 --data "$tmp/$1-api" --url "http://127.0.0.1:$api_port" >"$tmp/$1-api.log" 2>&1 &
  pids+=($!)
  until curl -sf "http://127.0.0.1:$api_port/health" >/dev/null; do sleep 0.2; done
  api="http://127.0.0.1:$api_port"
}

# Starts $2 workers on database $1's store, and waits until each takes jobs.
start_workers() {
  local db=$1 workers=$2
  for i in $(seq 1 "$workers"); do
    dotnet "$cli" worker --store "$store" --workers 1 --data "$tmp/$db-w$i" >"$tmp/$db-w$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$workers"); do until grep -q 'all the dispatchers started' "$tmp/$db-w$i.log"; do sleep 0.2; done; done
}

submit() { curl -sf -o /dev/null -H "Authorization: Bearer $ROTATION_PLANNERTOKEN" -H 'Content-Type: application/json' --data-binary "@$1" "$api/api/runs?timeLimit=$2"; }

for workers in "${rounds[@]}"; do
  db="throughput_$workers"
  # Every run is queued before the workers start, so that the figure is the workers' pace, not the submissions'.
  start_api "$db"
  for i in $(seq 1 "$runs"); do submit "$tmp/s$(( (i - 1) % 20 + 1 )).json" "$limit"; done
  start_workers "$db" "$workers"
  until [ "$(sql "$db" "SELECT count(*) FROM rotation.runs WHERE finished IS NULL")" = 0 ]; do sleep 1; done
  read -r seconds solve completed twice < <(sql "$db" "SELECT round(extract(epoch FROM max(finished) - min(started))::numeric, 1),
      round(avg(elapsed)::numeric, 2), count(*) FILTER (WHERE state = 'Completed'),
      (SELECT count(*) FROM (SELECT run_id FROM rotation.run_files GROUP BY run_id HAVING count(DISTINCT attempt) > 1) x)
      FROM rotation.runs" | tr '|' ' ')
  echo "workers=$workers runs=$runs limit=${limit}s seconds=$seconds runs_per_minute=$(echo "scale=1; $runs * 60 / $seconds" | bc)" \
       "mean_solve_seconds=$solve completed=$completed stored_twice=$twice load=$(cut -d' ' -f1 /proc/loadavg)"
  stop_all
done

db=pickup
start_api "$db"
start_workers "$db" 2
submit datasets/pku-branch.json 120
until [ -n "$(sql "$db" "SELECT worker FROM rotation.runs WHERE state = 'Running'")" ]; do sleep 0.2; done
sleep 5
holder=$(sql "$db" "SELECT worker FROM rotation.runs WHERE state = 'Running'")
kill -9 "${holder##*:}"
killed=$(date +%s.%N)
until [ "$(sql "$db" "SELECT attempt FROM rotation.runs")" = 2 ]; do sleep 0.2; done
echo "pickup_after_kill_seconds=$(echo "$(date +%s.%N) - $killed" | bc | xargs printf '%.1f') (redelivery after 30 s without renewal; renewal and poll add the rest)"
