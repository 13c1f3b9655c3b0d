#!/usr/bin/env bash
# Change-feed benchmark, end to end: GET /api/v1/shipments?after=…&limit=500 over HTTPS against a
# release build whose database holds 100,000 shipments (real requests sent through the API, then
# copied with new tracking codes and sequence numbers), one connection, random pages.
# Prints wrk's latency percentiles (target: p99 < 50 ms).
# PICQER_CARRIER_BIN=path uses an already built release binary.
# Usage: scripts/bench-feed.sh [seconds] [shipments]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shipments=${2:-100000}
port=18453
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [ -z "${PICQER_CARRIER_BIN:-}" ]; then
  swift build -c release --product picqer-carrier >/dev/null
  bin="$(swift build -c release --show-bin-path)/picqer-carrier"
else
  bin="$PICQER_CARRIER_BIN"
fi
data=$(mktemp -d)
server=
start() {
  PICQER_CARRIER_PORT=$port "$bin" serve --demo --data-directory "$data" --log-level warning >>"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && return; sleep 0.1; done
  echo "server did not start" >&2; cat "$data/server.log" >&2; exit 1
}
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
start
# One shipment of each kind the feed shows: domestic, pickup point, customs (recipient, pickup point and
# customs data all come from the stored request).
for fixture in nl-domestic pickup-point ch-customs; do
  file=Fixtures/requests/$fixture.json
  [ -f "$file" ] || continue
  curl -skf -u demo:demo -H 'Content-Type: application/json' --data @"$file" \
    "https://127.0.0.1:$port/picqer-integration/shipments" >/dev/null
done
kill $server; wait $server 2>/dev/null || true
python3 - "$data" "$shipments" <<'PY'
import sqlite3, sys
path = sys.argv[1] + "/picqer-carrier.sqlite"
want = int(sys.argv[2])
db = sqlite3.connect(path)
cols = [r[1] for r in db.execute("PRAGMA table_info(shipment)")]
rows = db.execute(f"SELECT {', '.join(cols)} FROM shipment WHERE status = 'active' ORDER BY id").fetchall()
bodies = {r[0]: r[1] for r in db.execute("SELECT shipment_id, body FROM shipment_request")}
seq = db.execute("SELECT MAX(sequence) FROM shipment").fetchone()[0]
next_id = db.execute("SELECT MAX(id) FROM shipment").fetchone()[0] + 1
have = db.execute("SELECT COUNT(*) FROM shipment").fetchone()[0]
i_id, i_code, i_seq = cols.index("id"), cols.index("tracking_code"), cols.index("sequence")
placeholders = ", ".join("?" * len(cols))
n = 0
while have + n < want:
    source = rows[n % len(rows)]
    row = list(source)
    row[i_id] = next_id; row[i_code] = f"BENCH{next_id:09d}"; seq += 1; row[i_seq] = seq
    db.execute(f"INSERT INTO shipment ({', '.join(cols)}) VALUES ({placeholders})", row)
    db.execute("INSERT INTO shipment_request (shipment_id, body) VALUES (?, ?)", (next_id, bodies[source[i_id]]))
    next_id += 1; n += 1
db.execute("UPDATE change_counter SET last_sequence = ?", (seq,))
db.commit()
print(f"database: {db.execute('SELECT COUNT(*) FROM shipment').fetchone()[0]} shipments, last sequence {seq}")
PY
start
python3 - "$shipments" >"$data/pages.lua" <<'PY'
import base64, random, sys
random.seed(7)
n = int(sys.argv[1])
cursors = [base64.urlsafe_b64encode(f"v1:{random.randint(0, n - 500)}".encode()).decode().rstrip("=") for _ in range(1000)]
print("local cursors = {" + ", ".join(f'"{c}"' for c in cursors) + "}")
print("""local i = 0
request = function()
  i = i % #cursors + 1
  return wrk.format("GET", "/api/v1/shipments?limit=500&after=" .. cursors[i])
end""")
PY
# Check one page first: 500 shipments.
count=$(curl -skf -H "Authorization: Bearer demo-operator-token" \
  "https://127.0.0.1:$port/api/v1/shipments?limit=500&after=$(printf 'v1:1000' | base64 | tr -d '=')" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["shipments"]), len(json.dumps(d)))')
echo "one page: $count (shipments, bytes)"
wrk -t1 -c1 -d2s -s "$data/pages.lua" -H "Authorization: Bearer demo-operator-token" "https://127.0.0.1:$port" >/dev/null
# PERF_OUT=file records a CPU profile of the server during the measured run (perf report -i file).
if [ -n "${PERF_OUT:-}" ]; then perf record -q -e cpu-clock -g -p "$server" -o "$PERF_OUT" -- sleep "$seconds" & fi
echo "== feed pages of 500 at random cursors, one connection, ${seconds}s"
cpu() { awk '{print $14 + $15}' /proc/$server/stat; }   # server's user + system CPU time, in clock ticks
before=$(cpu)
wrk -t1 -c1 -d"${seconds}s" --latency -s "$data/pages.lua" -H "Authorization: Bearer demo-operator-token" \
  "https://127.0.0.1:$port" | tee "$data/wrk.txt" | grep -E "Latency|50%|75%|90%|99%|Requests/sec|Non-2xx"
after=$(cpu)
pages=$(awk '/requests in/ {print $1}' "$data/wrk.txt")
# CPU time per page does not depend on what else the machine runs (latency does).
echo "server CPU per page: $(awk -v t=$((after - before)) -v n="$pages" -v hz="$(getconf CLK_TCK)" \
  'BEGIN {printf "%.1f ms", t * 1000 / hz / n}') over $pages pages"
