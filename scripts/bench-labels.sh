#!/usr/bin/env bash
# Label rendering benchmark: builds `label-benchmark` in release mode and renders N labels
# (default 1000) as PDF and ZPL on one thread, printing labels/s, mean PDF size and peak memory.
#
# Usage: scripts/bench-labels.sh [count] [--out DIR]
# Run from anywhere inside the package (the repository, or a development package that has the
# same `label-benchmark` product); the package root is the script's parent folder unless
# PACKAGE_DIR says otherwise.
set -euo pipefail

package_dir="${PACKAGE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$package_dir"

swift build -c release --product label-benchmark
bin_dir="$(swift build -c release --show-bin-path)"
exec "$bin_dir/label-benchmark" "$@"
