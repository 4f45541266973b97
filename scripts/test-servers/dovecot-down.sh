#!/usr/bin/env bash
# Stops the private Dovecot started by dovecot-up.sh DIR (its mail stays in DIR).
#
#   dovecot-down.sh DIR
set -uo pipefail
D=${1:?usage: dovecot-down.sh DIR}
PATH="$PATH:/usr/sbin"
[ -f "$D/dovecot.conf" ] || exit 0
PID=$(tr -d ' \n' < "$D/run/master.pid" 2>/dev/null || true)
[ -n "$PID" ] || exit 0
kill -0 "$PID" 2>/dev/null || exit 0
doveadm -c "$D/dovecot.conf" stop >/dev/null 2>&1 || kill "$PID" 2>/dev/null || true
for _ in $(seq 1 200); do
  kill -0 "$PID" 2>/dev/null || { echo "dovecot down"; exit 0; }
  sleep 0.05
done
kill -9 "$PID" 2>/dev/null || true
echo "dovecot killed"
