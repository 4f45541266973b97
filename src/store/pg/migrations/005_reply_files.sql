-- As SQLite's migration 086: documents staff attach to an answer, kept before the answer is queued.
CREATE TABLE reply_files (
  id text PRIMARY KEY,
  filename text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL
);
