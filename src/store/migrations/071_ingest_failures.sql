-- Files that failed to ingest, remembered by size, time and sidecar so that an unchanged bad file is
-- reported again without being read again (an unchanged corpus re-ingests in well under a second).
CREATE TABLE ingest_failures (
  source_key TEXT PRIMARY KEY,
  source_path TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms INTEGER NOT NULL,
  meta_hash TEXT NOT NULL,
  pipeline_version INTEGER NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
