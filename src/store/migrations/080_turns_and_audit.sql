-- The turn gateway's claims (src/core/turn-gateway.ts): one row per inbound message id, claimed before the
-- turn runs (in-flight, with a lease that a dead process lets run out) and done once its reply is stored,
-- so that a repeat of the message — during the turn or after a restart — gets that reply, not a new one.
CREATE TABLE turns (
  message_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('in-flight', 'done')),
  claim_token TEXT,
  lease_until TEXT,
  reply_json TEXT,                    -- the OutboundReply, once done (NULL: the turn had nothing to send)
  draft_id TEXT,                      -- the reply is held for staff approval as this draft
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

INSERT INTO turns (message_id, conversation_id, state, reply_json, created_at, updated_at)
SELECT p.source_id, p.conversation_id, 'done',
  (SELECT m.payload_json FROM messages m WHERE m.direction = 'out' AND m.source_id = p.reply_id ORDER BY m.id LIMIT 1),
  p.created_at, p.created_at
FROM processed_messages p;

DROP TABLE processed_messages;

-- A 👍/👎 or "Ask the secretariat" names the reply it sits under: kept, to find that reply's question.
ALTER TABLE audit_records ADD COLUMN about_reply_id TEXT;

CREATE INDEX messages_by_source ON messages(source_id);
CREATE INDEX feedback_by_reply ON feedback(reply_id);
