-- Email intake: one row per message seen in a watched mailbox, keyed by mailbox + UIDVALIDITY + UID, with
-- its Message-ID (a copy delivered twice is processed once). The state machine:
-- received → processing → answered | ticketed | drafted | staff | ignored | failed; `moved_at` is set once
-- the message was flagged and moved to its folder (nothing is ever deleted).
CREATE TABLE email_intake (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mailbox TEXT NOT NULL,
  uid_validity TEXT NOT NULL,
  uid INTEGER NOT NULL,
  message_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('received', 'processing', 'answered', 'ticketed', 'drafted', 'staff', 'ignored', 'failed')),
  reason TEXT,                        -- why ignored or failed (loop guard rule, duplicate, error code)
  attempts INTEGER NOT NULL DEFAULT 0,
  sender TEXT,
  conversation_id TEXT,
  ticket_id TEXT,
  draft_id TEXT,
  outbox_id TEXT,
  folder TEXT,
  moved_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (mailbox, uid_validity, uid)
);
CREATE INDEX email_intake_by_message_id ON email_intake(message_id);
CREATE INDEX email_intake_by_state ON email_intake(state);

-- Every Message-ID received or sent, with its conversation: threads follow In-Reply-To / References only.
CREATE TABLE email_threads (
  message_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Outgoing mail, composed once (with its Message-ID) before the first attempt, so a retry after a crash or
-- an SMTP outage sends the very same message once.
CREATE TABLE email_outbox (
  id TEXT PRIMARY KEY,                -- the Message-ID, without angle brackets
  idempotency_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,                 -- reply | notification
  conversation_id TEXT,
  envelope_from TEXT NOT NULL,
  recipients_json TEXT NOT NULL,
  raw BLOB NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  sent_at TEXT,
  appended_at TEXT,                   -- when the copy reached the Sent folder
  created_at TEXT NOT NULL
);
CREATE INDEX email_outbox_due ON email_outbox(status, next_attempt_at);
CREATE INDEX email_outbox_unappended ON email_outbox(status, appended_at);

CREATE TABLE email_attachments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  intake_id INTEGER NOT NULL REFERENCES email_intake(id),
  n INTEGER NOT NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT,
  stored_at TEXT,                     -- NULL when over the size cap (the message itself stays in its folder)
  created_at TEXT NOT NULL,
  UNIQUE (intake_id, n)
);
