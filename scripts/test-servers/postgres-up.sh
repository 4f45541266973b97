#!/usr/bin/env bash
# Starts a private PostgreSQL cluster (Debian's postgresql package) on 127.0.0.1 for the tests and the
# benchmarks. Nothing under /etc/postgresql or /var/lib/postgresql is used: the cluster lives in DIR.
#
#   postgres-up.sh DIR PORT
#
# Prints nothing on success; the database `arcp` is reachable as postgres://arcp@127.0.0.1:PORT/arcp
# (trust authentication, loopback only). Run as root, the server runs as the `postgres` user, since
# PostgreSQL refuses to run as root. Stop it with postgres-down.sh DIR.
set -euo pipefail
D=${1:?usage: postgres-up.sh DIR PORT}
PORT=${2:?usage: postgres-up.sh DIR PORT}

BIN=""
for b in $(command -v initdb 2>/dev/null) /usr/lib/postgresql/*/bin/initdb; do
  [ -x "$b" ] && BIN=$(dirname "$(readlink -f "$b")") && break
done
[ -n "$BIN" ] || { echo "PostgreSQL is not installed (initdb not found)" >&2; exit 3; }

AS=()
if [ "$(id -u)" -eq 0 ]; then AS=(runuser -u postgres --); fi

mkdir -p "$D"
chmod 755 "$D"
[ "$(id -u)" -eq 0 ] && chown postgres: "$D"
"${AS[@]}" "$BIN/initdb" -D "$D/data" -U arcp -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$D/initdb.log" 2>&1 \
  || { cat "$D/initdb.log" >&2; exit 1; }
cat >> "$D/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$D'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
timezone = 'UTC'
CONF
"${AS[@]}" "$BIN/pg_ctl" -D "$D/data" -l "$D/server.log" -w -t 30 start >/dev/null \
  || { cat "$D/server.log" >&2; exit 1; }
"${AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U arcp arcp
