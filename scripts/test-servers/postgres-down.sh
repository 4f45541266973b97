#!/usr/bin/env bash
# Stops the private PostgreSQL cluster started by postgres-up.sh in DIR (its files stay; the caller removes them).
set -uo pipefail
D=${1:?usage: postgres-down.sh DIR}
[ -f "$D/data/postmaster.pid" ] || exit 0
BIN=""
for b in $(command -v pg_ctl 2>/dev/null) /usr/lib/postgresql/*/bin/pg_ctl; do
  [ -x "$b" ] && BIN=$(dirname "$(readlink -f "$b")") && break
done
AS=()
if [ "$(id -u)" -eq 0 ]; then AS=(runuser -u postgres --); fi
"${AS[@]}" "$BIN/pg_ctl" -D "$D/data" -m fast -w -t 30 stop >/dev/null
