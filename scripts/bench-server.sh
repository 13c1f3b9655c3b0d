#!/usr/bin/env bash
# Server benchmark: HTTPS POSTs of the NL fixture against a release build with keep-alive.
#   1. wrk, 30 s, closed loop (as fast as it goes): labels/s and latency percentiles;
#   2. open loop at a fixed 100 labels/s for 30 s (scripts/constant_rate.py): p50/p99;
#   and the server's resident memory before, between and after (flat = no growth).
# Usage: scripts/bench-server.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-8}
port=18443
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

swift build -c release --product picqer-carrier >/dev/null
bin="$(swift build -c release --show-bin-path)/picqer-carrier"
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
