#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages picqer-carrier needs, when they are missing.
#   scripts/system-packages.sh          build + run (Cairo, Pango, libqrencode, SQLite, fonts)
#   scripts/system-packages.sh --test   also the verifiers (poppler, zbar, qpdf, tesseract, zplkit, schemathesis,
#                                       promtool from prometheus; chromium for the tracking page's browser test;
#                                       testssl.sh for scripts/check-tls.sh) and a PostgreSQL server for the
#                                       store tests (scripts/with-postgres.sh starts a throwaway one)
set -euo pipefail

packages=(pkg-config libcairo2-dev libpango1.0-dev libqrencode-dev zlib1g-dev libsqlite3-dev fonts-dejavu-core)
if [ "${1:-}" = "--test" ]; then
  packages+=(postgresql poppler-utils zbar-tools qpdf python3 python3-pip testssl.sh
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-ell tesseract-ocr-rus tesseract-ocr-bul tesseract-ocr-pol
    prometheus chromium)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3/pip may come from elsewhere (pyenv); then the Debian ones are not needed.
if command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == python3* ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "${1:-}" = "--test" ] && ! python3 -c "import zplkit" 2>/dev/null; then
  echo "Installing zplkit (ZPL renderer used by the tests) from PyPI"
  python3 -m pip install -q --only-binary=:all: zplkit==0.3.2 ||
    python3 -m pip install -q --break-system-packages --only-binary=:all: zplkit==0.3.2
fi

if [ "${1:-}" = "--test" ] && ! command -v schemathesis >/dev/null; then
  echo "Installing schemathesis (fuzzes the operator API with its OpenAPI document) from PyPI"
  python3 -m pip install -q schemathesis==4.32.5 ||
    python3 -m pip install -q --break-system-packages schemathesis==4.32.5
fi

if [ "${1:-}" = "--test" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "missing: PostgreSQL server (initdb)" >&2; exit 1; }
  for tool in pdfinfo pdffonts pdftotext pdftoppm pdfimages qpdf zbarimg tesseract schemathesis promtool chromium testssl; do
    command -v "$tool" >/dev/null || { echo "missing verifier: $tool" >&2; exit 1; }
  done
  python3 -c "import zplkit" || { echo "missing verifier: python3 module zplkit" >&2; exit 1; }
fi
