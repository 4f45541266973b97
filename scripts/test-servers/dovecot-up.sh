#!/usr/bin/env bash
# Starts a private Dovecot (Debian's dovecot-imapd + dovecot-lmtpd) on 127.0.0.1 for the email tests and
# the email benchmark. Nothing under /etc/dovecot is read; all state lives in one folder.
#
#   dovecot-up.sh DIR [--keep]
#
# DIR     the instance folder (its parents must be world-traversable: Dovecot drops privileges)
# --keep  restart an instance in DIR keeping its mail (used to test reconnection); default: start clean
#
# Ports: DOVECOT_IMAP_PORT (default 11143) and DOVECOT_LMTP_PORT (default 11024).
# Accounts (password = the part before @ followed by "-pw"): arcp@example.test (the secretariat
# inbox), alice@example.test, staff@example.test.
set -euo pipefail
D=${1:?usage: dovecot-up.sh DIR [--keep]}
KEEP=${2:-}
IMAP_PORT=${DOVECOT_IMAP_PORT:-11143}
LMTP_PORT=${DOVECOT_LMTP_PORT:-11024}
HERE=$(cd "$(dirname "$0")" && pwd)

command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || { echo "dovecot is not installed" >&2; exit 3; }
PATH="$PATH:/usr/sbin"

if [ "$(id -u)" -eq 0 ]; then
  # Dovecot refuses mail for uid 0, so mail belongs to nobody.
  MAIL_UID=65534; MAIL_GID=65534; EXTRA=""
else
  # Unprivileged: every Dovecot process runs as the caller, no chroot.
  MAIL_UID=$(id -u); MAIL_GID=$(id -g); ME=$(id -un)
  EXTRA="default_login_user = $ME
default_internal_user = $ME
default_internal_group = $(id -gn)
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service pop3-login {
  chroot =
}"
fi

if [ "$KEEP" = "--keep" ] && [ -f "$D/dovecot.conf" ]; then
  "$HERE/dovecot-down.sh" "$D" >/dev/null 2>&1 || true
else
  "$HERE/dovecot-down.sh" "$D" >/dev/null 2>&1 || true
  rm -rf "$D"
  mkdir -p "$D"/{run,state,mail}
  chmod 755 "$D"
  chown "$MAIL_UID:$MAIL_GID" "$D/mail"
  : > "$D/users"
  for u in arcp alice staff; do
    echo "$u@example.test:{PLAIN}$u-pw:$MAIL_UID:$MAIL_GID::$D/mail/$u@example.test::" >> "$D/users"
  done
  chmod 640 "$D/users"
  if [ "$(id -u)" -eq 0 ]; then chgrp dovecot "$D/users"; fi
  cat > "$D/dovecot.conf" <<CONF
instance_name = arcp-test-dovecot-$IMAP_PORT
base_dir = $D/run
state_dir = $D/state
protocols = imap lmtp
listen = 127.0.0.1
log_path = $D/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
$EXTRA
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    auto = create
    special_use = \Sent
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $D/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $D/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}
protocol lmtp {
  postmaster_address = postmaster@example.test
}
CONF
fi

# Detached from our stdio: a caller waiting for the script's output must not wait for the daemon.
if ! dovecot -c "$D/dovecot.conf" </dev/null >>"$D/dovecot.log" 2>&1; then
  echo "dovecot did not start (is another instance using port $IMAP_PORT or $LMTP_PORT?); see $D/dovecot.log" >&2
  tail -n 5 "$D/dovecot.log" >&2 || true
  exit 1
fi
for _ in $(seq 1 100); do
  # Our own master must be alive: a port that answers may belong to another instance (its bind then fails).
  PID=$(tr -d ' \n' < "$D/run/master.pid" 2>/dev/null || true)
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$IMAP_PORT") 2>/dev/null; then
    echo "dovecot up: imap 127.0.0.1:$IMAP_PORT, lmtp 127.0.0.1:$LMTP_PORT, dir $D"
    exit 0
  fi
  sleep 0.05
done
echo "dovecot did not start (is another instance using port $IMAP_PORT or $LMTP_PORT?); see $D/dovecot.log" >&2
tail -n 20 "$D/dovecot.log" >&2 || true
exit 1
