#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine (with Swift) and runs every test, warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh --test
# One suite at a time: several suites start live servers that put 200 concurrent requests through two
# cores, and the external verifiers (zplkit, poppler, tesseract, schemathesis) block while they run; in
# parallel these starve each other into timeouts on a 2-core machine. Serially the suite takes ~1.5 min.
# The store conformance suite also runs on PostgreSQL: a throwaway server beside the tests (under CI=true a
# missing server fails the PostgreSQL cases instead of skipping them).
scripts/with-postgres.sh swift test --no-parallel -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error "$@"
# A full run (no arguments) also starts two servers on one PostgreSQL database and kills one mid-load.
if [ $# -eq 0 ]; then
  scripts/with-postgres.sh scripts/two-instances-test.sh
fi
