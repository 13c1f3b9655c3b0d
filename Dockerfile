# picqer-carrier container image.
#
#   docker build -t picqer-carrier .
#   docker run -d --name picqer-carrier -p 8443:8443 \
#     -v /srv/picqer-carrier/config.yaml:/etc/picqer-carrier/config.yaml:ro \
#     -v /etc/letsencrypt/live/carrier.example.com:/etc/picqer-carrier/tls:ro \
#     -v picqer-carrier-data:/data \
#     picqer-carrier
#
# Mounted at run time, never baked in:
#   /etc/picqer-carrier/config.yaml   the configuration (see Fixtures/example-config.yaml)
#   /etc/picqer-carrier/tls/          fullchain.pem + privkey.pem, readable by uid 10001
#   /data                             the SQLite database (volume; keep it: tracking serials live here)
# Secrets and ports can come from the environment instead of the file: PICQER_CARRIER_HOST,
# PICQER_CARRIER_PORT, PICQER_CARRIER_PUBLIC_BASE_URL, PICQER_CARRIER_TLS_CERTIFICATE,
# PICQER_CARRIER_TLS_PRIVATE_KEY, PICQER_CARRIER_DATABASE, PICQER_CARRIER_ACCOUNT_<USERNAME>_PASSWORD_HASH.
#
# The base images are build arguments so that the image can be built from a mirror or from
# local copies (scripts/container-test.sh builds with localhost/… images and buildah).
ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

# ---------- build ----------
FROM ${SWIFT_IMAGE} AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# Headers + pkg-config files for the C libraries the label code links (Pango/Cairo, libqrencode)
# and GRDB's system SQLite. TLS needs no OpenSSL headers: swift-nio-ssl builds its own BoringSSL.
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true \
 && apt-get -q update \
 && apt-get -q install -y --no-install-recommends \
      libcairo2-dev libpango1.0-dev libqrencode-dev libsqlite3-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
# (DL3008, unpinned apt versions: the base image tag pins the Debian release; within a stable
# release only security fixes arrive, and exact pins would break the build when they do.)

WORKDIR /build

# Dependencies first: this layer is reused until Package.swift changes. Package.resolved is
# deliberately not copied (it is git-ignored; see .dockerignore).
COPY Package.swift ./
RUN swift package resolve

# Every target declared in Package.swift must exist for the package to load, tests and the
# benchmark included; only the product we ship is built.
COPY Sources ./Sources
COPY Tests ./Tests
COPY Benchmarks ./Benchmarks
RUN swift build -c release --static-swift-stdlib --product picqer-carrier

# Stage what the runtime image needs: the binary, resource bundles of dependencies (GRDB's) and
# the static crash backtracer (its place differs between the official image and other toolchains).
WORKDIR /staging
RUN bin="$(swift build --package-path /build -c release --show-bin-path)" \
 && cp "$bin/picqer-carrier" ./ \
 && find -L "$bin" -maxdepth 1 -name '*.resources' -exec cp -R {} ./ \; \
 && toolchain="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")" \
 && cp "$toolchain/libexec/swift/linux/swift-backtrace-static" ./

# ---------- run ----------
FROM ${RUNTIME_IMAGE}
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# Only what the binary loads at run time (the Swift runtime is linked statically):
#   libcairo2 libpango-1.0-0 libpangocairo-1.0-0  labels (they pull fontconfig/freetype/harfbuzz/X11 libs)
#   libqrencode4                                  QR code on the label
#   libsqlite3-0                                  GRDB
#   fonts-dejavu-core                             the label font; fontconfig needs at least one font
#   fontconfig                                    fc-cache, to build the font cache into the image
#   ca-certificates tzdata                        usual server needs (time zones for log/label dates)
#   curl                                          the HEALTHCHECK (see below)
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true \
 && apt-get -q update \
 && apt-get -q dist-upgrade -y \
 && apt-get -q install -y --no-install-recommends \
      libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libqrencode4 libsqlite3-0 \
      fonts-dejavu-core fontconfig ca-certificates tzdata curl \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /usr/local/share/fonts \
 && find /usr/share/fonts /usr/local/share/fonts -type d -exec touch -d "@$(date +%s)" {} + \
 && fc-cache --force --system-only
# (DL3008: see the build stage.) `apt-get clean`: bases without the official image's
# docker-clean hook would otherwise keep every downloaded .deb (>100 MB). The system font cache
# is built here, as root, so that fontconfig never has to write one at run time: no "Fontconfig
# error: No writable cache directories", also under another uid (docker run --user, OpenShift) whose HOME is not writable. A cache is only
# valid while its folder's mtime matches to the nanosecond, and image layers keep whole seconds:
# hence the font folders' mtimes are rounded to a whole second before fc-cache records them.

# Fixed uid/gid so that operators can `chown 10001` the mounted key and data directory.
# The user has a real, writable HOME as a second line of defence for fontconfig's user cache.
RUN groupadd --system --gid 10001 picqer-carrier \
 && useradd --system --uid 10001 --gid picqer-carrier --no-log-init \
      --create-home --home-dir /home/picqer-carrier --shell /usr/sbin/nologin picqer-carrier \
 && mkdir -p /data /etc/picqer-carrier/tls \
 && chown picqer-carrier:picqer-carrier /data

# The binary stays owned by root: the service user (10001) can run it, not change it.
COPY --from=build /staging /app

ENV HOME=/home/picqer-carrier \
    SWIFT_BACKTRACE=enable=yes,sanitize=yes,threads=all,images=all,interactive=no,swift-backtrace=/app/swift-backtrace-static

USER 10001:10001
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8443

# The binary has no HTTP client and /health is served over the same TLS listener as Picqer's
# endpoints, so a bash /dev/tcp probe could only prove that the port is open. curl (a few MB of
# libraries) really performs GET /health over HTTPS: -k because the certificate is issued for the
# public host name, not 127.0.0.1 (this is a liveness check, not a certificate check); -f fails
# on any non-2xx answer. The plain-HTTP fallback covers `plain_http: true` behind a proxy. The
# port follows PICQER_CARRIER_PORT when that override is used.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["/bin/bash", "-c", "curl -fsSk --max-time 4 -o /dev/null https://127.0.0.1:${PICQER_CARRIER_PORT:-8443}/health || curl -fsS --max-time 4 -o /dev/null http://127.0.0.1:${PICQER_CARRIER_PORT:-8443}/health"]

ENTRYPOINT ["/app/picqer-carrier"]
CMD ["serve", "--config", "/etc/picqer-carrier/config.yaml"]
