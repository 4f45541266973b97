-- Answers held for staff approval (email senders outside the allowlist): pending → approved → sent, or rejected.
CREATE TABLE drafts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,            -- "D-00012"
  source_message_id TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'sent')),
  channel TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  ref_json TEXT NOT NULL,
  sender_json TEXT NOT NULL,
  question TEXT NOT NULL,
  reply_json TEXT NOT NULL,
  edited_text TEXT,
  decided_by TEXT,
  decided_at TEXT,
  reason TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX drafts_by_status ON drafts(status, created_at);
