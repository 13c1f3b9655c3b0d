#!/usr/bin/env bash
# Label throughput of two builds side by side: closed-loop wrk POSTs of the NL fixture against build A,
# then B, alternating ROUNDS times, so both see the same machine (a noisy machine slows both alike).
# Each build runs its own `serve --demo`; NO_LOGO=1 takes the logo out of B's demo configuration (the
# logo is newer than some builds, and drawing it is extra work).
# Usage: scripts/compare-throughput.sh BIN_A BIN_B [seconds per run] [rounds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1; b=$2; seconds=${3:-10}; rounds=${4:-3}; connections=${5:-8}
port=18473
work=$(mktemp -d)
server=
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = io.open("Fixtures/requests/nl-domestic.json"):read("*a")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic ZGVtbzpkZW1v"
LUA
run() {  # run NAME BIN
  local name=$1 bin=$2 data="$work/$1-$RANDOM"
  if [ "$name" = B ] && [ -n "${NO_LOGO:-}" ]; then
    PICQER_CARRIER_PORT=$port "$bin" serve --demo --data-directory "$data" --log-level warning >"$data.log" 2>&1 &
    server=$!
    for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
    kill $server; wait $server 2>/dev/null || true
    sed -i '/^  logo:/d' "$data/config.yaml"
    (cd "$data" && PICQER_CARRIER_PORT=$port exec "$bin" serve --config config.yaml --log-level warning >"$data.log" 2>&1) &
  else
    PICQER_CARRIER_PORT=$port "$bin" serve --demo --data-directory "$data" --log-level warning >"$data.log" 2>&1 &
  fi
  server=$!
  for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
  wrk -t1 -c2 -d2s -s "$work/post.lua" "https://127.0.0.1:$port/picqer-integration/shipments" >/dev/null
  local rate
  rate=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/post.lua" \
    "https://127.0.0.1:$port/picqer-integration/shipments" | awk '/Requests\/sec/ {print $2}')
  kill $server; wait $server 2>/dev/null || true
  echo "$name $rate" | tee -a "$work/rates"
}
for _ in $(seq 1 "$rounds"); do run A "$a"; run B "$b"; done
python3 - "$work/rates" <<'PY'
import statistics, sys
rates = {}
for line in open(sys.argv[1]):
    name, rate = line.split(); rates.setdefault(name, []).append(float(rate))
a, b = statistics.median(rates["A"]), statistics.median(rates["B"])
print(f"median labels/s: A {a:.0f}, B {b:.0f}; B/A = {b / a:.3f}")
PY
