#!/usr/bin/env bash
# Scan events benchmark: POST /api/v1/events with batches of 500 new events over existing shipments
# (scripts/bench_events.py), against a release build. Target: at least 2,000 events/s on 2 cores.
#   WEBHOOKS=1 also configures a webhook (every event then writes a shipment.status_changed notification in
#   its transaction) to a local receiver, and prints how many notifications it got and how far behind they were.
# PICQER_CARRIER_BIN=path uses an already built binary instead of building a release one.
# Usage: scripts/bench-events.sh [seconds] [connections] [shipments]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-2}
shipments=${3:-200}
port=18444
hookport=18445

if [ -z "${PICQER_CARRIER_BIN:-}" ]; then
  swift build -c release --product picqer-carrier >/dev/null
  bin="$(swift build -c release --show-bin-path)/picqer-carrier"
else
  bin="$PICQER_CARRIER_BIN"
fi
data=$(mktemp -d)
server=""
receiver=""
trap 'kill $server $receiver 2>/dev/null || true; rm -rf "$data"' EXIT

start_server() {
  PICQER_CARRIER_PORT=$port "$bin" serve --demo --data-directory "$data" --log-level warning >>"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && return; sleep 0.2; done
  echo "the server did not start:" >&2; cat "$data/server.log" >&2; exit 1
}

if [ "${WEBHOOKS:-0}" = 1 ]; then
  # The demo writes its config.yaml on first start; add a webhook to it and start again.
  start_server; kill $server; wait $server 2>/dev/null || true
  secret="whsec_$(head -c 32 /dev/urandom | base64)"
  printf '\nwebhooks:\n  - url: http://127.0.0.1:%s/hooks\n    secret: "%s"\n' "$hookport" "$secret" >>"$data/config.yaml"
  python3 - "$hookport" "$data/hooks.count" <<'PY' &
import http.server, sys, threading
count = [0]
path = sys.argv[2]
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        count[0] += 1
        if count[0] % 100 == 0:
            open(path, "w").write(str(count[0]))
        self.send_response(204); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
def flush():
    while True:
        import time; time.sleep(0.5); open(path, "w").write(str(count[0]))
threading.Thread(target=flush, daemon=True).start()
server.serve_forever()
PY
  receiver=$!
fi
start_server

echo "making $shipments shipments…"
python3 - "$port" "$shipments" "$data/codes" <<'PY'
import http.client, json, ssl, sys, base64
port, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
connection = http.client.HTTPSConnection("127.0.0.1", port, context=ssl._create_unverified_context())
body = open("Fixtures/requests/nl-domestic.json", "rb").read()
headers = {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"demo:demo").decode()}
codes = []
for _ in range(count):
    connection.request("POST", "/picqer-integration/shipments", body=body, headers=headers)
    codes.append(json.loads(connection.getresponse().read())["data"]["tracking_code"])
open(out, "w").write("\n".join(codes))
PY

echo "== POST /api/v1/events, batches of 500, $connections connections, ${seconds}s"
python3 scripts/bench_events.py --port "$port" --token demo-operator-token --codes "$data/codes" \
  --batch 500 --seconds "$seconds" --connections "$connections"
if [ "${WEBHOOKS:-0}" = 1 ]; then
  sleep 3
  echo "webhooks received 3 s after the last batch: $(cat "$data/hooks.count" 2>/dev/null || echo 0)"
  curl -sk -H "Authorization: Bearer demo-operator-token" \
    "https://127.0.0.1:$port/api/v1/webhook-deliveries?state=pending&limit=1000" \
    | python3 -c 'import json,sys; print("still pending (max 1000 shown):", len(json.load(sys.stdin)["deliveries"]))'
fi
