#!/usr/bin/env bash
# End-to-end: two `picqer-carrier serve` processes on two ports against one PostgreSQL database.
#   1. 400 concurrent shipments spread over both → 400 distinct codes, serials exactly 1…400;
#   2. 400 more while one instance is killed with SIGKILL mid-load → the other keeps answering, and every
#      code answered 200 is in the database, active.
# Both instances deliver a webhook (shipment.created) to one receiver from the shared outbox: in phase 1 every
# notification arrives exactly once; after the kill every one still arrives (the dead instance's leases run
# out, then the survivor sends them), and no notification is ever being sent by two instances at once.
# Needs PICQER_CARRIER_TEST_POSTGRES_URL (run it under scripts/with-postgres.sh) and a built binary
# (PICQER_CARRIER_BIN, default: the debug build of `swift build`).
#   scripts/with-postgres.sh scripts/two-instances-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
url="${PICQER_CARRIER_TEST_POSTGRES_URL:?run under scripts/with-postgres.sh}"
bin="${PICQER_CARRIER_BIN:-$(swift build --show-bin-path)/picqer-carrier}"
[ -x "$bin" ] || { echo "two-instances-test.sh: no binary at $bin (swift build first)" >&2; exit 1; }

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A database of its own on the server, so that serials start at 1.
database="two_instances_$$"
PGOPTIONS="-c client_min_messages=warning" psql -q "${url%%\?*}" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" >/dev/null
db_url="${url%%/picqer_test*}/$database?sslmode=disable"
db_psql="${db_url%%\?*}"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The webhook receiver: answers 204 after 20 ms and writes one line per request (id, start, end).
hook_port="$(free_port)"
python3 - "$hook_port" "$work/hooks.jsonl" <<'PY' &
import http.server, json, sys, threading, time
port, path = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
out = open(path, "a", buffering=1)
class Hook(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        start = time.monotonic()
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        time.sleep(0.02)
        end = time.monotonic()
        with lock:
            out.write(json.dumps({"id": self.headers["webhook-id"], "type": body.get("type"),
                                  "start": start, "end": end}) + "\n")
        self.send_response(204)
        self.send_header("content-length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the killed instance's connections are reset: not this receiver's business
Server(("127.0.0.1", port), Hook).serve_forever()
PY
pids+=("$!")

# The demo's files once (configuration, certificate), then each instance gets a copy with the webhook added.
seed_port="$(free_port)"
PICQER_CARRIER_PORT="$seed_port" PICQER_CARRIER_HOST=127.0.0.1 \
  "$bin" serve --demo --data-directory "$work/seed" --log-level warning >"$work/seed.log" 2>&1 &
seed_pid=$!
for _ in $(seq 1 150); do [ -s "$work/seed/config.yaml" ] && break; sleep 0.2; done
sleep 1
kill "$seed_pid" 2>/dev/null || true
wait "$seed_pid" 2>/dev/null || true
[ -s "$work/seed/config.yaml" ] || { echo "the demo wrote no configuration" >&2; cat "$work/seed.log" >&2; exit 1; }
rm -f "$work/seed"/*.sqlite*

ports=()
for instance in a b; do
  port="$(free_port)"
  ports+=("$port")
  cp -r "$work/seed" "$work/$instance"
  cat >>"$work/$instance/config.yaml" <<YAML

webhooks:
  - url: "http://127.0.0.1:$hook_port/hooks"
    secret: "two-instances-test-secret"
    events: [shipment.created]
YAML
  DATABASE_URL="$db_url" PICQER_CARRIER_PORT="$port" PICQER_CARRIER_HOST=127.0.0.1 \
    "$bin" serve --demo --data-directory "$work/$instance" --log-level warning >"$work/$instance.log" 2>&1 &
  pids+=("$!")
done
ready() {  # PORT: whether GET /health/ready answers 200
  python3 -c 'import ssl, sys, urllib.request
try:
    urllib.request.urlopen("https://127.0.0.1:%s/health/ready" % sys.argv[1], context=ssl._create_unverified_context(), timeout=2)
except Exception:
    sys.exit(1)' "$1"
}
for port in "${ports[@]}"; do
  for _ in $(seq 1 150); do ready "$port" && break; sleep 0.2; done
  ready "$port" || { echo "instance on $port never became ready" >&2; cat "$work"/*.log >&2; exit 1; }
done
echo "two instances ready on ports ${ports[*]}, one database ($database)"

python3 - "${ports[0]}" "${ports[1]}" "${pids[2]}" "$db_psql" "$work/hooks.jsonl" <<'PY'
import base64, collections, concurrent.futures, http.client, json, os, signal, ssl, subprocess, sys, threading, time

port_a, port_b, pid_b, database, hooks = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
body = open("Fixtures/requests/nl-domestic.json", "rb").read()
auth = "Basic " + base64.b64encode(b"demo:demo").decode()
context = ssl._create_unverified_context()

def post(port):
    try:
        connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=30)
        connection.request("POST", "/picqer-integration/shipments", body,
                           {"Content-Type": "application/json", "Authorization": auth})
        response = connection.getresponse()
        answer = response.read()
        connection.close()
        code = json.loads(answer)["data"]["tracking_code"] if response.status == 200 else None
        return port, response.status, code
    except Exception as error:  # the killed instance: connection refused or reset
        return port, type(error).__name__, None

def run(count, kill_after=None):
    done = 0
    lock = threading.Lock()
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=40) as pool:
        futures = [pool.submit(post, port_a if i % 2 == 0 else port_b) for i in range(count)]
        for future in concurrent.futures.as_completed(futures):
            results.append(future.result())
            with lock:
                done += 1
                if kill_after is not None and done == kill_after:
                    os.kill(pid_b, signal.SIGKILL)
                    print(f"killed instance B (pid {pid_b}) with SIGKILL after {done} answers", flush=True)
    return results

def serial(code):  # S10: CC + 8-digit serial + check digit + NL
    return int(code[2:10])

def psql(query):
    return subprocess.run(["psql", "-At", database, "-c", query], check=True, capture_output=True,
                          text=True).stdout.split()

def received():
    with open(hooks) as lines:
        return [json.loads(line) for line in lines if line.strip()]

def webhooks_settle(label, expected, seconds):
    """Waits until `expected` notifications are delivered (or `seconds` pass); returns what the receiver got."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if int(psql("SELECT count(*) FROM webhook_delivery WHERE state = 'delivered'")[0]) >= expected:
            break
        time.sleep(0.5)
    pending = int(psql("SELECT count(*) FROM webhook_delivery WHERE state <> 'delivered'")[0])
    got = received()
    print(f"{label}: {len(got)} webhooks received, {len({h['id'] for h in got})} distinct, {pending} not delivered")
    return got, pending

def overlapping(got):
    """Notifications that were being received twice at the same time."""
    by_id = collections.defaultdict(list)
    for hook in got: by_id[hook["id"]].append((hook["start"], hook["end"]))
    clashes = []
    for hook_id, spans in by_id.items():
        spans.sort()
        clashes += [hook_id for a, b in zip(spans, spans[1:]) if b[0] < a[1]]
    return clashes

def stored():
    out = psql("SELECT tracking_code || ' ' || status FROM shipment")
    return dict(zip(out[0::2], out[1::2]))

failures = []
first = run(400)
codes = [code for _, status, code in first if status == 200]
statuses = sorted({str(status) for _, status, _ in first})
print(f"phase 1: {len(codes)} of 400 answered 200 (statuses {statuses}), {len(set(codes))} distinct codes")
if len(codes) != 400 or len(set(codes)) != 400:
    failures.append("phase 1: not 400 distinct codes")
if sorted(serial(c) for c in codes) != list(range(1, 401)):
    failures.append("phase 1: serials are not exactly 1…400")
by_port = {port_a: 0, port_b: 0}
for port, status, _ in first:
    if status == 200: by_port[port] += 1
print(f"phase 1: instance A made {by_port[port_a]}, instance B {by_port[port_b]}")
started = time.monotonic()
got, pending = webhooks_settle("phase 1 webhooks", 400, 60)
print(f"phase 1 webhooks: all delivered {time.monotonic() - started:.1f} s after the last answer")
if len(got) != 400 or len({h["id"] for h in got}) != 400 or pending:
    failures.append("phase 1: not every shipment.created webhook arrived exactly once")

second = run(400, kill_after=100)
ok = [(port, code) for port, status, code in second if status == 200]
after_kill_a = sum(1 for port, status, _ in second if port == port_a and status == 200)
print(f"phase 2: {len(ok)} answered 200 ({after_kill_a} of 200 by the surviving instance A)")
if after_kill_a != 200:
    failures.append(f"phase 2: the surviving instance answered {after_kill_a} of its 200, not all")
table = stored()
all_codes = codes + [code for _, code in ok]
if len(set(all_codes)) != len(all_codes):
    failures.append("a code was answered twice")
missing = [code for code in all_codes if code not in table]
inactive = [code for code in all_codes if table.get(code) != "active"]
print(f"database: {len(table)} shipments; {len(missing)} answered codes missing, {len(inactive)} not active")
if missing or inactive:
    failures.append("an answered code is not in the database as active")
# Every notification of an active shipment arrives, also those instance B had taken when it was killed (its
# leases run out after 60 s, then A sends them); none is received twice at the same time.
expected = int(psql("SELECT count(*) FROM webhook_delivery")[0])
active = int(psql("SELECT count(*) FROM shipment WHERE status = 'active'")[0])
started = time.monotonic()
got, pending = webhooks_settle("phase 2 webhooks", expected, 120)
print(f"phase 2 webhooks: settled {time.monotonic() - started:.1f} s after the last answer")
ids = {h["id"] for h in got}
delivered_ids = set(psql("SELECT id FROM webhook_delivery"))
print(f"phase 2 webhooks: {expected} notifications for {active} active shipments; "
      f"{len(got) - len(ids)} received more than once (allowed after a kill: at least once)")
if expected != active:
    failures.append(f"{expected} notifications for {active} active shipments")
if pending or ids != delivered_ids:
    failures.append("not every notification was delivered after the kill")
clashes = overlapping(got)
if clashes:
    failures.append(f"{len(clashes)} notifications were sent by two instances at once")
# After the kill the survivor still answers.
_, status, _ = post(port_a)
if status != 200:
    failures.append(f"instance A answers {status} after the kill")
if failures:
    print("FAILED: " + "; ".join(failures))
    sys.exit(1)
print("OK: two instances, one database: no duplicate, no gap, no lost code; every webhook delivered, never twice at once")
PY
