#!/usr/bin/env bash
# Runs testssl.sh (Debian package testssl.sh; scripts/system-packages.sh --test installs it) against a live
# demo server and fails on any CBC cipher suite, any "VULNERABLE" finding, or any protocol below the
# configured minimum. It takes one to three minutes, so it is a script and not part of `swift test`.
#   scripts/check-tls.sh [intermediate|modern|1.1]
#     intermediate (default): TLS 1.2 (ECDHE + AES-GCM/CHACHA20-POLY1305) and TLS 1.3
#     modern: TLS 1.3 only
#     1.1: minimum_version "1.1" (an operator who must): only the protocol floor is checked
# PICQER_CARRIER_BIN=path uses an already built binary (default: the debug build, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-intermediate}
port=18445
command -v testssl >/dev/null || { echo "testssl is needed: scripts/system-packages.sh --test" >&2; exit 1; }
if [ -z "${PICQER_CARRIER_BIN:-}" ]; then
  swift build --product picqer-carrier -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error >/dev/null
  bin="$(swift build --show-bin-path)/picqer-carrier"
else
  bin="$PICQER_CARRIER_BIN"
fi
data=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
# The demo writes its configuration on first start; set the profile in it, then start for real.
"$bin" serve --demo --data-directory "$data" --log-level critical >/dev/null 2>&1 &
server=$!
sleep 0.5; kill $server 2>/dev/null || true; wait $server 2>/dev/null || true
for _ in $(seq 1 50); do [ -f "$data/config.yaml" ] && break; sleep 0.1; done
case "$mode" in
  intermediate) minimum=1.2 ;;
  modern) minimum=1.3; sed -i 's/minimum_version: "1.2"/profile: modern/' "$data/config.yaml" ;;
  1.1) minimum=1.1; export PICQER_CARRIER_TLS_MINIMUM_VERSION=1.1 ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
grep -q "profile: modern" "$data/config.yaml" || [ "$mode" != modern ] || { echo "could not set the profile" >&2; exit 2; }
PICQER_CARRIER_PORT=$port "$bin" serve --config "$data/config.yaml" --log-level warning >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -skf "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

echo "testssl.sh against https://127.0.0.1:$port (profile: $mode)"
testssl --quiet --color 0 --warnings off --fast --ip 127.0.0.1 --mapping iana \
  --protocols --each-cipher --vulnerable --jsonfile "$data/testssl.json" "127.0.0.1:$port" >"$data/testssl.txt" 2>&1 || true
python3 - "$data/testssl.json" "$minimum" "$mode" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))
minimum, mode = sys.argv[2], sys.argv[3]
order = ["SSLv2", "SSLv3", "TLS1", "TLS1_1", "TLS1_2", "TLS1_3"]
floor = {"1.1": "TLS1_1", "1.2": "TLS1_2", "1.3": "TLS1_3"}[minimum]
problems, offered, suites = [], [], []
for f in findings:
    ident, finding, severity = f.get("id", ""), f.get("finding", ""), f.get("severity", "")
    if ident in order and finding.startswith("offered"):
        offered.append(ident)
        if order.index(ident) < order.index(floor):
            problems.append(f"protocol {ident} offered, below the minimum {minimum}")
    if ident.startswith("cipher-") or ident.startswith("cipher_"):
        suites.append(finding)
        if "_CBC_" in finding and mode != "1.1":
            problems.append(f"CBC suite offered: {finding}")
    if "VULNERABLE" in finding and "not vulnerable" not in finding.lower():
        problems.append(f"{ident}: {finding}")
    if severity in ("HIGH", "CRITICAL") and ident not in ("scanProblem",):
        problems.append(f"{ident} ({severity}): {finding}")
print("protocols offered:", ", ".join(offered) or "none")
print("cipher suites offered:")
for suite in suites:
    print("  ", " ".join(suite.split()))
if not offered:
    problems.append("testssl found no protocol at all: did the scan run?")
for problem in problems:
    print("FAIL:", problem)
print("PASS" if not problems else "FAIL")
sys.exit(1 if problems else 0)
PY
