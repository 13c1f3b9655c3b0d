#!/usr/bin/env bash
# Copies Sources/CarrierServer/openapi.yaml (the operator API's document, from which the server's
# types are generated) into OperatorAPIDocument+Text.swift, so the binary serves the same text at
# GET /api/v1/openapi.yaml. A test fails when the two differ: run this after editing the document.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/CarrierServer/OperatorAPIDocument+Text.swift
{
  echo '// Made by scripts/embed-openapi.sh from openapi.yaml; do not edit by hand.'
  echo 'extension OperatorAPIRoutes {'
  echo '    /// The operator API document (`openapi.yaml`), as served.'
  echo '    static let documentText = #"""'
  cat Sources/CarrierServer/openapi.yaml
  echo ''
  echo '"""#'
  echo '}'
} > "$out"
echo "wrote $out"
