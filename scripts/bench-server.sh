#!/usr/bin/env bash
# Server benchmark: HTTPS POSTs of the NL fixture against a release build with keep-alive.
#   1. wrk, 30 s, closed loop (as fast as it goes): labels/s and latency percentiles;
#   2. open loop at a fixed 100 labels/s for 30 s (scripts/constant_rate.py): p50/p99;
#   3. the operator API: reprint (GET label.pdf) and a change-feed page of 500, one connection each;
#   and the server's resident memory before, between and after (flat = no growth).
# PICQER_CARRIER_BIN=path uses an already built release binary instead of building one.
# Usage: scripts/bench-server.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-8}
port=18443
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

if [ -z "${PICQER_CARRIER_BIN:-}" ]; then
  swift build -c release --product picqer-carrier >/dev/null
  bin="$(swift build -c release --show-bin-path)/picqer-carrier"
else
  bin="$PICQER_CARRIER_BIN"   # an already built release binary
fi
data=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
PICQER_CARRIER_PORT=$port "$bin" serve --demo --data-directory "$data" --log-level warning >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

rss() { awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$server/status; }
hwm() { awk '/VmHWM/ {print $2/1024 " MiB"}' /proc/$server/status; }
echo "server pid $server, memory at start: $(rss)"

cat >"$data/post.lua" <<LUA
wrk.method = "POST"
wrk.body = io.open("Fixtures/requests/nl-domestic.json"):read("*a")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic ZGVtbzpkZW1v"
LUA
# warm-up (bcrypt once, fontconfig, caches)
wrk -t1 -c2 -d3s -s "$data/post.lua" "https://127.0.0.1:$port/picqer-integration/shipments" >/dev/null
echo "memory after warm-up: $(rss)"
echo "== closed loop: wrk -t2 -c$connections -d${seconds}s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$data/post.lua" \
  "https://127.0.0.1:$port/picqer-integration/shipments" | grep -E "Latency|50%|75%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"
echo "memory after closed loop: $(rss) (peak $(hwm))"
echo "== open loop: 100 labels/s for ${seconds}s"
python3 scripts/constant_rate.py --url "https://127.0.0.1:$port/picqer-integration/shipments" \
  --body Fixtures/requests/nl-domestic.json --user demo:demo --rate 100 --seconds "$seconds"
echo "memory after open loop: $(rss) (peak $(hwm))"

echo "== reprint: GET label.pdf of one shipment, one connection, ${seconds}s (render + everything else)"
code=$(curl -sk -u demo:demo -H 'Content-Type: application/json' --data @Fixtures/requests/nl-domestic.json \
  "https://127.0.0.1:$port/picqer-integration/shipments" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["tracking_code"])')
wrk -t1 -c1 -d"${seconds}s" --latency -H "Authorization: Bearer demo-operator-token" \
  "https://127.0.0.1:$port/api/v1/shipments/$code/label.pdf" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
echo "== change feed: GET /api/v1/shipments?limit=500, one connection, ${seconds}s"
wrk -t1 -c1 -d"${seconds}s" --latency -H "Authorization: Bearer demo-operator-token" \
  "https://127.0.0.1:$port/api/v1/shipments?limit=500" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
echo "memory at the end: $(rss) (peak $(hwm))"
