#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine (with Swift), builds picqer-carrier and runs the demo:
# https://127.0.0.1:8443, self-signed certificate, SQLite and account demo/demo in data/demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh
swift build -c release --product picqer-carrier
exec "$(swift build -c release --show-bin-path)/picqer-carrier" serve --demo --data-directory data/demo "$@"
