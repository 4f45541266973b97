-- The one outbound queue (src/delivery/): staff answers, approved drafts, replies sent after their turn,
-- staff notices and copies to the Sent folder, each sent once by its channel's sender with retries and
-- back-off; `dead` is the dead letter state staff see in the console. Replaces migration 050's email outbox.
CREATE TABLE deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,              -- the sender: teams, slack, email, web, or a staff surface / copy sender
  kind TEXT NOT NULL,                 -- reply | staff-answer | draft | staff-notice | copy
  subject TEXT NOT NULL,              -- deliveries of one channel and subject go out in order
  ref_json TEXT,
  payload_json TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  lease_until TEXT,
  attempt_started_at TEXT,            -- set before the remote call: after a crash the delivery is in doubt
  last_error TEXT,
  external_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX deliveries_due ON deliveries(status, next_attempt_at);
CREATE INDEX deliveries_by_subject ON deliveries(channel, subject, seq);

-- Mail queued but not sent yet keeps its composed bytes (hex): the email sender sends them as they are.
INSERT INTO deliveries (id, idempotency_key, channel, kind, subject, payload_json, status, attempts, next_attempt_at,
  last_error, created_at, updated_at)
SELECT 'dlv-' || id, idempotency_key, 'email', CASE kind WHEN 'notification' THEN 'staff-notice' ELSE 'reply' END,
  'email:' || coalesce(conversation_id, id),
  json_object('messageId', id, 'envelopeFrom', envelope_from, 'recipients', json(recipients_json), 'rawHex', hex(raw)),
  CASE status WHEN 'failed' THEN 'dead' ELSE 'pending' END, attempts, next_attempt_at, last_error, created_at, created_at
FROM email_outbox WHERE status IN ('pending', 'failed');

INSERT INTO deliveries (id, idempotency_key, channel, kind, subject, payload_json, status, attempts, next_attempt_at,
  created_at, updated_at)
SELECT 'dlv-copy-' || id, 'sent-copy:' || id, 'email-sent-copy', 'copy', 'sent-folder',
  json_object('messageId', id, 'rawHex', hex(raw)), 'pending', 0, sent_at, sent_at, sent_at
FROM email_outbox WHERE status = 'sent' AND appended_at IS NULL;

DROP TABLE email_outbox;
