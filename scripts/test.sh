#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine (with Swift) and runs every test, warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh --test
swift test -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error "$@"
