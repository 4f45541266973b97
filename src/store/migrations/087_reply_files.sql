-- Documents staff attach to an answer (PDF, DOCX), kept before the answer is queued for delivery.
CREATE TABLE reply_files (
  id TEXT PRIMARY KEY,
  filename TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
);
