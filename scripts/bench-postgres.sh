#!/usr/bin/env bash
# Labels per second on PostgreSQL against SQLite, same binary, same fixture (the NL domestic request), HTTPS
# with keep-alive (wrk):
#   1. one instance on SQLite, closed loop;  2. one instance on PostgreSQL, closed loop;
#   3. two instances on one PostgreSQL, wrk against each at once: total labels/s;
#   4. open loop at 100 labels/s on one instance, SQLite and PostgreSQL (p50/p99, scripts/constant_rate.py);
#   then the database is checked: no duplicate code, serials without a gap. The closed loops also print the CPU
#   time per label of the instance and of PostgreSQL's processes on this machine.
# Starts its own throwaway PostgreSQL (scripts/with-postgres.sh) unless PICQER_CARRIER_TEST_POSTGRES_URL is set.
# PICQER_CARRIER_BIN=path uses an already built (release) binary instead of building one.
# Usage: scripts/bench-postgres.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PICQER_CARRIER_TEST_POSTGRES_URL:-}" ]; then exec scripts/with-postgres.sh "$0" "$@"; fi
seconds=${1:-30}
connections=${2:-8}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [ -z "${PICQER_CARRIER_BIN:-}" ]; then
  swift build -c release --product picqer-carrier >/dev/null
  bin="$(swift build -c release --show-bin-path)/picqer-carrier"
else
  bin="$PICQER_CARRIER_BIN"
fi

work="$(mktemp -d)"
pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap 'stop_all; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = io.open("Fixtures/requests/nl-domestic.json"):read("*a")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic ZGVtbzpkZW1v"
LUA

fresh_database() {
  local name="bench_$1_$$"
  PGOPTIONS="-c client_min_messages=warning" psql -q "${PICQER_CARRIER_TEST_POSTGRES_URL%%\?*}" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
  echo "${PICQER_CARRIER_TEST_POSTGRES_URL%%/picqer_test*}/$name?sslmode=disable"
}

# start NAME PORT [DATABASE_URL]: an instance in its own folder; waits until it is ready.
start() {
  local name=$1 port=$2 database=${3:-}
  if [ -n "$database" ]; then
    DATABASE_URL="$database" PICQER_CARRIER_PORT="$port" "$bin" serve --demo --data-directory "$work/$name" \
      --log-level warning >"$work/$name.log" 2>&1 &
  else
    env -u DATABASE_URL PICQER_CARRIER_PORT="$port" "$bin" serve --demo --data-directory "$work/$name" \
      --log-level warning >"$work/$name.log" 2>&1 &
  fi
  pids+=("$!")
  for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.2; done
  echo "$name did not become ready" >&2; cat "$work/$name.log" >&2; exit 1
}

# cpu_ticks PID...: the processes' CPU time so far, in clock ticks (user + system).
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

closed_loop() {  # PORT LABEL FILE: also the CPU time per label of the instance and of PostgreSQL (when local)
  wrk -t1 -c2 -d3s -s "$work/post.lua" "https://127.0.0.1:$1/picqer-integration/shipments" >/dev/null
  echo "== $2: wrk -t2 -c$connections -d${seconds}s"
  local server=${pids[-1]} server_before database_before
  server_before=$(cpu_ticks "$server")
  database_before=$(cpu_ticks $(pgrep -x postgres || true))
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" \
    "https://127.0.0.1:$1/picqer-integration/shipments" >"$work/$3"
  grep -E "Latency|50%|99%|Requests/sec|Non-2xx|Socket errors" "$work/$3"
  python3 - "$work/$3" "$(getconf CLK_TCK)" "$(($(cpu_ticks "$server") - server_before))" \
    "$(($(cpu_ticks $(pgrep -x postgres || true)) - database_before))" <<'PY'
import re, sys
requests = int(re.search(r"(\d+) requests in", open(sys.argv[1]).read()).group(1))
tick_ms = 1000 / int(sys.argv[2])
server, database = (int(value) * tick_ms / max(requests, 1) for value in sys.argv[3:5])
print(f"CPU per label: instance {server:.2f} ms, PostgreSQL {database:.2f} ms")
PY
}

open_loop() {  # PORT LABEL: 100 labels/s on a schedule (latency counts from the scheduled time)
  echo "== $2: open loop, 100 labels/s for ${seconds}s"
  python3 scripts/constant_rate.py --url "https://127.0.0.1:$1/picqer-integration/shipments" \
    --body Fixtures/requests/nl-domestic.json --user demo:demo --rate 100 --seconds "$seconds"
}

port=$(free_port)
start sqlite "$port"
closed_loop "$port" "one instance, SQLite" sqlite.txt
open_loop "$port" "one instance, SQLite"
stop_all

single=$(fresh_database single)
port=$(free_port)
start postgres "$port" "$single"
closed_loop "$port" "one instance, PostgreSQL" postgres.txt
python3 - "$work/sqlite.txt" "$work/postgres.txt" <<'PY'
import re, sys
sqlite, postgres = (float(re.search(r"Requests/sec:\s+([\d.]+)", open(p).read()).group(1)) for p in sys.argv[1:])
print(f"PostgreSQL / SQLite, one instance: {postgres:.1f} / {sqlite:.1f} labels/s = {postgres / sqlite:.2f} (target >= 0.8)")
PY
open_loop "$port" "one instance, PostgreSQL"
stop_all

shared=$(fresh_database shared)
port_a=$(free_port); start a "$port_a" "$shared"
port_b=$(free_port); start b "$port_b" "$shared"
for port in "$port_a" "$port_b"; do
  wrk -t1 -c2 -d3s -s "$work/post.lua" "https://127.0.0.1:$port/picqer-integration/shipments" >/dev/null
done
echo "== two instances, one PostgreSQL: wrk -t1 -c$((connections / 2)) -d${seconds}s against each at once"
loads=()
for port in "$port_a" "$port_b"; do
  wrk -t1 -c$((connections / 2)) -d"${seconds}s" -s "$work/post.lua" \
    "https://127.0.0.1:$port/picqer-integration/shipments" >"$work/wrk-$port.txt" &
  loads+=("$!")
done
wait "${loads[@]}"
total=0
for port in "$port_a" "$port_b"; do
  rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$port.txt")
  echo "instance on $port: $rate labels/s $(grep -E 'Non-2xx' "$work/wrk-$port.txt" || true)"
  total=$(python3 -c "print(round($total + $rate, 1))")
done
echo "total: $total labels/s"
stop_all
read -r count distinct low high < <(psql -At -F ' ' "${shared%%\?*}" -c \
  "SELECT count(*), count(DISTINCT tracking_code), min(substr(tracking_code, 3, 8)::int), max(substr(tracking_code, 3, 8)::int) FROM shipment")
echo "shared database: $count shipments, $distinct distinct codes, serials $low…$high"
if [ "$count" = "$distinct" ] && [ "$low" = 1 ] && [ "$high" = "$count" ]; then
  echo "OK: no duplicate and no lost code across $count shipments of two instances"
else
  echo "FAILED: duplicate or missing codes"; exit 1
fi
