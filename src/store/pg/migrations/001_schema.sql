-- The PostgreSQL schema: the tables of the SQLite migrations 001–082 as they stand after 082, in one step
-- (a PostgreSQL deployment starts from here; `arcp migrate` copies an SQLite deployment's rows in).
-- Times are timestamptz; JSON is jsonb; ids and states keep the SQLite names so one row mapper serves both.

CREATE TABLE conversations (
  id text PRIMARY KEY,                -- "<channel>:<conversationId>"
  channel text NOT NULL,
  ref_json jsonb NOT NULL,
  last_question text,
  seq bigserial NOT NULL,             -- insertion order, the tie-break of SQLite's rowid
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX conversations_by_update ON conversations (updated_at DESC, seq DESC);

CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations(id),
  direction text NOT NULL CHECK (direction IN ('in', 'out')),
  source_id text,
  kind text,
  text text NOT NULL,
  lang text,
  sender_json jsonb,
  payload_json jsonb,
  created_at timestamptz NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE INDEX messages_by_source ON messages (source_id);

-- The turn gateway's claims: the primary key is what makes a message answered once across replicas.
CREATE TABLE turns (
  message_id text PRIMARY KEY,
  conversation_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('in-flight', 'done')),
  claim_token text,
  lease_until timestamptz,
  reply_json jsonb,
  draft_id text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE audit_records (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  conversation_id text NOT NULL,
  channel text NOT NULL,
  source_id text,
  sender_json jsonb NOT NULL,
  question text NOT NULL,
  resolved_question text,
  about_reply_id text,
  lang text NOT NULL,
  intent text,
  kind text NOT NULL,
  composer text,
  fallback_reason text,
  passages_json jsonb NOT NULL,
  citations_json jsonb NOT NULL,
  ticket_id text,
  reply_text text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX audit_by_conversation ON audit_records (conversation_id, created_at, seq);

CREATE TABLE feedback (
  id bigserial PRIMARY KEY,
  reply_id text NOT NULL,
  helpful boolean NOT NULL,
  sender_id text,
  created_at timestamptz NOT NULL
);
CREATE INDEX feedback_by_reply ON feedback (reply_id);

CREATE TABLE tickets (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,            -- "ARCP-00042", from seq
  source_message_id text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('open', 'claimed', 'answered', 'closed')),
  category text NOT NULL,
  lang text NOT NULL,
  question text NOT NULL,
  channel text NOT NULL,
  conversation_id text NOT NULL,
  ref_json jsonb NOT NULL,
  sender_json jsonb NOT NULL,
  attachments_json jsonb,
  claimed_by text,
  answered_by text,
  answer text,
  delivered_at timestamptz,
  sla_reminded_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX tickets_by_status ON tickets (status, created_at);
CREATE INDEX tickets_by_conversation ON tickets (conversation_id);

CREATE TABLE ticket_events (
  id bigserial PRIMARY KEY,
  ticket_id text NOT NULL REFERENCES tickets(id),
  type text NOT NULL,
  actor text,
  text text,
  created_at timestamptz NOT NULL
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, id);

CREATE TABLE drafts (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,            -- "D-00012", from seq
  source_message_id text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'sent')),
  channel text NOT NULL,
  conversation_id text NOT NULL,
  ref_json jsonb NOT NULL,
  sender_json jsonb NOT NULL,
  question text NOT NULL,
  reply_json jsonb NOT NULL,
  edited_text text,
  decided_by text,
  decided_at timestamptz,
  reason text,
  sent_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX drafts_by_status ON drafts (status, created_at);

CREATE TABLE staff_accounts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('staff', 'admin')),
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_sign_in_at timestamptz
);
-- Emails are unique whatever their case (SQLite: COLLATE NOCASE).
CREATE UNIQUE INDEX staff_accounts_email ON staff_accounts (lower(email));

CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  staff_id bigint NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_by_expiry ON staff_sessions (expires_at);
CREATE INDEX staff_sessions_by_staff ON staff_sessions (staff_id);

CREATE TABLE ingest_documents (
  source_key text PRIMARY KEY,
  source_path text NOT NULL,
  document_id text NOT NULL UNIQUE,
  kind text NOT NULL,
  content_hash text NOT NULL,
  meta_hash text NOT NULL,
  size bigint NOT NULL,
  mtime_ms double precision NOT NULL,
  pipeline_version integer NOT NULL,
  meta_json jsonb NOT NULL,
  inferred_json jsonb NOT NULL,
  repair_json jsonb,
  warnings_json jsonb NOT NULL,
  pages integer,
  passages integer NOT NULL,
  ingested_at text NOT NULL           -- as the ingest pipeline wrote it
);

CREATE TABLE ingest_passages (
  passage_id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES ingest_documents(document_id) ON DELETE CASCADE,
  n integer NOT NULL,
  passage_json jsonb NOT NULL
);
CREATE INDEX ingest_passages_by_document ON ingest_passages (document_id, n);

CREATE TABLE ingest_failures (
  source_key text PRIMARY KEY,
  source_path text NOT NULL,
  size bigint NOT NULL,
  mtime_ms double precision NOT NULL,
  meta_hash text NOT NULL,
  pipeline_version integer NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  failed_at timestamptz NOT NULL
);

CREATE TABLE channel_state (
  channel text NOT NULL,
  key text NOT NULL,
  value_json jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (channel, key)
);

CREATE TABLE deliveries (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  idempotency_key text NOT NULL UNIQUE,
  channel text NOT NULL,
  kind text NOT NULL,
  subject text NOT NULL,
  ref_json jsonb,
  payload_json jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  attempt_started_at timestamptz,
  last_error text,
  external_id text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_by_subject ON deliveries (channel, subject, seq);
