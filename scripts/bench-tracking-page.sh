#!/usr/bin/env bash
# Tracking page benchmark: GET /track/{code} over HTTPS with keep-alive, for a pickup-point shipment with five
# scan events (two store reads and one template render per page).
#   1. wrk, closed loop (as fast as it goes): the most pages/s, HTML and JSON;
#   2. open loop at a fixed 200 pages/s (scripts/constant_rate.py): p50/p90/p99.
# Targets (release build, this 2-core machine): >= 1000 pages/s; p99 < 20 ms at 200 pages/s.
# PICQER_CARRIER_BIN=path uses an already built binary instead of building a release one.
# Usage: scripts/bench-tracking-page.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-16}
port=18444
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

if [ -z "${PICQER_CARRIER_BIN:-}" ]; then
  swift build -c release --product picqer-carrier >/dev/null
  bin="$(swift build -c release --show-bin-path)/picqer-carrier"
else
  bin="$PICQER_CARRIER_BIN"
fi
data=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
PICQER_CARRIER_PORT=$port "$bin" serve --demo --data-directory "$data" --log-level warning >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
base="https://127.0.0.1:$port"

code=$(curl -sk -u demo:demo -H 'Content-Type: application/json' --data @Fixtures/requests/pickup-point.json \
  "$base/picqer-integration/shipments" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["tracking_code"])')
python3 - "$code" >"$data/events.json" <<'PY'
import json, sys
code = sys.argv[1]
events = [("picked_up", "2025-03-29T16:00:00Z", "Arnhem"), ("at_sorting_center", "2025-03-30T02:30:00Z", "Nieuwegein"),
          ("in_transit", "2025-03-30T09:15:00Z", None), ("at_pickup_point", "2025-03-31T08:05:00Z", "Utrecht"),
          ("collected_from_pickup_point", "2025-03-31T15:45:00Z", "Utrecht")]
print(json.dumps({"events": [
    dict({"event_id": f"bench-{code}-{i}", "tracking_code": code, "status": s, "occurred_at": t,
          "description": "Benchmark scan"}, **({"location": {"city": c, "country": "NL"}} if c else {}))
    for i, (s, t, c) in enumerate(events)]}))
PY
curl -skf -H 'Authorization: Bearer demo-operator-token' -H 'Content-Type: application/json' \
  --data @"$data/events.json" "$base/api/v1/events" >/dev/null
url="$base/track/$code"
echo "page: $url ($(curl -sk "$url" | wc -c) bytes HTML, $(curl -sk -H 'Accept: application/json' "$url" | wc -c) bytes JSON)"

wrk -t1 -c2 -d3s "$url" >/dev/null   # warm-up
echo "== closed loop, HTML: wrk -t2 -c$connections -d${seconds}s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"
echo "== closed loop, JSON (Accept: application/json)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H 'Accept: application/json' "$url" \
  | grep -E "Latency|99%|Requests/sec|Non-2xx|Socket errors"
echo "== open loop: 200 pages/s for ${seconds}s"
python3 scripts/constant_rate.py --url "$url" --rate 200 --seconds "$seconds"
echo "server resident memory: $(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$server/status)"
