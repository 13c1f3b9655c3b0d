#!/bin/sh
# Feed-page benchmark of the SQLite store: 100,000 shipments, 200 pages of 500, prints p50 and p99.
# Usage: scripts/bench-store.sh [-c release]
set -eu
cd "$(dirname "$0")/.."
STORE_BENCHMARK=1 swift test "$@" --filter feedPageOfFiveHundredOnAHundredThousandShipments 2>&1 \
  | grep -E "feed page of|passed|failed|error"
