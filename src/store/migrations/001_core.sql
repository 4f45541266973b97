-- Conversations, the transcript, processed inbound messages, the audit record of every reply, feedback.
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,                -- "<channel>:<conversationId>"
  channel TEXT NOT NULL,
  ref_json TEXT NOT NULL,             -- ConversationRef, to reach the asker again
  last_question TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  source_id TEXT,                     -- inbound message id, or the audit/reply id of an outbound one
  kind TEXT,                          -- reply kind for outbound messages
  text TEXT NOT NULL,
  lang TEXT,
  sender_json TEXT,
  payload_json TEXT,                  -- the full OutboundReply for outbound messages
  created_at TEXT NOT NULL
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);

-- One row per inbound message id: a message is processed once, whatever the channel retries.
CREATE TABLE processed_messages (
  source_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  reply_id TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE audit_records (
  id TEXT PRIMARY KEY,                -- reply id
  conversation_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  source_id TEXT,
  sender_json TEXT NOT NULL,
  question TEXT NOT NULL,
  resolved_question TEXT,
  lang TEXT NOT NULL,
  intent TEXT,
  kind TEXT NOT NULL,
  composer TEXT,
  fallback_reason TEXT,
  passages_json TEXT NOT NULL,        -- [{passageId, documentId, contentHash, score}]
  citations_json TEXT NOT NULL,
  ticket_id TEXT,
  reply_text TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX audit_by_conversation ON audit_records(conversation_id, created_at);

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reply_id TEXT NOT NULL,
  helpful INTEGER NOT NULL,
  sender_id TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE tickets (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,            -- "ARCP-00042", shown to the asker
  source_message_id TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'answered', 'closed')),
  category TEXT NOT NULL,
  lang TEXT NOT NULL,
  question TEXT NOT NULL,
  channel TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  ref_json TEXT NOT NULL,
  sender_json TEXT NOT NULL,
  attachments_json TEXT,
  claimed_by TEXT,
  answered_by TEXT,
  answer TEXT,
  delivered_at TEXT,
  sla_reminded_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX tickets_by_status ON tickets(status, created_at);
CREATE INDEX tickets_by_conversation ON tickets(conversation_id);

CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id TEXT NOT NULL REFERENCES tickets(id),
  type TEXT NOT NULL,                 -- opened, claimed, answered, closed, reopened, message, reminded
  actor TEXT,
  text TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX ticket_events_by_ticket ON ticket_events(ticket_id, id);
