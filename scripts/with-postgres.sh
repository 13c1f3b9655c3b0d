#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server: its own data folder, a free loopback port, trust
# authentication on 127.0.0.1 only, no durability (fsync off: it is thrown away). The command gets
#   PICQER_CARRIER_TEST_POSTGRES_URL      postgres://postgres@127.0.0.1:PORT/picqer_test
#   PICQER_CARRIER_TEST_POSTGRES_CONTROL  a script that takes `stop` or `start` (the outage tests use it)
# and the server is stopped and its folder removed when the command ends, whatever happens.
#   scripts/with-postgres.sh swift test ...
# Needs Debian's postgresql package (scripts/system-packages.sh --test installs it). As root the server runs
# as the unprivileged `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bindir="$candidate"; break; fi
done
if [ -z "$bindir" ]; then
  echo "with-postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
  exit 1
fi

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  run_as=(runuser -u postgres --)
fi

folder="$(mktemp -d "${TMPDIR:-/tmp}/picqer-carrier-postgres.XXXXXX")"
chmod 755 "$folder"
data="$folder/data"
mkdir "$data"
[ "$(id -u)" -eq 0 ] && chown postgres "$folder" "$data"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

"${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
  { cat "$folder/initdb.log" >&2; exit 1; }

control="$folder/control.sh"
cat >"$control" <<CONTROL
#!/usr/bin/env bash
# stop | start the throwaway PostgreSQL server of scripts/with-postgres.sh
set -euo pipefail
case "\${1:-}" in
  start) # The server must not keep the caller's descriptors (a test harness may wait for them to close).
         for fd in \$(ls /proc/\$\$/fd); do if [ "\$fd" -gt 2 ]; then eval "exec \$fd>&-" 2>/dev/null || true; fi; done
         ${run_as[*]} "$bindir/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 30 \
           -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null ;;
  stop) ${run_as[*]} "$bindir/pg_ctl" -D "$data" -w -t 30 -m fast stop >/dev/null ;;
  *) echo "usage: \$0 start|stop" >&2; exit 2 ;;
esac
CONTROL
chmod 755 "$control"

cleanup() {
  "$control" stop 2>/dev/null || true
  rm -rf "$folder"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$control" start || { cat "$folder/server.log" >&2; exit 1; }
"$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE picqer_test" >/dev/null

export PICQER_CARRIER_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/picqer_test?sslmode=disable"
export PICQER_CARRIER_TEST_POSTGRES_CONTROL="$control"
echo "with-postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $folder)"
"$@"
