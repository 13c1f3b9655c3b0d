#!/usr/bin/env bash
# Password-guessing flood (issue 10): 400 guessing clients over 50 loopback source addresses for 60 s
# against the demo server (bcrypt cost 10), while the verified demo account sends a shipment every 100 ms
# and an account added by SIGHUP halfway through the set-up logs in once during the flood.
# Prints attacker p99, verified p99 and refusals, the new login's time, password checks per second.
# PICQER_CARRIER_BIN=path uses an already built binary instead of building a release one.
# Usage: scripts/bench-login-flood.sh [seconds] [clients] [addresses]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
clients=${2:-400}
addresses=${3:-50}
port=18444
if [ -z "${PICQER_CARRIER_BIN:-}" ]; then
  swift build -c release --product picqer-carrier >/dev/null
  bin="$(swift build -c release --show-bin-path)/picqer-carrier"
else
  bin="$PICQER_CARRIER_BIN"
fi
ulimit -n 4096 2>/dev/null || true
data=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
PICQER_CARRIER_PORT=$port "$bin" serve --demo --data-directory "$data" --log-level warning >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

# A customer the server has never seen: added to the configuration and loaded with SIGHUP.
hash=$(echo newcomer-secret | "$bin" hash-password --cost 10)
python3 - "$data/config.yaml" "$hash" <<'PY'
import sys
path, hash_ = sys.argv[1], sys.argv[2]
text = open(path).read()
entry = (f'accounts:\n  - username: newcomer\n    password_hash: "{hash_}"\n    sender_addresses:\n'
         '      - {id: 1, name: Newcomer B.V., street: Markt 1, zipcode: 3511 AA, city: Utrecht, country: NL}\n')
open(path, "w").write(text.replace("accounts:\n", entry, 1))
PY
kill -HUP $server
sleep 1
python3 scripts/login_flood.py --port $port --seconds "$seconds" --clients "$clients" --addresses "$addresses" \
  --verified demo:demo --newcomer newcomer:newcomer-secret

